import CandorKit
import Foundation

/// `candor-bench --long-posting` and `--long-json-resume`: the time `candor parse` spends
/// in-process on generated postings and JSON resumes of growing size (reading, then the
/// outline it prints), up to the readers' text limits (``TextLimit``), to show the time per
/// MB stays flat: it grows in step with size, not with its square. The text is made here;
/// no corpus text is used.
enum LongFileBenchmark {
  static let postingSizes = [16_000, 32_000, TextLimit.posting - 200]
  static let resumeSizes = [16_000, 32_000, TextLimit.resume - 600]

  /// Runs the mode `argument` names; nil when it names none.
  static func run(_ argument: String) -> Int32? {
    switch argument {
    case "--long-posting": table(postingSizes, name: "long.txt", posting, read: readPosting)
    case "--long-json-resume": table(resumeSizes, name: "long.json", jsonResume, read: readResume)
    default: return nil
    }
    return 0
  }

  private static func readPosting(_ file: InputFile) {
    _ = (try? PostingReader.read(file)).map(PostingOutline.render)
  }

  private static func readResume(_ file: InputFile) {
    _ = (try? ResumeReader.read(file)).map(ResumeOutline.render)
  }

  private static func table(
    _ sizes: [Int], name: String, _ make: (Int) -> String, read: (InputFile) -> Void
  ) {
    Swift.print("| MB | runs | median (ms) | per MB (ms) |")
    Swift.print("|---:|---:|---:|---:|")
    let runner = BenchmarkRunner(minimumRepetitions: 3, maximumRepetitions: 3, secondsPerFile: 0)
    for size in sizes {
      let text = make(size)
      let megabytes = Double(text.utf8.count) / 1_000_000
      let samples = runner.samples { read(InputFile(name: name, text: text)) }
      let median = Statistics.percentile(samples, 50)
      Swift.print(
        String(
          format: "| %.2f | %d | %.1f | %.1f |", megabytes, samples.count, median,
          median / megabytes))
    }
  }

  /// A plain-text posting of about `bytes` bytes: a header, then requirement and duty
  /// bullets that repeat a few skills on every line, as pasted job-board pages do.
  static func posting(bytes: Int) -> String {
    let tools = ["Python", "Go", "Kubernetes", "AWS", "PostgreSQL", "Kafka", "React"]
    var text = "Senior Engineer at Brightwater Labs\nLocation: Portland, OR\n\n"
    text += "About us\nBrightwater Labs builds data tools for 400 clinics.\n\nRequirements\n"
    var line = 0
    while text.utf8.count < bytes {
      let tool = tools[line % tools.count]
      let other = tools[(line + 3) % tools.count]
      switch line % 4 {
      case 0: text += "- \(2 + line % 6)+ years of experience with \(tool) and \(other)\n"
      case 1: text += "- Experience with many things including Python, Go, Kubernetes and AWS\n"
      case 2: text += "- Build and run \(tool) services that handle \(line) requests a day.\n"
      default: text += "- Knowledge of \(other) is a plus; you will mentor engineer \(line).\n"
      }
      line += 1
    }
    return text
  }

  /// A JSON Resume of about `bytes` bytes: many work entries with dated highlights.
  static func jsonResume(bytes: Int) -> String {
    let tools = ["Python", "Go", "Kubernetes", "AWS", "PostgreSQL", "Kafka", "React"]
    var entries: [String] = []
    var size = 0
    var role = 0
    while size < bytes {
      let tool = tools[role % tools.count]
      let year = 1990 + role % 30
      let entry =
        #"{"name":"Company \#(role)","position":"Engineer","startDate":"\#(year)-01","#
        + #""endDate":"\#(year + 1)-03","highlights":["Built \#(role % 50) things in \#(tool)","#
        + #""Cut latency by \#(10 + role % 60)% with \#(tools[(role + 2) % tools.count])"]}"#
      entries.append(entry)
      size += entry.utf8.count + 1
      role += 1
    }
    return #"{"basics":{"name":"Jordan Avery"},"work":["# + entries.joined(separator: ",")
      + #"],"skills":[{"name":"Backend","keywords":["Python","Go"]}]}"#
  }
}
