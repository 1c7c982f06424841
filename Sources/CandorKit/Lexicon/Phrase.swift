/// One spelling of a lexicon entry, split into tokens, with its case and context flags.
struct Phrase: Sendable {
  var words: [String]
  var folded: [String]
  var entry: Int
  var category: SkillCategory
  var caseSensitive: Bool
  var ambiguous: Bool
  /// True when another field's entry has the same spelling (see ``HomographSense``).
  var homograph = false

  init(
    tokens: [Token], entry: Int, category: SkillCategory, caseSensitive: Bool, ambiguous: Bool
  ) {
    self.words = tokens.map { String($0.text) }
    self.folded = tokens.map(\.folded)
    self.entry = entry
    self.category = category
    self.caseSensitive = caseSensitive
    self.ambiguous = ambiguous
  }

  private init(joined: String, folded: String, from phrase: Phrase) {
    self.words = [joined]
    self.folded = [folded]
    self.entry = phrase.entry
    self.category = phrase.category
    self.caseSensitive = false
    self.ambiguous = phrase.ambiguous
    self.homograph = phrase.homograph
  }

  /// A case-sensitive capitalised word that is also an everyday word ("Swift", "Excel").
  var isEverydayWord: Bool {
    guard caseSensitive, words.count == 1, let first = words[0].first else { return false }
    if let ascii = Self.asciiCase(words[0]) { return ascii.isCapitalised }
    return first.isUppercase && words[0].dropFirst().allSatisfy(\.isLowercase)
  }

  /// A one-word lowercase spelling ("telemetry", "nutrition"), which written with a
  /// capital after another capitalised word is more likely part of a name.
  var isCommonNoun: Bool {
    guard !caseSensitive, words.count == 1 else { return false }
    if let ascii = Self.asciiCase(words[0]) { return !ascii.hasCapital }
    return words[0].allSatisfy { !$0.isUppercase }
  }

  private typealias ASCIICase = (isCapitalised: Bool, hasCapital: Bool)

  /// The letter case of an ASCII word, read from its bytes (its only capitals are A–Z, its
  /// only lowercase letters a–z) without a Unicode look-up per character; nil for a word
  /// with other bytes. Capitalised: a capital, then lowercase letters only.
  private static func asciiCase(_ word: String) -> ASCIICase? {
    word.utf8.withContiguousStorageIfAvailable { bytes -> ASCIICase? in
      var isCapitalised = bytes.first.map { (0x41...0x5A).contains($0) } ?? false
      var hasCapital = false
      for (offset, byte) in bytes.enumerated() {
        guard byte < 0x80 else { return nil }
        if (0x41...0x5A).contains(byte) { hasCapital = true }
        if offset > 0, !(0x61...0x7A).contains(byte) { isCapitalised = false }
      }
      return (isCapitalised, hasCapital)
    } ?? nil
  }

  /// The phrase written as one word ("front end" → "frontend"), for two or three words.
  func joinedForm() -> Phrase? {
    guard (2...3).contains(words.count),
      folded.reduce(0, { $0 + $1.utf8.count }) >= 5,
      folded.allSatisfy(Plural.isLetters)
    else { return nil }
    return Phrase(joined: Self.concatenated(words), folded: Self.concatenated(folded), from: self)
  }

  /// `words` written together, their bytes copied once into a string of the right size
  /// (`joined()` and `+=` cost several times more for these short words).
  private static func concatenated(_ words: [String]) -> String {
    let total = words.reduce(0) { $0 + $1.utf8.count }
    return String(unsafeUninitializedCapacity: total) { buffer in
      var end = 0
      for word in words {
        let rest = UnsafeMutableBufferPointer(rebasing: buffer[end...])
        end += rest.initialize(from: word.utf8).1
      }
      return end
    }
  }

  /// True when the token at `index` has the letter case of word `offset`, or is its
  /// capitals in an all-caps run.
  func matchesCase(_ text: TokenText, _ index: Int, at offset: Int) -> Bool {
    let written = words[offset]
    let actual = text[index].text
    return actual == written || text.isShouting(index) && actual == written.uppercased()
  }

  /// True when `token` is this phrase's last word in the plural: "databases" for
  /// "database", "policies" for "policy", "APIs" for "API" (acronyms keep their capitals).
  func acceptsPlural(_ token: Token) -> Bool {
    let written = words[words.count - 1]
    if Plural.isAcronymPlural(token.text, of: written) { return true }
    let last = folded[folded.count - 1]
    guard !caseSensitive, last.count > 3 else { return false }
    return Plural.singulars(of: token.folded).contains(last)
  }
}
