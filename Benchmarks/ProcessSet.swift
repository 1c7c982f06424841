import Foundation

/// Process runs of one kind, pooled: wall time and peak memory.
struct ProcessSet {
  var label: String
  var samples: [ProcessSample] = []
  var peaks: [Double] = []
  /// Exit statuses that mean the run worked (proselint exits 1 when it finds something).
  var accepted: Set<Int32> = [0]

  init(label: String, accepted: Set<Int32> = [0]) {
    self.label = label
    self.accepted = accepted
  }

  init(merging sets: [ProcessSet], label: String) {
    self.label = label
    samples = sets.flatMap(\.samples)
    peaks = sets.flatMap(\.peaks)
  }

  mutating func add(_ runs: ProcessRuns) {
    samples += runs.samples
    peaks += runs.peakMegabytes.map { [$0] } ?? []
  }

  static func printTable(_ sets: [ProcessSet]) {
    MarkdownOutput.table(
      [
        "processes", "runs", "failed", "median (ms)", "p99 (ms)", "median maxrss (MB)",
        "largest maxrss (MB)",
      ],
      sets.map { set in
        let times = set.samples.map(\.milliseconds)
        let memory = { (value: Double?) in value.map { String(format: "%.1f", $0) } ?? "–" }
        return [
          set.label, "\(set.samples.count)",
          "\(set.samples.filter { !set.accepted.contains($0.status) }.count)",
          Sampler.format(Statistics.percentile(times, 50)),
          Sampler.format(Statistics.percentile(times, 99)),
          memory(set.peaks.isEmpty ? nil : Statistics.percentile(set.peaks, 50)),
          memory(set.peaks.max()),
        ]
      })
  }
}
