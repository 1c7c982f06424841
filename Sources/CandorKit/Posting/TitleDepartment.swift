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
    let head = title[..<dash.lowerBound].trimmingSpaces()
    let tail = title[dash.upperBound...].trimmingSpaces()
    guard !head.isEmpty, !tail.isEmpty, tail.split(separator: " ").count <= 3 else {
      return nil
    }
    return shoutedHead || departments.contains(tail.folded) ? (head, tail) : nil
  }

  /// The title and the named part of the employer after its last dash or bar: "Front
  /// Office Manager — The Harbour Inn" at Harbour Hotels is the manager's post at one hotel
  /// ("The Harbour Inn"), no part of the title. Nil when no such part follows.
  static func unit(in title: String, company: String) -> (title: String, unit: String)? {
    for separator in [" — ", " – ", " | ", " - "] {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      let head = String(title[..<range.lowerBound]).trimmed
      let tail = String(title[range.upperBound...]).trimmed
      guard PostingRoleWords.isTitleLike(head), !PostingRoleWords.isTitleLike(tail),
        isUnit(tail, of: company)
      else { continue }
      return (head, tail)
    }
    return nil
  }

  /// True when `name` is a part of `company` named after it ("The Harbour Inn" of "Harbour
  /// Hotels & Suites", "Mercy West Campus" of "Mercy Health"): it shares a capitalised name
  /// word with the company without being the company or a short form of it.
  static func isUnit(_ name: String, of company: String) -> Bool {
    let (part, whole) = (name.folded, company.folded)
    guard part != whole, !whole.hasPrefix(part + " "), !part.hasPrefix(whole + " ") else {
      return false
    }
    return !nameWords(name).isDisjoint(with: nameWords(company))
  }

  /// The capitalised words of a name, lowercased, less those many names share.
  private static func nameWords(_ name: String) -> Set<String> {
    Set(
      name.split { !$0.isLetter }.filter { $0.count >= 3 && $0.first?.isUppercase == true }
        .map { $0.lowercased() }.filter { !sharedNameWords.contains($0) })
  }

  /// Words of many organisations' names, which tie no two names together.
  private static let sharedNameWords: Set<String> = [
    "the", "and", "inc", "llc", "ltd", "corp", "company", "group", "services", "national",
    "international", "global", "american", "united", "new", "north", "south", "east", "west",
  ]

  /// Lines of business and departments that follow a title without being part of it.
  private static let departments: Set<String> = [
    "property", "casualty", "property and casualty", "property & casualty", "auto",
    "commercial lines", "personal lines", "workers compensation", "workers' compensation",
    "liability", "general liability", "commercial property", "homeowners",
  ]
}
