import Foundation

/// The write, review and documents benchmarks, one per process so that each reports its own
/// peak memory: `candor-bench --write|--review|--documents CORPUS CANDOR`, where CANDOR is
/// the release `candor` binary timed as a whole process.
enum BenchmarkSection {
  /// The Python whose `proselint` the review benchmark compares with (Debian's).
  static let python = "/usr/bin/python3"

  /// The section's exit status, or nil when `arguments` name no section.
  static func run(_ arguments: [String]) -> Int32? {
    guard arguments.count == 3, ["--write", "--review", "--documents"].contains(arguments[0])
    else { return nil }
    let corpus = URL(fileURLWithPath: arguments[1])
    let candor = arguments[2]
    do {
      switch arguments[0] {
      case "--write": return try WriteBenchmark(corpus: corpus, candor: candor).run()
      case "--review":
        return try ReviewBenchmark(corpus: corpus, candor: candor, python: python).run()
      default: return try DocumentBenchmark(corpus: corpus, candor: candor).run()
      }
    } catch {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      return 2
    }
  }
}
