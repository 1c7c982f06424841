import CandorKit
import Foundation

/// `candor-bench --profile posting|resume PATH [ROUNDS]`: one file, or every file of a
/// folder, parsed as a warm-up and then ROUNDS times (1 unless given), for a profiler:
/// `valgrind --tool=callgrind --toggle-collect='*ParseProfileRun*measured*' …` counts only
/// the warm parses, without the lexicon load and the first-use set-up the warm-up pays for.
enum ParseProfileRun {
  static func run(_ arguments: [String]) -> Int32? {
    guard (3...4).contains(arguments.count), arguments[0] == "--profile",
      let kind = BenchmarkInput.Kind(rawValue: arguments[1]), kind != .text
    else { return nil }
    let rounds = arguments.count == 4 ? Int(arguments[3]) ?? 1 : 1
    let inputs = files(at: arguments[2]).compactMap { url in
      (try? Data(contentsOf: url)).map {
        BenchmarkInput(name: url.lastPathComponent, kind: kind, data: $0)
      }
    }
    guard !inputs.isEmpty else {
      FileHandle.standardError.write(Data("no files to parse at \(arguments[2])\n".utf8))
      return 2
    }
    for input in inputs { input.parseOnce() }
    let clock = ContinuousClock()
    let start = clock.now
    measuredParse(inputs, rounds: rounds)
    let each = BenchmarkRunner.milliseconds(clock.now - start) / Double(rounds * inputs.count)
    print(String(format: "%d files × %d rounds: %.3f ms a parse", inputs.count, rounds, each))
    return 0
  }

  /// The file at `path`, or the files of the folder at `path` in name order.
  private static func files(at path: String) -> [URL] {
    let url = URL(fileURLWithPath: path)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
      return [url]
    }
    return names.sorted().map { url.appendingPathComponent($0) }
  }

  /// Parses every input `rounds` times.
  @inline(never)
  static func measuredParse(_ inputs: [BenchmarkInput], rounds: Int) {
    for _ in 0..<rounds { for input in inputs { input.parseOnce() } }
  }
}
