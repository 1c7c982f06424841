/// Job titles compared loosely: "Sr. QA Engineer" is "Senior QA Engineer", and "Engineer II,
/// Software" is "Software Engineer 2". A letter's title is the resume's when each of its
/// words stands in one of the resume's titles and the words it leaves out do not make that
/// title a lower rank ("Store Manager" is not shown by "Assistant Store Manager").
enum HeldTitles {
  /// Words that make a title a lower rank of the one after them ("Assistant Store Manager"
  /// shows no "Store Manager").
  static let rankQualifiers: Set<String> = [
    "assistant", "associate", "deputy", "co", "junior", "jr", "acting", "interim", "trainee",
    "apprentice", "vice",
  ]

  /// Short and numbered forms of title words, each with the form compared.
  private static let forms: [String: String] = [
    "sr": "senior", "snr": "senior", "jr": "junior", "mgr": "manager", "asst": "assistant",
    "assoc": "associate", "1": "i", "2": "ii", "3": "iii", "4": "iv", "5": "v",
  ]

  /// Words a title may hold that name no rank or role ("Head of Testing", "QA & Release").
  private static let fillers: Set<String> = ["of", "the", "a", "an", "and", "for", "in"]

  /// Levels that may end a title after its role noun ("Software Engineer II").
  static let levels: Set<String> = ["i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5"]

  /// The title's words, lowercased, in their compared forms, fillers left out.
  static func words(_ title: String) -> [String] {
    title.lowercased().split { !$0.isLetter && !$0.isNumber }.map {
      forms[String($0)] ?? String($0)
    }
    .filter { !fillers.contains($0) }
  }

  /// True when one of `titles` (the resume's) holds every word of `title`, and any word it
  /// adds is no lower rank.
  static func isShown(_ title: String, by titles: [String]) -> Bool {
    let wanted = Set(words(title))
    guard !wanted.isEmpty else { return false }
    return titles.contains { held in
      let heldWords = Set(words(held))
      return wanted.isSubset(of: heldWords)
        && heldWords.subtracting(wanted).isDisjoint(with: rankQualifiers)
    }
  }

  /// The titles a resume gives its roles: work and volunteer positions and each piece of
  /// evidence's role.
  static func titles(of parsed: ParsedResume) -> [String] {
    let resume = parsed.resume
    let positions = resume.work.compactMap(\.position) + resume.volunteer.compactMap(\.position)
    return positions + parsed.evidence.compactMap(\.role)
  }
}
