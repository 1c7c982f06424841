/// The form an applicant-tracking page prints under a posting: "Apply for this job", then
/// fields marked required ("First Name *", "Are you legally authorized to work …? *"), and
/// the questions such forms ask. None of it is a requirement of the job.
enum ApplicationForm {
  /// True when `lines[index]` heads a form: an "Apply for this job" line with a field
  /// marked required ("* Required", "Email *") among the next four lines.
  static func starts(_ lines: [TextLine], at index: Int) -> Bool {
    let text = lines[index].text
    guard let first = text.utf8.first, first | 0x20 == UInt8(ascii: "a"),
      text.hasAtMostCharacters(40), headings.contains(text.trimmed.lowercased())
    else { return false }
    return lines[(index + 1)...].prefix(6).filter { !$0.isBlank }.prefix(4).contains {
      isRequiredField($0.text)
    }
  }

  /// True for a question put to applicants: a line marked required ("…? *"), or one
  /// about the right to work or visa sponsorship ("Will you now or in the future require
  /// sponsorship?"). A requirement stated as such ("Must be authorized to work in the
  /// US") is no question and stays.
  static func isQuestion(_ text: String) -> Bool {
    guard let last = text.utf8.last, last == UInt8(ascii: "?") || last == UInt8(ascii: "*")
    else { return false }
    let trimmed = text.trimmed
    if trimmed.hasSuffix("*") { return String(trimmed.dropLast()).trimmed.hasSuffix("?") }
    return workRight.matches(trimmed)
  }

  private static let headings: Set<String> = [
    "apply for this job", "apply for this position", "apply for this role",
    "apply to this job", "submit your application", "application form",
  ]

  /// "First Name *", "* Required", "Resume/CV *".
  private static func isRequiredField(_ text: String) -> Bool {
    let trimmed = text.trimmed
    return trimmed.hasAtMostCharacters(120) && (trimmed.hasSuffix("*") || trimmed.hasPrefix("* "))
  }

  private static let workRight = PhraseSet([
    "authorized to work", "authorised to work", "eligible to work", "right to work",
    "sponsorship", "work permit", "work visa",
  ])
}
