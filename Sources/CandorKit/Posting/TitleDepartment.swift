/// The department or line of business a posting says after its title, apart from the
/// title a letter names: "Insurance Claims Adjuster II - Property" is the adjuster's title
/// in the property department. A hyphen inside a word ("Front-End Developer") is no
/// separator, and a tail that is part of the role ("Software Developer - Math") stays.
enum TitleDepartment {
  /// The first spaced dash or bar in `title`, where a department may follow.
  static func dash(in title: String) -> Range<String.Index>? {
    [" - ", " – ", " — ", " | "].lazy.compactMap { title.range(of: $0) }.first
  }

  /// The title and its department, or nil when `title` names none: the tail after the
  /// first spaced dash is a department when it was written in ordinary case after a
  /// shouted title (`shoutedHead`: "CLAIMS ADJUSTER II - Property"), or is a known
  /// department or line of business ("Claims Adjuster - Commercial Lines").
  static func split(_ title: String, shoutedHead: Bool) -> (title: String, department: String)? {
    guard let dash = dash(in: title) else { return nil }
    let head = title[..<dash.lowerBound].trimmingCharacters(in: .whitespaces)
    let tail = title[dash.upperBound...].trimmingCharacters(in: .whitespaces)
    guard !head.isEmpty, !tail.isEmpty, tail.split(separator: " ").count <= 3 else {
      return nil
    }
    return shoutedHead || departments.contains(tail.folded) ? (head, tail) : nil
  }

  /// Lines of business and departments that follow a title without being part of it.
  private static let departments: Set<String> = [
    "property", "casualty", "property and casualty", "property & casualty", "auto",
    "commercial lines", "personal lines", "workers compensation", "workers' compensation",
    "liability", "general liability", "commercial property", "homeowners",
  ]
}
