import CandorKit
import Foundation

/// Times `candor write` in-process over every corpus pair in every tone, each stage apart,
/// then the whole command as a process: wall time and peak memory.
struct WriteBenchmark {
  var corpus: URL
  /// The release `candor` binary timed as a whole process.
  var candor: String
  var runs = 20
  var processRuns = 3

  func run() throws -> Int32 {
    let (pairs, skipped) = try PairInput.load(corpus: corpus)
    print("Load average before: \(Sampler.loadAverage()).")
    var parse = SampleSet(label: "parse both files")
    var compose = SampleSet(label: "plan and compose")
    var text = SampleSet(label: "whole letter, text resumes")
    var pdf = SampleSet(label: "whole letter, PDF resumes")
    for pair in pairs {
      let (posting, resume) = try pair.read()
      parse.add(Sampler.time(runs: runs) { _ = try? pair.read() })
      for tone in LetterOptions.Tone.allCases {
        let options = LetterOptions(tone: tone)
        compose.add(
          Sampler.time(runs: runs) {
            _ = try? LetterWriter.write(
              posting: posting, resume: resume, options: options, today: benchmarkToday)
          })
        let whole = Sampler.time(runs: runs) {
          guard let (posting, resume) = try? pair.read() else { return }
          _ = try? LetterWriter.write(
            posting: posting, resume: resume, options: options, today: benchmarkToday)
        }
        if pair.isPDFResume { pdf.add(whole) } else { text.add(whole) }
      }
    }
    var all = SampleSet(label: "**whole letter, all pairs**")
    all.inputs = text.inputs + pdf.inputs
    all.milliseconds = text.milliseconds + pdf.milliseconds
    let peak = peakMemoryMegabytes()
    print("\nIn-process, \(pairs.count) pairs × \(LetterOptions.Tone.allCases.count) tones, ")
    print("\(runs) timed runs each after a warm-up:\n")
    MarkdownOutput.table(
      MarkdownOutput.timingHeader, [parse, compose, text, pdf, all].map(MarkdownOutput.timingRow))
    print(String(format: "Peak memory of this benchmark process (maxrss): %.1f MB.\n", peak))
    printProcessRuns(pairs)
    for line in skipped { print("Skipped (meant to fail): \(line)") }
    print("Load average after: \(Sampler.loadAverage()).")
    return 0
  }

  /// `candor write --job J --resume R --tone T` as a process, every pair and tone.
  private func printProcessRuns(_ pairs: [PairInput]) {
    var text = ProcessSet(label: "text resumes")
    var pdf = ProcessSet(label: "PDF resumes")
    for pair in pairs {
      for tone in LetterOptions.Tone.allCases {
        let arguments = [
          candor, "write", "--job", pair.jobPath, "--resume", pair.resumePath, "--tone",
          tone.rawValue,
        ]
        let runs = ProcessTimer.measure(
          arguments, environment: ["CANDOR_TODAY": benchmarkToday], runs: processRuns)
        if pair.isPDFResume { pdf.add(runs) } else { text.add(runs) }
      }
    }
    print("Whole `candor write` process, \(processRuns) runs per pair and tone:\n")
    ProcessSet.printTable([text, pdf, ProcessSet(merging: [text, pdf], label: "**all**")])
  }
}
