/// The languages a summary states in passing when no section lists them: "Fluent in
/// Vietnamese and English", "Speaks English and Twi", "speaks Vietnamese natively",
/// "Native Spanish speaker, fluent in English". Only a sentence with a word of speech or
/// level is read, so "English teacher" or "Latin American markets" name no language.
enum SummaryLanguages {
  /// Each language the summary's sentences state, with the level word said of it.
  static func read(_ summary: String) -> [Resume.Language] {
    var result: [Resume.Language] = []
    for (sentence, _) in Sentences.split(summary) {
      let words = sentence.split { !$0.isLetter && $0 != "'" && $0 != "," }
      guard words.contains(where: { cues.contains(fold($0)) }) else { continue }
      var index = 0
      while index < words.count {
        let (name, length) = name(at: index, in: words)
        defer { index += max(length, 1) }
        guard let name, !result.contains(where: { $0.language == name }) else { continue }
        var language = Resume.Language()
        language.language = name
        language.fluency = level(of: index + length - 1, in: words)
        result.append(language)
      }
    }
    return result
  }

  /// The longest language name of up to three capitalised words at `index` ("American Sign
  /// Language", "Haitian Creole", "Spanish") and the words it takes; a comma ends a name.
  private static func name(at index: Int, in words: [Substring]) -> (String?, Int) {
    for length in stride(from: min(3, words.count - index), through: 1, by: -1) {
      let run = words[index..<index + length]
      guard run.dropLast().allSatisfy({ !$0.hasSuffix(",") }),
        run.allSatisfy({ $0.first?.isUppercase == true })
      else { continue }
      let name = run.joined(separator: " ").trimming(charactersIn: ",")
      if name.count >= 3, LanguageNames.isLanguage(name) { return (name, length) }
    }
    return (nil, 1)
  }

  /// The level word of the language at `index`: the nearest one before it in its own
  /// clause (between commas), else the first after it there ("speaks Vietnamese natively"),
  /// else the nearest one before it in the sentence ("Fluent in Spanish, English and Twi").
  /// "Speaks Portuguese natively and is conversational in Tagalog" gives each its own.
  private static func level(of index: Int, in words: [Substring]) -> String? {
    func levelWord(_ word: Substring) -> String? { levels[fold(word)] }
    var start = index
    while start > 0, !words[start - 1].hasSuffix(",") { start -= 1 }
    var end = index
    while end < words.count - 1, !words[end].hasSuffix(",") { end += 1 }
    if let before = words[start..<index].reversed().lazy.compactMap(levelWord).first {
      return before
    }
    if let after = words[index...end].lazy.compactMap(levelWord).first { return after }
    return words[..<index].reversed().lazy.compactMap(levelWord).first
  }

  private static func fold(_ word: Substring) -> String {
    word.trimming(charactersIn: ",").lowercased()
  }

  /// The words of speech a sentence stating languages holds.
  private static let cues: Set<String> = Set(levels.keys).union([
    "speaks", "speak", "speaking", "language", "languages",
  ])

  /// Level words and the level each states.
  private static let levels: [String: String] = [
    "fluent": "fluent", "fluently": "fluent", "native": "native", "natively": "native",
    "bilingual": "bilingual", "trilingual": "trilingual", "conversational": "conversational",
    "proficient": "proficient",
  ]
}
