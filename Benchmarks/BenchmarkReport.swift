import Foundation

/// Prints the benchmark results as Markdown: a summary per kind of file, then every file.
struct BenchmarkReport {
  var timings: [Timings]
  var lexiconMilliseconds: Double

  func print() {
    Swift.print(
      "| files | count | median of medians (ms) | slowest median (ms) | p99 all runs (ms) |")
    Swift.print("|---|---:|---:|---:|---:|")
    for kind in [BenchmarkInput.Kind.posting, .resume, .text] {
      let group = timings.filter { $0.input.kind == kind }
      guard !group.isEmpty else { continue }
      let medians = group.map(\.median)
      let pooled = group.flatMap(\.milliseconds)
      Swift.print(
        "| \(kind.rawValue) | \(group.count) | \(ms(Statistics.percentile(medians, 50))) | "
          + "\(ms(medians.max() ?? 0)) | \(ms(Statistics.percentile(pooled, 99))) |")
    }
    Swift.print("")
    Swift.print("Lexicon load (once per process): \(ms(lexiconMilliseconds)) ms. ")
    Swift.print(String(format: "Peak memory (maxrss): %.1f MB.", peakMemoryMegabytes()))
    Swift.print("")
    Swift.print("| file | kind | KB | runs | median (ms) | p99 (ms) |")
    Swift.print("|---|---|---:|---:|---:|---:|")
    for timing in timings where timing.input.kind != .text {
      let kilobytes = String(format: "%.1f", Double(timing.input.data.count) / 1024)
      Swift.print(
        "| \(timing.input.name) | \(timing.input.kind.rawValue) | \(kilobytes) | "
          + "\(timing.milliseconds.count) | \(ms(timing.median)) | \(ms(timing.p99)) |")
    }
  }

  private func ms(_ value: Double) -> String {
    String(format: value < 1 ? "%.3f" : "%.2f", value)
  }
}
