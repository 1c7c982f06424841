/// US states and Canadian provinces by their postal codes, both ways: "TX" is Texas, and a
/// resume's "RN, TX" names the same place as a letter's "licensed in Texas".
enum RegionCodes {
  /// Each code with its region's name, lowercased.
  static let names: [String: String] = [
    "AL": "alabama", "AK": "alaska", "AZ": "arizona", "AR": "arkansas", "CA": "california",
    "CO": "colorado", "CT": "connecticut", "DE": "delaware", "FL": "florida", "GA": "georgia",
    "HI": "hawaii", "ID": "idaho", "IL": "illinois", "IN": "indiana", "IA": "iowa",
    "KS": "kansas", "KY": "kentucky", "LA": "louisiana", "ME": "maine", "MD": "maryland",
    "MA": "massachusetts", "MI": "michigan", "MN": "minnesota", "MS": "mississippi",
    "MO": "missouri", "MT": "montana", "NE": "nebraska", "NV": "nevada",
    "NH": "new hampshire", "NJ": "new jersey", "NM": "new mexico", "NY": "new york",
    "NC": "north carolina", "ND": "north dakota", "OH": "ohio", "OK": "oklahoma",
    "OR": "oregon", "PA": "pennsylvania", "RI": "rhode island", "SC": "south carolina",
    "SD": "south dakota", "TN": "tennessee", "TX": "texas", "UT": "utah", "VT": "vermont",
    "VA": "virginia", "WA": "washington", "WV": "west virginia", "WI": "wisconsin",
    "WY": "wyoming", "DC": "district of columbia", "ON": "ontario", "QC": "quebec",
    "BC": "british columbia", "AB": "alberta", "MB": "manitoba", "SK": "saskatchewan",
    "NS": "nova scotia", "NB": "new brunswick",
  ]

  /// Each region's name, lowercased, with its code.
  static let codes: [String: String] = Dictionary(
    names.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

  /// Codes that are also English words ("IN", "OR", "ME"): a place only where a place is
  /// expected.
  static let englishWords: Set<String> = ["IN", "ON", "OR", "ME", "OK", "HI"]

  /// Codes that are also everyday abbreviations ("MS" a degree, "PA" a physician
  /// assistant, "MD" a doctor, "CO" a company): like English words, a place only where a
  /// place is expected.
  private static let abbreviations: Set<String> = [
    "AL", "CO", "DE", "ID", "LA", "MA", "MD", "MS", "PA", "SC", "DC",
  ]

  /// The region `written` names, as its code and its lowercased name: "TX" and "Texas"
  /// both give ("TX", "texas"); nil for any other text. A code counts only in capitals.
  static func region(_ written: String) -> (code: String, name: String)? {
    if let name = names[written] { return (written, name) }
    let folded = written.lowercased()
    return codes[folded].map { ($0, folded) }
  }

  /// True when `text`, as written, has `code` as a region: a capitalised whole word, and,
  /// for a code that is also a word or an abbreviation, after a comma or a licence word
  /// ("Portland, OR", "License: OR", "licensed in OR").
  static func writes(_ code: String, in text: String) -> Bool {
    let isAmbiguous = englishWords.contains(code) || abbreviations.contains(code)
    var rest = text[...]
    while let found = rest.range(of: code) {
      defer { rest = text[found.upperBound...] }
      let before = text[..<found.lowerBound].last
      let after = text[found.upperBound...].first
      guard before.map({ !$0.isLetter && !$0.isNumber }) ?? true,
        after.map({ !$0.isLetter && !$0.isNumber }) ?? true
      else { continue }
      if !isAmbiguous || isPlacePosition(text[..<found.lowerBound]) { return true }
    }
    return false
  }

  /// True when `word`, as written, is a region's code where a place stands: after a comma
  /// ("Gary, IN", "Salem, OR") or a licence word, never the word "in" or "or".
  static func isPlaced(_ word: Substring, after before: Substring) -> Bool {
    names[String(word)] != nil && isPlacePosition(before)
  }

  /// Words after which a code is a place: "licensed in OR", "License: OR".
  private static let placeCues: Set<String> = [
    "in", "license", "licence", "licensed", "licensure", "state", "registered",
  ]

  /// True when the text before a code ends in a comma or a licence word.
  private static func isPlacePosition(_ before: Substring) -> Bool {
    let trimmed = before.reversed().drop { $0 == " " || $0 == ":" || $0 == "-" }
    if trimmed.first == "," { return true }
    let word = String(trimmed.prefix { $0.isLetter }.reversed()).lowercased()
    return placeCues.contains(word)
  }
}
