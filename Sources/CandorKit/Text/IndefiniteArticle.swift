/// "a" or "an" by the sound that starts a word, read from its spelling. The letter writer
/// and review's a-or-an check share it, so a letter never writes what review would flag.
enum IndefiniteArticle {
  /// Letters whose spoken names start with a vowel sound: "an FP&A analyst", "an RN".
  private static let vowelNamedLetters: Set<Character> = [
    "A", "E", "F", "H", "I", "L", "M", "N", "O", "R", "S", "X",
  ]
  private static let consonantSounds = [
    "uni", "use", "usu", "uti", "ure", "eu", "one", "once", "ubiq", "uranium", "ewe",
  ]
  private static let silentH = ["hour", "honest", "honor", "honour", "heir"]
  /// Initialisms many people say as a word ("a SQL query", "an SQL query" are both used).
  private static let saidEitherWay: Set<String> = ["SQL"]

  /// The article `word` takes, or nil when its spelling cannot tell: a number, a single
  /// letter, a name with inner capitals ("iPhone"), or capitals said as a word ("NASA").
  static func article(for word: Substring) -> String? {
    guard let first = word.first, first.isLetter, word.count > 1 else { return nil }
    if let initial = initialism(word) {
      return vowelNamedLetters.contains(initial) ? "an" : "a"
    }
    if word.allSatisfy({ !$0.isLetter || $0.isUppercase }) { return nil }
    if word.contains(".") || word.dropFirst().first?.isUppercase == true { return nil }
    let folded = word.lowercased()
    if consonantSounds.contains(where: folded.hasPrefix) { return "a" }
    if silentH.contains(where: folded.hasPrefix) { return "an" }
    return "aeiou".contains(folded.first!) ? "an" : "a"
  }

  /// The first letter of an initialism read letter by letter ("FP&A", "MBA", "MSc", "U.S."),
  /// or nil: capitals with vowels in a longer word ("NASA", "HIPAA") are said as a word.
  private static func initialism(_ word: Substring) -> Character? {
    let letters = word.filter(\.isLetter)
    guard letters.count >= 2, !saidEitherWay.contains(String(word)) else { return nil }
    let capitals = letters.prefix { $0.isUppercase }
    // "MSc", "MBAs": two or more capitals, then at most two small letters.
    guard capitals.count >= 2, letters.count - capitals.count <= 2,
      letters.dropFirst(capitals.count).allSatisfy(\.isLowercase)
    else { return nil }
    let hasVowel = capitals.contains { "AEIOU".contains($0) }
    let spelled = word.contains(where: { "&./".contains($0) })
    guard capitals.count <= 3 || !hasVowel || spelled else { return nil }
    return capitals.first
  }
}
