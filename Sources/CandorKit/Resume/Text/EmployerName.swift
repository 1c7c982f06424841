/// How a work entry's employer is shown: a name a resume writes in capitals ("SIERRA PARCEL
/// LOGISTICS, INC.") in letter case, and a role listed under the role before it at the same
/// employer taking that employer.
enum EmployerName {
  /// "SIERRA PARCEL LOGISTICS, INC." → "Sierra Parcel Logistics, Inc."; a name with any
  /// lowercase letter, or an acronym ("IBM", "EEOC"), stays as written. Short words without a
  /// vowel ("CVS", "LLC") and roman numerals ("II") stay in capitals.
  static func letterCased(_ name: String) -> String {
    // One word in capitals ("EEOC", "MRIS") is an acronym; two words are a name.
    guard !name.contains(where: \.isLowercase),
      name.split(separator: " ").filter({ $0.filter(\.isLetter).count >= 3 }).count >= 2
    else { return name }
    let words = name.split(separator: " ").enumerated().map { index, word -> String in
      let letters = word.filter(\.isLetter)
      if letters.count <= 4,
        !letters.contains(where: { "AEIOUY".contains($0) })
          || TitleCase.romanNumerals.contains(letters.lowercased())
      {
        return String(word)
      }
      let lower = word.lowercased()
      return index > 0 && smallWords.contains(lower) ? lower : capitalized(lower)
    }
    return words.joined(separator: " ")
  }

  /// "Career Break", "Sabbatical", "Parental Leave": a heading for time away, which no
  /// letter may name as an employer ("a caregiver at Career Break").
  static func isBreak(_ name: String) -> Bool {
    breakNames.contains(name.lowercased().trimmingPunctuation())
  }

  private static let breakNames: Set<String> = [
    "career break", "career gap", "employment gap", "planned break", "sabbatical",
    "family leave", "parental leave", "maternity leave", "paternity leave", "personal leave",
    "caregiving", "family caregiving", "break",
  ]

  private static let smallWords: Set<String> = ["of", "and", "the", "for", "at", "in", "on", "de"]

  /// "okonkwo-reyes" → "Okonkwo-Reyes", "o'brien" → "O'Brien".
  static func capitalized(_ word: String) -> String {
    var result = ""
    var startsPart = true
    for character in word {
      result += startsPart ? character.uppercased() : String(character)
      startsPart = "-'’(\"“".contains(character)
    }
    return result
  }

  /// True when a role with no employer follows on from `previous`, the role listed above it:
  /// it ended within three months of when `previous` started, as a promotion does.
  static func continues(_ work: Resume.Work, after previous: Resume.Work) -> Bool {
    guard work.name == nil, previous.name != nil, work.position != nil,
      let end = work.endDate.flatMap(months), let start = previous.startDate.flatMap(months)
    else { return false }
    return (-1...3).contains(start - end)
  }

  /// "2022-03" → months since year 0; nil for anything else.
  private static func months(_ date: String) -> Int? {
    let parts = date.split(separator: "-")
    guard parts.count >= 2, let year = Int(parts[0]), let month = Int(parts[1]) else {
      return nil
    }
    return year * 12 + month
  }
}
