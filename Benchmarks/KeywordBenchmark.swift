import CandorKit
import Foundation

/// Times keyword extraction and matching on every labelled posting, then hands the postings
/// to `keywords_yake.py`, which runs YAKE on the same text and scores both against the
/// labels, so one run prints both systems side by side.
struct KeywordBenchmark {
  var corpus: URL
  var python: String
  var runner = BenchmarkRunner(
    minimumRepetitions: 20, maximumRepetitions: 2000, secondsPerFile: 0.05)

  /// One posting with Candor's top terms and timings.
  struct Row: Encodable {
    var name: String
    var language: String
    var label: String
    var text: String
    var bytes: Int
    var terms: [String]
    /// Reading the posting from its bytes and extracting its keywords.
    var extractSeconds: Double
    /// Extracting keywords from the posting already read.
    var keywordSeconds: Double
    /// Reading, extracting and matching against one resume.
    var matchSeconds: Double
  }

  func run() throws -> Int32 {
    let resume = try sampleResume()
    var rows: [Row] = []
    for file in labelledPostings() {
      guard let data = try? Data(contentsOf: file.posting) else { continue }
      let name = file.posting.lastPathComponent
      let read = { () -> JobPosting? in
        guard let text = try? InputFile.decode(data, name: name) else { return nil }
        return try? PostingReader.read(InputFile(name: name, text: text))
      }
      guard let posting = read() else { continue }
      let extract = runner.seconds { _ = read().map { KeywordExtractor.keywords(of: $0) } }
      let keywords = runner.seconds { _ = KeywordExtractor.keywords(of: posting) }
      let match = runner.seconds {
        _ = read().map { KeywordMatcher.match(posting: $0, resume: resume) }
      }
      rows.append(
        Row(
          name: name, language: posting.language, label: file.label.path,
          text: posting.lines.filter { !$0.isBlank }.map(\.text).joined(separator: "\n"),
          bytes: data.count, terms: KeywordExtractor.keywords(of: posting).flatMap(\.terms),
          extractSeconds: extract, keywordSeconds: keywords, matchSeconds: match))
    }
    return try compare(rows)
  }

  /// The postings in `jobs/` that have a label, in name order.
  private func labelledPostings() -> [(posting: URL, label: URL)] {
    let jobs = corpus.appendingPathComponent("jobs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: jobs.path)) ?? []
    return names.sorted().compactMap { name in
      let key = String(name.prefix { $0 != "-" })
      let label = corpus.appendingPathComponent("labels/\(key).json")
      guard FileManager.default.fileExists(atPath: label.path) else { return nil }
      return (jobs.appendingPathComponent(name), label)
    }
  }

  /// The resume every posting is matched against: the corpus's first JSON Resume.
  private func sampleResume() throws -> ParsedResume {
    let folder = corpus.appendingPathComponent("resumes")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    guard let name = names.sorted().first(where: { $0.hasSuffix(".json") }) else {
      throw BenchmarkError.missing("a JSON resume in \(folder.path)")
    }
    return try ResumeReader.read(try InputFile.read(folder.appendingPathComponent(name).path))
  }

  /// Writes the rows for the script and runs it; its output is the report.
  private func compare(_ rows: [Row]) throws -> Int32 {
    let input = FileManager.default.temporaryDirectory
      .appendingPathComponent("candor-keywords-\(getpid()).json")
    try JSONEncoder().encode(rows).write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("keywords_yake.py")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [script.path, input.path]
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }
}

enum BenchmarkError: Error, CustomStringConvertible {
  case missing(String)

  var description: String {
    switch self {
    case .missing(let what): return "candor-bench: found no \(what)"
    }
  }
}

extension BenchmarkRunner {
  /// The median time of `work` in seconds, repeated as the runner says.
  func seconds(_ work: () -> Void) -> Double {
    Statistics.percentile(samples(work), 50) / 1000
  }
}
