/// The noun that names a job's line of work in its title, stemmed as ``ContentWords``
/// stems it, with one name for nouns of one trade: "Senior Chemistry Teacher" → "teacher",
/// "Head of Digital Services" → "head", "Frontend Developer - Angular" → "engineer",
/// "Network Engineer II" → "engineer".
enum RoleNoun {
  static func of(_ title: String) -> String? {
    var core = Substring(title)
    for mark in [" - ", " – ", " — ", "- ", ",", "(", "/", "|"] {
      if let range = core.range(of: mark) { core = core[..<range.lowerBound] }
    }
    var words = core.split(separator: " ").map { $0.lowercased() }
    if let of = words.firstIndex(of: "of"), of > 0 { words = Array(words[..<of]) }
    while let last = words.last, grades.contains(last.trimmingPunctuation()) {
      words.removeLast()
    }
    return words.last.flatMap(noun)
  }

  /// Every word of `text` as a role noun would be named: "our engineers and developers" →
  /// "engineer".
  static func nouns(in text: String) -> Set<String> {
    Set(ContentWords.of(text).map { trades[$0] ?? $0 })
  }

  /// True when `text` names the work of `noun` in any form: "librarian" in "professional
  /// library experience", "chemist" in "chemistry".
  static func names(_ noun: String, in text: String) -> Bool {
    let words = nouns(in: text)
    if words.contains(noun) { return true }
    let person = ["ian", "ist", "er", "or"].first { noun.hasSuffix($0) }
    let stem = person.map { String(noun.dropLast($0.count)) } ?? noun
    let root = stem.count >= 5 ? stem : noun
    return words.contains { $0.hasPrefix(root) }
  }

  /// A role noun every field has ("manager", "lead", "specialist"): it says nothing of the
  /// field.
  static func isGeneric(_ noun: String) -> Bool {
    generic.contains(noun)
  }

  /// "Data Analytics Intern", "Apprentice Electrician": a title held while training.
  static func isTraining(_ title: String) -> Bool {
    ContentWords.of(title).contains { training.contains($0) }
  }

  private static func stemmed(_ word: String) -> String { ContentWords.of(word).first ?? word }

  private static func noun(_ word: String) -> String? {
    ContentWords.of(word).first.map { trades[$0] ?? $0 }
  }

  private static let grades: Set<String> = [
    "i", "ii", "iii", "iv", "v", "1", "2", "3", "intern", "trainee", "contractor",
  ]
  /// Nouns one trade uses for the same work.
  private static let trades: [String: String] = Dictionary(
    uniqueKeysWithValues: [
      ("developer", "engineer"), ("programmer", "engineer"), ("educator", "teacher"),
      ("instructor", "teacher"), ("tech", "technician"),
    ].map { (stemmed($0.0), stemmed($0.1)) })
  private static let generic: Set<String> = Set(
    [
      "manager", "lead", "head", "director", "specialist", "assistant", "associate",
      "representative", "officer", "consultant", "supervisor", "staff", "member", "worker",
      "employee", "owner", "president", "ceo", "executive", "partner", "professional",
    ].map(stemmed))
  private static let training: Set<String> = Set(
    ["intern", "internship", "trainee", "apprentice", "student", "extern"].map(stemmed))
}
