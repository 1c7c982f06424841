/// What a job board prints around a posting besides ads and footers: the post's age and
/// applicant count ("2 weeks ago · Over 100 applicants"), its upsell ("See how you compare
/// … Try Premium"), the truncated skills strip ("Skills: A, B, +8 more"), and the criteria
/// block under the description ("Seniority level" / "Entry level", "Employment type" / …),
/// whose seniority is kept as the stated experience level.
enum JobBoardChrome {
  static func strip(_ source: inout PostingSource) {
    var kept: [TextLine] = []
    var dropped = 0
    var index = 0
    var seen = 0
    let lines = source.lines
    while index < lines.count {
      let line = lines[index]
      index += 1
      if !line.isBlank { seen += 1 }
      if let label = criteriaLabel(line.text) {
        // The label and the value on the next line.
        dropped += 1
        guard let next = lines[index...].firstIndex(where: { !$0.isBlank }),
          next - index <= 1, lines[next].text.hasAtMostCharacters(60)
        else { continue }
        if label == "Seniority level" {
          source.offer(.experience, lines[next].text.trimmed, line: lines[next].line)
        }
        dropped += 1
        index = next + 1
      } else if seen <= topLines, isChrome(line.text) {
        dropped += 1
      } else {
        kept.append(line)
      }
    }
    guard dropped > 0 else { return }
    source.lines = kept
    source.notes.append(
      "set aside \(dropped) line\(dropped == 1 ? "" : "s") of the job board's own text "
        + "(post age, applicants, criteria)")
  }

  /// How far down the age, applicant count and upsell stand: under the title and byline.
  private static let topLines = 12

  /// "Seniority level", "Employment type", "Job function", "Industries" alone on a line.
  private static func criteriaLabel(_ text: String) -> String? {
    let count = text.utf8.count
    guard count >= 10, count <= 16, let first = text.utf8.first,
      first == UInt8(ascii: "S") || first == UInt8(ascii: "E") || first == UInt8(ascii: "J")
        || first == UInt8(ascii: "I")
    else { return nil }
    let trimmed = text.trimmed
    return criteriaLabels.contains(trimmed) ? trimmed : nil
  }

  private static let criteriaLabels: Set<String> = [
    "Seniority level", "Employment type", "Job function", "Industries",
  ]

  /// A line of the board's own near the top; the pattern's byte check passes over most.
  private static func isChrome(_ text: String) -> Bool {
    text.utf8.count <= 160 && chrome.matches(text)
  }

  private static let chrome = Pattern(
    #"^\s*(?:(?:re)?posted\s+)?(?:\d+\+?|an?)\s+(?:minute|hour|day|week|month)s?\s+ago\b"#
      + #".{0,60}$|^\s*(?:over\s+)?\d[\d,]*\s+applicants\s*$"#
      + #"|\btry premium\b|^\s*see how you compare\b"#
      + #"|^\s*skills:.*,\s*\+\d+\s+more\s*$"#,
    requiring: [" ago", "applicants", "premium", " more"])
}
