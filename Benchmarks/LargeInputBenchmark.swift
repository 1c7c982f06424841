import CandorKit
import Foundation

/// `candor-bench --large-inputs CANDOR`: each command of the release `candor` as a whole
/// process on the largest posting, resume and letter it accepts (text just under
/// ``TextLimit``), and on one just over, which must be
/// refused at once with exit status 2. The files are made here from invented text.
struct LargeInputBenchmark {
  let candor: String
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("candor-large-\(getpid())")

  /// One command to time: its label, its arguments after `candor`, the status it must end with.
  private struct Case {
    var label: String
    var arguments: [String]
    var status: Int32 = 0
  }

  func run() throws -> Int32 {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let posting = try write(
      "posting.txt", LongFileBenchmark.posting(bytes: TextLimit.posting - 200))
    let resume = try write("resume.txt", Self.resume(bytes: TextLimit.resume))
    let letter = try write("letter.txt", Self.letter(bytes: TextLimit.letter))
    let over = try write("over.txt", LongFileBenchmark.posting(bytes: TextLimit.posting + 1_000))
    let cases = [
      Case(label: "parse job", arguments: ["parse", "job", posting]),
      Case(label: "parse resume", arguments: ["parse", "resume", resume]),
      Case(label: "write", arguments: ["write", "--job", posting, "--resume", resume]),
      Case(label: "match", arguments: ["match", "--job", posting, "--resume", resume]),
      Case(label: "tailor", arguments: ["tailor", "--job", posting, "--resume", resume]),
      Case(label: "review", arguments: ["review", letter]),
      Case(
        label: "review --job --resume",
        arguments: [
          "review", letter, "--job", posting,
          "--resume", resume,
        ]),
      Case(label: "parse job, over the limit", arguments: ["parse", "job", over], status: 2),
    ]
    Swift.print("| command | input KB | runs | median (ms) | slowest (ms) | exit |")
    Swift.print("|---|---:|---:|---:|---:|---:|")
    var failed = false
    for item in cases {
      let samples = (0..<3).map { _ in ProcessTimer.run([candor] + item.arguments) }
      let times = samples.map(\.milliseconds)
      let status = samples.last?.status ?? -1
      failed = failed || samples.contains { $0.status != item.status }
      Swift.print(
        "| \(item.label) | \(kilobytes(item.arguments)) | \(samples.count) | "
          + String(
            format: "%.0f | %.0f | %d |", Statistics.percentile(times, 50), times.max() ?? 0,
            status))
    }
    return failed ? 1 : 0
  }

  private func write(_ name: String, _ text: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// The sizes of the files among `arguments`, in kilobytes, joined with " + ".
  private func kilobytes(_ arguments: [String]) -> String {
    arguments.filter { $0.hasPrefix(folder.path) }.map { path in
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
      return String((size ?? 0) / 1_000)
    }.joined(separator: " + ")
  }

  /// A plain-text resume just under `bytes`: `LongResumeBenchmark`'s roles, as many as fit.
  static func resume(bytes: Int) -> String {
    var roles = 1
    while LongResumeBenchmark.resume(roles: roles * 2).utf8.count < bytes { roles *= 2 }
    var step = roles / 2
    while step > 0 {
      if LongResumeBenchmark.resume(roles: roles + step).utf8.count < bytes { roles += step }
      step /= 2
    }
    return LongResumeBenchmark.resume(roles: roles)
  }

  /// A letter just under `bytes`: a greeting, then invented paragraphs with numbers, named
  /// tools and employers, repeated, then a sign-off.
  static func letter(bytes: Int) -> String {
    let paragraphs = [
      "At Lantern Freight I rebuilt the routing service in Go and PostgreSQL, cutting p95 "
        + "latency from 900 ms to 140 ms for 2 million monthly orders.",
      "Your plan to open twelve depots this year is why I am writing; I would bring the same "
        + "care to the Senior Platform Engineer role at Quillmoor Logistics.",
      "I also led a team of 6 engineers that moved 40 services to Kubernetes on AWS with "
        + "Terraform, which reduced hosting cost by 31%.",
    ]
    let tail = "Sincerely,\nTomas Ferreira\n"
    var text = "Dear Priya Anand,\n\n"
    var index = 0
    while true {
      let next = paragraphs[index % paragraphs.count] + "\n\n"
      guard text.utf8.count + next.utf8.count + tail.utf8.count < bytes else { break }
      text += next
      index += 1
    }
    return text + tail
  }
}
