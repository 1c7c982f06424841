import CandorKit
import Foundation

/// `candor-bench --profile posting|resume FILE [ROUNDS]`: one file parsed as a warm-up and
/// then ROUNDS times (1 unless given), for a profiler: `valgrind --tool=callgrind
/// --toggle-collect='*ParseProfileRun*measured*' …` counts only the warm parses, without
/// the lexicon load and the first-use set-up the warm-up pays for.
enum ParseProfileRun {
  static func run(_ arguments: [String]) -> Int32? {
    guard (3...4).contains(arguments.count), arguments[0] == "--profile",
      let kind = BenchmarkInput.Kind(rawValue: arguments[1]), kind != .text
    else { return nil }
    let rounds = arguments.count == 4 ? Int(arguments[3]) ?? 1 : 1
    let url = URL(fileURLWithPath: arguments[2])
    guard let data = try? Data(contentsOf: url) else {
      FileHandle.standardError.write(Data("cannot read \(url.path)\n".utf8))
      return 2
    }
    let input = BenchmarkInput(name: url.lastPathComponent, kind: kind, data: data)
    input.parseOnce()
    let clock = ContinuousClock()
    let start = clock.now
    measuredParse(input, rounds: rounds)
    let each = BenchmarkRunner.milliseconds(clock.now - start) / Double(rounds)
    print(String(format: "%@ × %d rounds: %.3f ms a parse", input.name, rounds, each))
    return 0
  }

  /// Parses `input` `rounds` times.
  @inline(never)
  static func measuredParse(_ input: BenchmarkInput, rounds: Int) {
    for _ in 0..<rounds { input.parseOnce() }
  }
}
