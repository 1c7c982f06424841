/// Whether the resume's education meets a requirement that asks for a level of study: a
/// higher degree meets a lower ask ("High school diploma or equivalent" beside an associate
/// degree), and a degree named by its words meets one named by its acronym ("M.S. Library
/// and Information Science" for "Master of Library Science (MLS/MLIS)").
enum DegreeRequirement {
  /// True when `requirement` asks for a level of study and an education entry of `resume`
  /// sits at that level or above, in the field the requirement names if it names one.
  static func isMet(_ requirement: String, by resume: ParsedResume) -> Bool {
    guard let ask = ask(in: requirement) else { return false }
    return resume.resume.education.contains {
      isMet(ask, studyType: $0.studyType, area: $0.area, institution: $0.institution)
    }
  }

  /// True when a degree of `studyType` in `area` from `institution` meets `requirement`
  /// (see `isMet(_:by:)`).
  static func isMet(
    _ requirement: String, studyType: String?, area: String?, institution: String?
  ) -> Bool {
    guard let ask = ask(in: requirement) else { return false }
    return isMet(ask, studyType: studyType, area: area, institution: institution)
  }

  private static func isMet(
    _ ask: (level: Int, field: Set<String>?), studyType: String?, area: String?,
    institution: String?
  ) -> Bool {
    // "Diploma" from "Groveport High School" is a school-leaving diploma.
    let school = institution.map { name in schools.contains { name.lowercased().hasBytes($0) } }
    guard let held = rank(studyType) ?? (school == true ? 0 : nil), held >= ask.level
    else { return false }
    guard let field = ask.field, ask.level > 0 else { return true }
    let studied = ContentWords.of([studyType, area].compactMap { $0 }.joined(separator: " "))
    return !field.isDisjoint(with: studied)
  }

  /// The lowest level of study `text` asks for (0 school-leaving, 1 associate, 2 bachelor's,
  /// 3 master's, 4 doctorate) and the content words of the field it names, if any ("related
  /// field" names none).
  static func ask(in text: String) -> (level: Int, field: Set<String>?)? {
    let lowered = text.lowercased()
    // The ask words have one spelling and no line break: where the text has one spelling
    // too, a byte search finds what Foundation's `range(of:)` finds, without bridging.
    let bytewise = lowered.hasOneSpelling
    var found: [(level: Int, end: String.Index)] = []
    for (level, words) in asks.enumerated() {
      for word in words {
        guard let range = bytewise ? lowered.byteRange(of: word) : lowered.range(of: word)
        else { continue }
        let before =
          range.lowerBound == lowered.startIndex
          ? nil : lowered[lowered.index(before: range.lowerBound)]
        let after = range.upperBound == lowered.endIndex ? nil : lowered[range.upperBound]
        if before?.isLetter == true || (word.last?.isLetter == true && after?.isLetter == true) {
          continue
        }
        // "post-master's experience" counts years after the degree; it asks for none.
        if before == "-", lowered[..<range.lowerBound].hasSuffix("post-") { continue }
        found.append((level, range.upperBound))
      }
    }
    guard let lowest = found.min(by: { $0.level < $1.level }) else { return nil }
    return (lowest.level, field(after: lowest.end, in: lowered))
  }

  /// The words naming a field right after a degree word: "in Accounting", "of Library
  /// Science", up to a bracket, a list or a tier word.
  private static func field(after index: String.Index, in text: String) -> Set<String>? {
    var rest = text[index...].drop { $0 == " " }
    let named = text[..<index].hasSuffix(" of")
    if !named, rest.hasPrefix("degree ") { rest = rest.dropFirst(7).drop { $0 == " " } }
    guard named || rest.hasPrefix("in ") || rest.hasPrefix("of ") else { return nil }
    if !named { rest = rest.dropFirst(3) }
    // "in biology, museum studies or a related field": any related field is accepted.
    let clause = rest.prefix { $0 != ";" && $0 != "." }
    if clause.hasBytes("related field") || clause.hasBytes("equivalent") { return nil }
    // "in statistics, economics or business": any field of the list meets the ask.
    let stop = rest.firstIndex { "(;".contains($0) } ?? rest.endIndex
    let listed = rest[..<stop].replacingOccurrences(of: " or ", with: ",")
      .replacingOccurrences(of: "/", with: ",").split(separator: ",")
      .map { $0.trimmingSpaces() }
    let fields = listed.prefix { part in
      !part.isEmpty && !part.contains(where: \.isNumber)
        && !["with ", "plus ", "including ", "preferred", "required"].contains {
          part.hasPrefix($0)
        }
    }
    let phrase = fields.map { part in
      var part = part
      for cut in [" from ", " and ", " preferred", " required", " a plus"] {
        if let range = part.range(of: cut) { part = String(part[..<range.lowerBound]) }
      }
      return part
    }.joined(separator: " ")
    let words = ContentWords.of(phrase)
    return words.isEmpty || phrase.contains("related") || phrase.contains("equivalent")
      ? nil : words
  }

  /// Words naming a school whose diploma is the school-leaving one.
  private static let schools = ["high school", "secondary school", "senior high"]

  /// How far up the ladder a resume's degree sits, or nil for no recognised degree.
  static func rank(_ studyType: String?) -> Int? {
    guard let studyType, !studyType.isEmpty else { return nil }
    let ranked = DegreeRank.rank(studyType)
    if ranked != 1 { return ranked == 0 ? 0 : ranked }
    let letters = studyType.lowercased().filter(\.isLetter)
    let associates = ["aa", "as", "aas", "aos", "adn", "asn", "aab"]
    if associates.contains(letters) || studyType.lowercased().hasPrefix("associate") {
      return 1
    }
    if studyType.lowercased().contains("high school") || letters == "ged" { return 0 }
    return nil
  }

  /// The words that ask for each level, lowest first.
  private static let asks: [[String]] = [
    ["high school", "ged", "secondary school"],
    [
      "associate degree", "associate's", "associate’s", "associates degree", "associate of",
      "two-year degree",
    ],
    [
      "bachelor's", "bachelor’s", "bachelors", "bachelor of", "bachelor degree",
      "four-year degree", "undergraduate degree", "b.s.", "b.a.",
    ],
    // Not "master" alone: "Certified Scrum Master" asks for no degree.
    [
      "master's", "master’s", "masters", "master of", "master degree", "mba", "mls", "mlis",
      "msw", "msn", "m.s.", "graduate degree",
    ],
    ["phd", "ph.d", "doctorate", "doctoral"],
  ]
}
