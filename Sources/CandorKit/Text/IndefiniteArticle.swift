/// "a" or "an" by the sound that starts a word, read from its spelling. The letter writer
/// and review's a-or-an check share it, so a letter never writes what review would flag.
enum IndefiniteArticle {
  /// How each letter is said when a word is spelt out: "an FP&A analyst" ("eff"), "an RN"
  /// ("ar"), "an HVAC" ("aitch"), "a UX review" ("you").
  private static let letterNames: [Character: String] = [
    "A": "ay", "B": "bee", "C": "see", "D": "dee", "E": "ee", "F": "eff", "G": "gee",
    "H": "aitch", "I": "eye", "J": "jay", "K": "kay", "L": "ell", "M": "em", "N": "en",
    "O": "oh", "P": "pee", "Q": "cue", "R": "ar", "S": "ess", "T": "tee", "U": "you",
    "V": "vee", "W": "double-you", "X": "ex", "Y": "why", "Z": "zee",
  ]
  private static let consonantSounds = [
    "uni", "use", "usu", "uti", "ure", "eu", "one", "once", "ubiq", "uranium", "ewe",
  ]
  private static let silentH = ["hour", "honest", "honor", "honour", "heir"]
  /// Initialisms many people say as a word ("a SQL query", "an SQL query" are both used).
  private static let saidEitherWay: Set<String> = ["SQL"]
  /// Capitals said as a word, whole or after a spelt-out letter, and how they sound: "a SOC"
  /// ("sock"), "a LAN", "an HVAC" ("aitch-vac").
  private static let spokenAs: [String: String] = [
    "SOC": "sock", "NOC": "nock", "LAN": "lan", "RAM": "ram", "ROM": "rom", "NIC": "nick",
    "MAC": "mac", "SIM": "sim", "SAN": "san", "SOX": "socks", "HUD": "hud", "MOOC": "mook",
    "HVAC": "aitch-vac", "HVACR": "aitch-vac-ar",
  ]
  /// Two consonants that can start a spoken English word ("SCADA", "SWIFT"); capitals that
  /// start with any other pair are spelt out ("an MLIS", "an NCLEX", "an HVAC").
  private static let onsets: Set<String> = [
    "BL", "BR", "CH", "CL", "CR", "DR", "FL", "FR", "GL", "GR", "KL", "KN", "KR", "PH", "PL",
    "PR", "QU", "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR", "TW", "WH",
    "WR",
  ]

  /// The article `word` takes, or nil when its spelling cannot tell: a number, a single
  /// letter, a name with inner capitals ("iPhone"), or capitals said as a word ("NASA").
  static func article(for word: Substring) -> String? {
    guard let first = word.first, first.isLetter, word.count > 1 else { return nil }
    if let spoken = spokenAs[String(word)] ?? initialism(word).flatMap({ letterNames[$0] }) {
      return startsWithVowelSound(spoken) ? "an" : "a"
    }
    if word.allSatisfy({ !$0.isLetter || $0.isUppercase }) { return nil }
    if word.contains(".") || word.dropFirst().first?.isUppercase == true { return nil }
    let folded = word.lowercased()
    if consonantSounds.contains(where: folded.hasPrefix) { return "a" }
    if silentH.contains(where: folded.hasPrefix) { return "an" }
    return "aeiou".contains(folded.first!) ? "an" : "a"
  }

  /// True when a word as it is said ("aitch-vac", "you", "sock") opens on a vowel.
  private static func startsWithVowelSound(_ spoken: String) -> Bool {
    spoken.first.map { "aeiou".contains($0) } ?? false
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
    guard capitals.count <= 3 || !hasVowel || spelled || !isSpeakable(capitals) else {
      return nil
    }
    return capitals.first
  }

  /// Capitals that can be said as a word: they start with a vowel, a consonant and a vowel,
  /// or two consonants that start English words ("NASA", "OSHA", "SCADA"; not "MLIS").
  private static func isSpeakable(_ capitals: Substring) -> Bool {
    let pair = capitals.prefix(2)
    guard pair.count == 2, let first = pair.first, let second = pair.last else { return true }
    if "AEIOU".contains(first) || "AEIOUY".contains(second) { return true }
    return onsets.contains(String(pair))
  }
}
