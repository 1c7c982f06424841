import Foundation

/// The text an education line is read from: its pieces without noise, the minor, the year
/// of study and the score taken out of it, and a school system's campus.
extension EducationParser {
  /// "minor in Secondary Education", "Minor: Spanish", "minors in Art and French": the
  /// minor's field, nil for any other piece.
  static func minor(in piece: String) -> String? {
    let lower = piece.lowercased()
    for opener in ["minors in ", "minor in ", "minor: ", "minor - "] where lower.hasPrefix(opener) {
      let field = piece.dropFirst(opener.count).trimmingSpaces()
      return field.isEmpty ? nil : field
    }
    return nil
  }

  /// The town that ends a piece before a glued region: the piece itself when it is a word or
  /// two ("Chidambaram"), else its last word ("Second year Commerce Pune": Pune).
  static func town(ending piece: String) -> String? {
    let words = piece.split(separator: " ")
    guard let last = words.last, last.first?.isUppercase == true else { return nil }
    return words.count <= 2 ? piece : String(last)
  }

  /// The index of the campus a system of schools names after its name ("California State
  /// University, Monterey Bay", "University of Wisconsin, Eau Claire", "University of
  /// Colorado, Boulder, CO", "University of Colorado | Denver, CO"); nil after any other
  /// school, where a town after a comma is where it stands ("University of Oregon, Eugene",
  /// "Ohio University, Athens, OH"). ``SchoolSystems`` names the systems.
  static func campus(
    after school: Int, in pieces: [EntryFields.Piece]
  ) -> (index: Int, name: String)? {
    let index = school + 1
    guard index < pieces.count, SchoolSystems.hasCampuses(pieces[school].text) else {
      return nil
    }
    var text = pieces[index].text
    // "University of Colorado, Denver, CO": a system's campus city, its state dropped.
    let comma = text.firstIndex(of: ",").flatMap { comma in
      LocationParser.isRegion(text[text.index(after: comma)...].trimmingSpaces()) ? comma : nil
    }
    if let comma { text = String(text[..<comma]) }
    // "University of Colorado | Boulder, CO": a system's city and state in a place column.
    let isPlaceColumn = pieces[index].separator == " | " && comma != nil
    guard pieces[index].separator == ", " || isPlaceColumn else { return nil }
    let words = text.split(separator: " ")
    guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
      !text.contains(where: \.isNumber), !RoleWords.isSchool(text), !DegreeWords.isDegree(text),
      !LocationParser.isRegion(text), !RoleWords.isTitle(text)
    else { return nil }
    return (index, text)
  }

  static func hasDates(_ education: Resume.Education) -> Bool {
    education.startDate != nil || education.endDate != nil
  }

  static func isSchool(_ text: String) -> Bool {
    RoleWords.isSchool(text) && !DegreeWords.isDegree(text)
  }

  static func pieces(_ text: String) -> [EntryFields.Piece] {
    rawPieces(text).filter { !$0.text.isEmpty && !isNoise($0.text) }
  }

  /// The line's pieces with honours, minors and other noise still among them.
  static func rawPieces(_ text: String) -> [EntryFields.Piece] {
    let parts = text.literalComponents(separatedBy: ";").flatMap {
      $0.literalComponents(separatedBy: " from ")
    }
    return parts.flatMap { EntryFields.pieces($0) }.map { piece in
      var copy = piece
      copy.text = trailingPreposition.replacing(in: piece.text, with: "")
      return copy
    }
  }

  static func isNoise(_ piece: String) -> Bool {
    let lower = piece.lowercased()
    return lower.hasPrefix("minor") || lower.hasPrefix("graduated") || lower.hasPrefix("magna")
      || concentrationOpeners.contains(where: lower.hasPrefix)
      || lower.hasPrefix("summa") || lower.hasPrefix("cum laude") || lower.hasSuffix("overall")
      || lower.hasSuffix("major")
  }

  /// "Second year Commerce", "3rd-year of Nursing, …": the year of a programme the person
  /// is in, and the field named after it (up to a comma, or to a town written before its
  /// region: "Second year Commerce Pune, Maharashtra"), both removed from the text; a
  /// degree after the year ("2nd year B.Com") is left for the degree's reading.
  static func yearOfStudy(in text: inout String) -> (year: String, field: String?)? {
    guard let groups = yearPattern.groups(in: text), let range = yearPattern.firstRange(in: text)
    else { return nil }
    let year = groups[1].prefix(1).uppercased() + groups[1].dropFirst().lowercased() + " year"
    let rest = text[range.upperBound...]
    let runEnd = rest.firstIndex { ",;|(".contains($0) } ?? rest.endIndex
    var words = rest[..<runEnd].split(separator: " ").map(String.init)
    // The region after the comma may have the school glued to it ("Maharashtra St anne").
    let next = rest[runEnd...].dropFirst().split(separator: " ").prefix(3).map(String.init)
    let regions = next.indices.map { next[...$0].joined(separator: " ") }
    if let town = words.indices.dropFirst().first(where: { index in
      let town = words[index...].joined(separator: " ")
      return regions.contains { LocationParser.isPlace(town + ", " + $0) }
    }) {
      words = Array(words[..<town])
    }
    let field = words.joined(separator: " ")
    guard !field.isEmpty, field.first?.isUppercase == true, !DegreeWords.isDegree(field) else {
      text.replaceSubrange(range, with: " ")
      return (year, nil)
    }
    let fieldEnd =
      text.index(range.upperBound, offsetBy: field.count, limitedBy: text.endIndex)
      ?? text.endIndex
    text.replaceSubrange(range.lowerBound..<fieldEnd, with: " ")
    return (year, field)
  }

  static let yearPattern = Pattern(
    #"(?i)\b(first|second|third|fourth|fifth|final|1st|2nd|3rd|4th|5th)[ -]year"#
      + #"(?:\s+(?:of|in))?\s+"#, caseSensitive: true)

  static let levelLabel = Pattern(
    #"^(?:UG|PG|Graduation|Post Graduation|Schooling)\s*:\s*"#, caseSensitive: true)
  static let trailingPreposition = Pattern(#"\s+(in|en|at)$"#, caseSensitive: true)
  static let scorePattern = Pattern(
    #"(?i)(?:overall\s+)?\b(?:c?gpa|grade|percentage|score|nota|promedio)\s*[:=-]?\s*"#
      + #"(\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)?%?)"#, caseSensitive: true)
  static let scoreValue = Pattern(
    #"\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)?%?"#, caseSensitive: true)

  /// "GPA: 3.96", "CGPA: 7.72", "Percentage: 94.2", "Overall GPA: 9.5/10"; removed from
  /// the text.
  static func score(in text: inout String) -> String? {
    guard let range = scorePattern.firstRange(in: text) else { return nil }
    let match = String(text[range])
    let value = scoreValue.firstRange(in: match).map { String(match[$0]) }
    text.removeSubrange(range)
    return value
  }
}
