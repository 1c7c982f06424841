/// What a job board prints around a posting besides ads and footers: the post's age and
/// applicant count ("2 weeks ago · Over 100 applicants"), its upsell ("See how you compare
/// … Try Premium"), the truncated skills strip ("Skills: A, B, +8 more"), and the criteria
/// block under the description ("Seniority level" / "Entry level", "Employment type" / …),
/// whose seniority is kept as the stated experience level; Greenhouse's byline ("at Acme
/// (View all jobs)") gives the company, and Indeed's "Profile insights" block goes.
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
        if let field = criteriaFields[label] {
          source.offer(field, lines[next].text.trimmed, line: lines[next].line)
        }
        dropped += 1
        index = next + 1
      } else if seen <= topLines, let company = GreenhouseByline.company(line.text) {
        source.offer(.company, company, line: line.line)
        dropped += 1
      } else if seen <= topLines
        && (isChrome(line.text) || isTopButton(line.text) || isBreadcrumb(line.text))
        || isFollowerCount(line.text) || isPostAge(line.text)
        || isButton(line.text) || isLinkRow(line.text)
      {
        dropped += 1
      } else if let (end, name) = HiringTeam.block(lines, at: index - 1) {
        source.offer(.recipient, name?.text, line: name?.line)
        dropped += end - index + 1
        index = end
      } else if let end = IndeedInsights.end(lines, at: index - 1) {
        dropped += end - index + 1
        index = end
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

  /// "Seniority level", "Employment type", "Job function", "Industries" alone on a line;
  /// Workday's lowercase "locations", "time type", "posted on", "job requisition id".
  private static func criteriaLabel(_ text: String) -> String? {
    let count = text.utf8.count
    guard count >= 8, count <= 20, let first = text.utf8.first,
      criteriaInitials.contains(first)
    else { return nil }
    let trimmed = text.trimmed
    return criteriaLabels.contains(trimmed) ? trimmed : nil
  }

  private static let criteriaLabels: Set<String> = [
    "Seniority level", "Employment type", "Job function", "Industries", "locations",
    "time type", "posted on", "job requisition id",
  ]
  private static let criteriaInitials = Set(criteriaLabels.compactMap(\.utf8.first))

  /// The labels whose value the posting states as a field.
  private static let criteriaFields: [String: PostingField] = [
    "Seniority level": .experience, "locations": .location,
  ]

  /// A line of the board's own near the top; the pattern's byte check passes over most.
  private static func isChrome(_ text: String) -> Bool {
    text.utf8.count <= 160 && chrome.matches(text)
  }

  /// "2 days ago", "an hour ago": a post's age, after "posted" or alone.
  private static let age = #"(?:\d+\+?|an?)\s+(?:minute|hour|day|week|month)s?\s+ago\b"#

  private static let chrome = Pattern(
    #"^\s*(?:(?:re)?posted\s+)?"# + age
      + #".{0,60}$|^\s*(?:over\s+)?\d[\d,]*\s+applicants\s*$"#
      + #"|\btry premium\b|^\s*see how you compare\b"#
      + #"|^\s*skills:.*,\s*\+\d+\s+more\s*$"#,
    requiring: [" ago", "applicants", "premium", " more"])

  /// "Posted 2 days ago · 41 applicants" anywhere on the page: boards print the post's age
  /// and applicant count below the description too, where it read as a requirement.
  private static func isPostAge(_ text: String) -> Bool {
    text.utf8.count <= 80 && postAge.matches(text)
  }

  private static let postAge = Pattern(
    #"^\s*(?:re)?posted\s+"# + age
      + #"(?:\s*[·|•,-]\s*(?:over\s+)?\d[\d,]*\+?\s+applicants)?\s*$"#,
    requiring: [" ago"])

  /// A board's button or link on a line of its own anywhere on the page ("Set alert for
  /// similar jobs"); a length and first-byte test passes over nearly every line. A heading
  /// over other jobs ("Similar jobs") is no button: it ends the posting (`PostingBoundary`).
  private static func isButton(_ text: String) -> Bool {
    let count = text.utf8.count
    guard count >= 8, count <= 32, let first = text.utf8.first, buttonInitials.contains(first)
    else { return false }
    return buttons.contains(text.trimmed.lowercased())
  }

  private static let buttons: Set<String> = [
    "set alert for similar jobs", "create job alert", "report this job", "save this job",
    "easy apply", "report job",
  ]
  private static let buttonInitials = Set(
    buttons.flatMap { [$0.utf8.first!, $0.uppercased().utf8.first!] })

  /// A row of the board's links anywhere on the page ("Report job | Similar jobs |
  /// Marketing Manager jobs in Denver", "Save job   Share   Report this job"): two or more
  /// parts split by a bar, dot, bullet or wide gap, each a button or a link to other jobs.
  private static func isLinkRow(_ text: String) -> Bool {
    guard text.utf8.count <= 160, rowMarks.contains(where: text.hasBytes) else { return false }
    let parts = text.split(whereSeparator: { "|·•".contains($0) })
      .flatMap { $0.split(separator: "  ") }
      .map { $0.trimmingSpaces().lowercased() }.filter { !$0.isEmpty }
    return parts.count >= 2
      && parts.allSatisfy { part in
        buttons.contains(part) || topButtons.contains(part) || rowLinks.contains(part)
          || part.hasSuffix(" jobs") || part.hasBytes(" jobs in ") || part.hasBytes(" jobs near ")
      }
  }

  private static let rowMarks = ["|", "·", "•", "  "]
  private static let rowLinks: Set<String> = [
    "report job", "similar jobs", "save job", "share job", "share this job", "more jobs",
    "jobs like this", "report", "print", "not interested",
  ]

  /// A board's button beside the title ("Apply now", "Save"), pasted with it: read as a
  /// heading, "Apply now" would file the company's paragraph under it as how to apply.
  private static func isTopButton(_ text: String) -> Bool {
    guard text.utf8.count <= 28 else { return false }
    // "Apply now >", "Apply now ›": the arrow is the button's, not the words'.
    var words = Substring(text.trimmed.lowercased())
    while let last = words.last, ">›»→↗ ".contains(last) { words.removeLast() }
    return topButtons.contains(String(words))
  }

  private static let topButtons: Set<String> = [
    "apply", "apply now", "quick apply", "easy apply", "save", "save job", "share",
    "apply on company site", "apply on company website", "i'm interested", "not interested",
    "job details", "skip to main content", "skip to content", "sign in", "log in", "sign up",
    "register", "post a job", "for employers", "employers", "create account", "my account",
  ]

  /// "Jobs > Healthcare > Veterinary", "Home › Careers": the site's path to the posting,
  /// two to five short parts split by an arrow; read as text, its parts were keywords.
  private static func isBreadcrumb(_ text: String) -> Bool {
    guard text.utf8.count <= 100, crumbMarks.contains(where: text.hasBytes) else { return false }
    let parts = text.split(whereSeparator: { ">›»".contains($0) }).map { $0.trimmingSpaces() }
    return (2...5).contains(parts.count)
      && parts.allSatisfy { part in
        part.first?.isUppercase == true && part.split(separator: " ").count <= 4
          && !part.contains(where: { ".:;!?".contains($0) })
      }
  }

  private static let crumbMarks = [" > ", " › ", " » "]

  /// "12,400 followers" under the company's name in LinkedIn's "About the company".
  private static func isFollowerCount(_ text: String) -> Bool {
    guard text.utf8.count <= 30, let first = text.utf8.first, first >= 0x30, first <= 0x39,
      text.hasSuffix(" followers")
    else { return false }
    return text.dropLast(10).allSatisfy { $0.isNumber || $0 == "," || $0 == "." || $0 == "K" }
  }
}
