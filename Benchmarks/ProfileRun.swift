import CandorKit
import CandorSpelling
import Foundation

/// `candor-bench --profile write|review CORPUS [ROUNDS]`: the letter work alone, every corpus
/// pair in every tone, once as a warm-up and then ROUNDS times (1 unless given), for a
/// profiler. Only the `measured…` functions do the timed work, so callgrind can count them
/// alone: `valgrind --tool=callgrind --toggle-collect='*ProfileRun*measured*' …`.
enum ProfileRun {
  static func run(_ arguments: [String]) -> Int32? {
    guard (3...4).contains(arguments.count), arguments[0] == "--profile",
      ["write", "review"].contains(arguments[1])
    else { return nil }
    let rounds = arguments.count == 4 ? Int(arguments[3]) ?? 1 : 1
    do {
      let pairs = try PairInput.load(corpus: URL(fileURLWithPath: arguments[2])).pairs
      var inputs: [(JobPosting, ParsedResume, LetterOptions)] = []
      for pair in pairs {
        let (posting, resume) = try pair.read()
        for tone in LetterOptions.Tone.allCases {
          inputs.append((posting, resume, LetterOptions(tone: tone)))
        }
      }
      let clock = ContinuousClock()
      var elapsed = Duration.zero
      if arguments[1] == "write" {
        _ = measuredWrite(inputs)
        let start = clock.now
        for _ in 0..<rounds { _ = measuredWrite(inputs) }
        elapsed = clock.now - start
      } else {
        let letters = measuredWrite(inputs).map(LetterRenderer.text)
        let reviewer = LetterReviewer(spellChecker: HunspellChecker.englishUS)
        _ = measuredReview(letters, reviewer)
        let start = clock.now
        for _ in 0..<rounds { _ = measuredReview(letters, reviewer) }
        elapsed = clock.now - start
      }
      let each = BenchmarkRunner.milliseconds(elapsed) / Double(rounds * inputs.count)
      print(String(format: "%d letters × %d rounds: %.3f ms a letter", inputs.count, rounds, each))
      return 0
    } catch {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      return 2
    }
  }

  /// Writes every letter once.
  @inline(never)
  static func measuredWrite(_ inputs: [(JobPosting, ParsedResume, LetterOptions)]) -> [Letter] {
    inputs.compactMap { posting, resume, options in
      try? LetterWriter.write(
        posting: posting, resume: resume, options: options, today: benchmarkToday)
    }
  }

  /// Reviews every letter once; the number of findings.
  @inline(never)
  static func measuredReview(_ letters: [String], _ reviewer: LetterReviewer) -> Int {
    letters.reduce(0) { $0 + reviewer.review(text: $1).findings.count }
  }
}
