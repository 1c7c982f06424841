import CandorKit
import Foundation

// candor-bench [CORPUS]: parse time per posting and per resume (median and p99 over many
// in-process repetitions) and peak memory, printed as Markdown. Build with -c release.

// candor-bench --keywords CORPUS PYTHON: keyword extraction and matching against YAKE.
let commandArguments = Array(CommandLine.arguments.dropFirst())
if commandArguments.first == "--keywords", commandArguments.count == 3 {
  do {
    let benchmark = KeywordBenchmark(
      corpus: URL(fileURLWithPath: commandArguments[1]), python: commandArguments[2])
    exit(try benchmark.run())
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
  }
}

// candor-bench --long-resume: generated resumes of growing length; see LongResumeBenchmark.
if commandArguments == ["--long-resume"] { exit(LongResumeBenchmark.run()) }
// candor-bench --long-posting|--long-json-resume: files of growing size; see LongFileBenchmark.
if commandArguments.count == 1, let status = LongFileBenchmark.run(commandArguments[0]) {
  exit(status)
}

// candor-bench --large-inputs CANDOR: every command on the largest inputs it accepts.
if commandArguments.count == 2, commandArguments[0] == "--large-inputs" {
  do { exit(try LargeInputBenchmark(candor: commandArguments[1]).run()) } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
  }
}

// candor-bench --write|--review|--documents CORPUS CANDOR: see BenchmarkSection.
if let status = BenchmarkSection.run(commandArguments) { exit(status) }
// candor-bench --profile write|review CORPUS [ROUNDS]: the letter work alone, for a profiler.
if let status = ProfileRun.run(commandArguments) { exit(status) }
// candor-bench --profile keywords[-decoded] CORPUS [ROUNDS]: keyword extraction alone.
if let status = KeywordProfileRun.run(commandArguments) { exit(status) }
// candor-bench --profile posting|resume PATH [ROUNDS]: parsing one file or folder, for a profiler.
if let status = ParseProfileRun.run(commandArguments) { exit(status) }

let corpusPath = commandArguments.first ?? "../shared/corpus"
let root = URL(fileURLWithPath: corpusPath)
let documentExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "json"]

func inputs(in folder: String, kind: BenchmarkInput.Kind) -> [BenchmarkInput] {
  let url = root.appendingPathComponent(folder)
  let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
  return names.sorted().compactMap { name in
    let file = url.appendingPathComponent(name)
    guard documentExtensions.contains(file.pathExtension.lowercased()),
      let data = try? Data(contentsOf: file)
    else { return nil }
    return BenchmarkInput(name: name, kind: kind, data: data)
  }
}

let readers = inputs(in: "jobs", kind: .posting) + inputs(in: "resumes", kind: .resume)
let all = readers + readers.map { BenchmarkInput(name: $0.name, kind: .text, data: $0.data) }
guard !all.isEmpty else {
  FileHandle.standardError.write(
    Data("candor-bench: no postings or resumes in \(corpusPath)\n".utf8))
  exit(2)
}

let clock = ContinuousClock()
let loadStart = clock.now
_ = Lexicon.standard.entries.count
let lexiconMilliseconds = BenchmarkRunner.milliseconds(clock.now - loadStart)

let runner = BenchmarkRunner()
let timings = all.map(runner.measure)
BenchmarkReport(timings: timings, lexiconMilliseconds: lexiconMilliseconds).print()
