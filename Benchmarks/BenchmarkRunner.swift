import CandorKit
import Foundation

/// One file read into memory, ready to be parsed many times.
struct BenchmarkInput {
  enum Kind: String {
    case posting, resume
    /// Only the shared text layer (`TextDocument`), which both readers start from.
    case text = "text layer"
  }

  var name: String
  var kind: Kind
  var data: Data

  /// Decodes and reads the file once, as `candor parse` does after reading the bytes.
  func parseOnce() {
    do {
      let text = try InputFile.decode(data, name: name)
      let file = InputFile(name: name, text: text)
      switch kind {
      case .posting: _ = try PostingReader.read(file)
      case .resume: _ = try ResumeReader.read(file)
      case .text: _ = TextDocument(file)
      }
    } catch {
      // Errors are timed like successes: the invalid-JSON resume is part of the corpus.
    }
  }
}

/// Times of many parses of one file, in milliseconds.
struct Timings {
  var input: BenchmarkInput
  var milliseconds: [Double]

  var median: Double { Statistics.percentile(milliseconds, 50) }
  var p99: Double { Statistics.percentile(milliseconds, 99) }
}

enum Statistics {
  /// The nearest-rank percentile of `values`.
  static func percentile(_ values: [Double], _ percent: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
    return sorted[min(max(rank, 1), sorted.count) - 1]
  }
}

/// Parses each input repeatedly: at least `minimumRepetitions` times and for at least
/// `secondsPerFile`, capped at `maximumRepetitions`.
struct BenchmarkRunner {
  var minimumRepetitions = 50
  var maximumRepetitions = 5000
  var secondsPerFile = 0.1

  /// Milliseconds per run of `work`, after one untimed run that warms caches and lazily
  /// loaded data, repeated as the runner says.
  func samples(_ work: () -> Void) -> [Double] {
    work()
    var samples: [Double] = []
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: .milliseconds(Int(secondsPerFile * 1000)))
    while samples.count < minimumRepetitions
      || (clock.now < deadline && samples.count < maximumRepetitions)
    {
      let start = clock.now
      work()
      samples.append(Self.milliseconds(clock.now - start))
    }
    return samples
  }

  func measure(_ input: BenchmarkInput) -> Timings {
    Timings(input: input, milliseconds: samples { input.parseOnce() })
  }

  static func milliseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1000 + Double(attoseconds) / 1e15
  }
}

/// The largest resident set size of this process so far, in megabytes.
func peakMemoryMegabytes() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024  // Linux reports kilobytes.
}
