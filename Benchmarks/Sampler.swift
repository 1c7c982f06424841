import Foundation

/// Times repeated in-process work and summarises the times.
enum Sampler {
  /// Runs `work` once to warm up, then `runs` times; the times in milliseconds.
  static func time(runs: Int, _ work: () -> Void) -> [Double] {
    work()
    let clock = ContinuousClock()
    return (0..<runs).map { _ in
      let start = clock.now
      work()
      return BenchmarkRunner.milliseconds(clock.now - start)
    }
  }

  /// The 1, 5 and 15 minute load averages, as the kernel reports them.
  static func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }

  /// A number of milliseconds with three decimals under 1 and two above.
  static func format(_ value: Double) -> String {
    String(format: value < 1 ? "%.3f" : "%.2f", value)
  }
}

/// Timed runs of one kind of work, pooled over its inputs (each input run equally often).
struct SampleSet {
  var label: String
  var inputs = 0
  var milliseconds: [Double] = []

  var median: Double { Statistics.percentile(milliseconds, 50) }
  var p99: Double { Statistics.percentile(milliseconds, 99) }
  var mean: Double {
    milliseconds.isEmpty ? 0 : milliseconds.reduce(0, +) / Double(milliseconds.count)
  }
  /// How many a single core finishes per second, from the mean time.
  var perSecond: Double { mean > 0 ? 1000 / mean : 0 }

  mutating func add(_ times: [Double]) {
    inputs += 1
    milliseconds += times
  }
}

/// Prints Markdown tables.
enum MarkdownOutput {
  static func table(_ header: [String], _ rows: [[String]]) {
    print("| " + header.joined(separator: " | ") + " |")
    print("|" + header.indices.map { $0 == 0 ? "---" : "---:" }.joined(separator: "|") + "|")
    for row in rows { print("| " + row.joined(separator: " | ") + " |") }
    print("")
  }

  /// The usual columns for a set of timings: inputs, runs, median, p99, mean, per second.
  static func timingRow(_ set: SampleSet) -> [String] {
    [
      set.label, "\(set.inputs)", "\(set.milliseconds.count)", Sampler.format(set.median),
      Sampler.format(set.p99), Sampler.format(set.mean), String(format: "%.0f", set.perSecond),
    ]
  }

  static let timingHeader = [
    "work", "inputs", "runs", "median (ms)", "p99 (ms)", "mean (ms)", "per second per core",
  ]
}
