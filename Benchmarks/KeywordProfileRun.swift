import CandorKit
import Foundation

/// `candor-bench --profile keywords CORPUS [ROUNDS]`: keyword extraction alone on every
/// posting in `CORPUS/jobs`, read once beforehand, as a warm-up and then ROUNDS times (1
/// unless given), for a profiler: `valgrind --tool=callgrind
/// --toggle-collect='*KeywordProfileRun*measured*' …` counts only the extraction.
///
/// `--profile keywords-decoded …` does the same with each posting passed through its JSON
/// first, which leaves out the reader's sections and lexicon scan, so extraction works both
/// out again, as it does for a posting that comes from JSON.
enum KeywordProfileRun {
  static func run(_ arguments: [String]) -> Int32? {
    guard (3...4).contains(arguments.count), arguments[0] == "--profile",
      ["keywords", "keywords-decoded"].contains(arguments[1])
    else { return nil }
    let rounds = arguments.count == 4 ? Int(arguments[3]) ?? 1 : 1
    let jobs = URL(fileURLWithPath: arguments[2]).appendingPathComponent("jobs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: jobs.path)) ?? []
    var postings = names.sorted().compactMap { name in
      try? PostingReader.read(try InputFile.read(jobs.appendingPathComponent(name).path))
    }
    if arguments[1] == "keywords-decoded" { postings = postings.compactMap(decoded) }
    guard !postings.isEmpty else {
      FileHandle.standardError.write(Data("no postings in \(jobs.path)\n".utf8))
      return 2
    }
    _ = measuredKeywords(postings)
    let clock = ContinuousClock()
    let start = clock.now
    for _ in 0..<rounds { _ = measuredKeywords(postings) }
    let each = BenchmarkRunner.milliseconds(clock.now - start) / Double(rounds * postings.count)
    print(
      String(format: "%d postings × %d rounds: %.3f ms a posting", postings.count, rounds, each))
    return 0
  }

  /// `posting` after a round trip through its JSON.
  private static func decoded(_ posting: JobPosting) -> JobPosting? {
    guard let json = try? JSONEncoder().encode(posting) else { return nil }
    return try? JSONDecoder().decode(JobPosting.self, from: json)
  }

  /// Extracts every posting's keywords once; how many there were in all.
  @inline(never)
  static func measuredKeywords(_ postings: [JobPosting]) -> Int {
    postings.reduce(0) { $0 + KeywordExtractor.keywords(of: $1).count }
  }
}
