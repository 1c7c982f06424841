import CandorKit
import Foundation

/// `candor-bench --long-resume`: reading time of generated plain-text resumes of growing
/// length (dated roles with bullets, a long skills list), to show it grows in step with
/// the length rather than faster. The text is made here; no corpus text is used.
enum LongResumeBenchmark {
  /// Up to the most that fits in ``TextLimit/resume``.
  static let roleCounts = [40, 80, 150]

  static func run() -> Int32 {
    Swift.print("| lines | runs | median (ms) | per 1,000 lines (ms) |")
    Swift.print("|---:|---:|---:|---:|")
    let runner = BenchmarkRunner(minimumRepetitions: 3, maximumRepetitions: 3, secondsPerFile: 0)
    for roles in roleCounts {
      let text = resume(roles: roles)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
      let samples = runner.samples {
        _ = try? ResumeReader.read(InputFile(name: "long.txt", text: text))
      }
      let median = Statistics.percentile(samples, 50)
      let perThousand = median * 1000 / Double(lines)
      Swift.print(
        "| \(lines) | \(samples.count) | "
          + String(format: "%.1f | %.2f |", median, perThousand))
    }
    return 0
  }

  /// A resume of `roles` dated roles, six bullets each, then one skills line per role.
  static func resume(roles: Int) -> String {
    let tools = ["Python", "Kubernetes", "PostgreSQL", "Kafka", "React", "AWS", "Terraform"]
    var lines = [
      "Jordan Avery", "Portland, OR | jordan.avery@example.com | (555) 010-2040", "",
      "SUMMARY", "Backend engineer who builds data services in Python and Go.", "",
      "EXPERIENCE", "",
    ]
    for role in 0..<roles {
      let year = 1990 + role % 30
      lines.append("Company \(role) Inc, Portland, OR    Jan \(year) - Mar \(year + 1)")
      lines.append("Senior Software Engineer")
      for bullet in 0..<6 {
        let tool = tools[(role + bullet) % tools.count]
        lines.append("• Built a \(tool) service that cut latency by \(10 + bullet * 7)%")
      }
      lines.append("")
    }
    lines += ["SKILLS"] + (0..<roles).map { "Tool\($0), \(tools[$0 % tools.count])," }
    lines += ["", "EDUCATION", "B.S. Computer Science, University of Washington, 2012"]
    return lines.joined(separator: "\n") + "\n"
  }
}
