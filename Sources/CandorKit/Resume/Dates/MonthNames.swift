import Foundation

/// Month names in the languages resumes arrive in, with the typos people make.
enum MonthNames {
  /// The month (1–12) a word names: "Jan", "Sept.", "June", "Febuary", "marzo", "août".
  static func month(for word: some StringProtocol) -> Int? {
    guard word.count >= 3, word.count <= 12, let first = word.first, first.isLetter else {
      return nil
    }
    let folded = fold(word)
    if let month = exact[folded] { return month }
    guard folded.count >= 6, let candidates = byPrefix[String(folded.prefix(3))] else {
      return nil
    }
    return candidates.first { EditDistance.distance($0.name, folded) <= 2 }?.month
  }

  /// Words that end a range at the present: "Present", "Current", "Till date", "en curso".
  /// Returns how many of `words` the phrase takes.
  static func isPresent(_ words: [Substring]) -> Int? {
    guard let first = words.first, presentStarts.contains(fold(first)) else { return nil }
    let folded = words.prefix(3).map { fold($0) }
    for phrase in presentPhrases {
      if folded.count >= phrase.count, Array(folded.prefix(phrase.count)) == phrase {
        return phrase.count
      }
    }
    return nil
  }

  /// Lowercased without accents or a trailing period: "Août." → "aout".
  static func fold(_ word: some StringProtocol) -> String {
    var text = TextFolding.fold(word)
    while text.hasSuffix(".") { text.removeLast() }
    return text
  }

  private static let fullNames: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "janvier": 1, "fevrier": 2, "juillet": 7, "septembre": 9,
    "octobre": 10, "novembre": 11, "decembre": 12, "janeiro": 1, "fevereiro": 2, "maio": 5,
    "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "dezembro": 12, "januar": 1,
    "februar": 2, "marz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12, "marco": 3,
  ]

  private static let exact: [String: Int] = fullNames.merging(
    [
      "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
      "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12, "ene": 1, "abr": 4, "ago": 8,
      "set": 9, "dic": 12, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "aout": 8,
      "janv": 1, "fevr": 2, "juil": 7, "febr": 2, "spring": 3, "summer": 6, "fall": 9,
      "autumn": 9, "winter": 12,
    ], uniquingKeysWith: { first, _ in first })

  /// Full names by their first three letters, for matching misspellings.
  private static let byPrefix: [String: [(name: String, month: Int)]] = Dictionary(
    grouping: fullNames.map { (name: $0.key, month: $0.value) }, by: { String($0.name.prefix(3)) })

  private static let presentStarts = Set(presentPhrases.compactMap(\.first))

  private static let presentPhrases: [[String]] = [
    ["till", "date"], ["to", "date"], ["till", "now"], ["up", "to", "date"], ["en", "curso"],
    ["la", "actualidad"], ["a", "la", "fecha"], ["la", "fecha"], ["en", "cours"],
    ["present"], ["current"], ["currently"], ["now"], ["today"], ["ongoing"], ["presente"],
    ["actualidad"], ["actual"], ["actualmente"], ["hoy"], ["aujourd'hui"], ["atual"],
    ["heute"], ["aktuell"], ["presently"],
  ]
}

/// Levenshtein distance, for matching misspelt words against a short vocabulary.
enum EditDistance {
  static func distance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs)
    let b = Array(rhs)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return previous[b.count]
  }
}
