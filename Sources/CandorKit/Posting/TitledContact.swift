/// A line that labels a person with their job title: "Principal: Dr. Renata Salazar",
/// "Nurse Manager: Colleen Haugen, RN, MSN", "Hiring manager: Ignatius Bergstrom". The
/// label must name a role ("Location: Fresno, CA" names none) and the value a person, not
/// a team or a department ("Supervisor: Night Shift Lead" names no one).
enum TitledContact {
  /// The person the line names and their title, lowercased, or nil.
  static func person(in text: String, company: String? = nil) -> (name: String, role: String)? {
    guard let groups = labelled.groups(in: text.trimmed) else { return nil }
    let label = groups[1].trimmed
    guard let name = PersonName.afterTitle(label + ", " + groups[2], company: company) else {
      return nil
    }
    return (name, label.lowercased())
  }

  /// True when `text` is such a line: a contact detail, never a requirement.
  static func matches(_ text: String) -> Bool {
    person(in: text) != nil
  }

  /// A label of one to five words opening the line, then the value.
  private static let labelled = Pattern(
    #"^([\p{Lu}][\p{L}&/.-]*(?:\s+[\p{L}&/.-]+){0,4})\s*:\s+(\S.{1,80})$"#,
    caseSensitive: true, requiring: [":"])
}
