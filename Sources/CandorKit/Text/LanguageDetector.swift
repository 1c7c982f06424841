/// Guesses a document's language from its most common short words.
public enum LanguageDetector {
  /// ISO 639-1 code such as "en" or "es"; "en" when the text gives too little to tell.
  public static func detect(_ text: String) -> String {
    var counts: [String: Int] = [:]
    // An ASCII word longer than every marker is neither a marker nor a telling spelling.
    LetterWords.forEach(in: text, longestPlain: longestMarker) { word in
      if let languages = markers[word] {
        for language in languages { counts[language, default: 0] += 1 }
      } else if let language = spelling(of: word) {
        counts[language, default: 0] += 1
      }
    }
    let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    // Three markers decide; two do in a short text that shows no other language.
    guard let top = ranked.first, top.value >= 3 || (top.value == 2 && ranked.count == 1)
    else { return "en" }
    return top.key
  }

  /// The language whose spelling `word` shows ("ubicación", "años", "informação", "straße"):
  /// short texts such as a posting's headings and list items have few short words.
  private static func spelling(of word: String) -> String? {
    guard word.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
    return spellings.first { _, marks in marks.contains { word.containsText($0) } }?.0
  }

  private static let spellings: [(String, [String])] = [
    ("pt", ["ção", "ções", "ã", "õ"]), ("es", ["ción", "ñ"]), ("de", ["ß", "ä", "ö"]),
    ("it", ["ità"]),
  ]

  /// Short words common in one language and rare in the others.
  private static let words: [String: [String]] = [
    "en": [
      "the", "and", "of", "to", "with", "for", "you", "our", "we", "are", "is", "will", "your",
      "this", "that", "be", "have", "an", "on", "as", "or", "in", "who", "what",
    ],
    "es": [
      "el", "los", "las", "del", "por", "para", "con", "una", "y", "que", "es", "se", "su",
      "sus", "como", "más", "nuestro", "nuestra", "tu", "al", "lo", "está", "somos", "ser",
    ],
    "pt": [
      "não", "em", "um", "uma", "com", "os", "do", "da", "dos", "das", "na", "no", "é", "são",
      "você", "seu", "sua", "pelo", "pela", "mais", "ao", "para", "nossa", "nosso",
    ],
    "fr": [
      "le", "les", "des", "et", "du", "est", "pour", "qui", "dans", "sur", "avec", "vous",
      "nous", "au", "aux", "une", "sont", "ce", "cette", "votre", "notre", "être", "pas",
    ],
    "de": [
      "der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "ein",
      "eine", "für", "auf", "wir", "sie", "ihr", "werden", "oder", "auch", "bei", "im", "du",
    ],
    "it": [
      "il", "di", "che", "e", "per", "con", "della", "non", "sono", "gli", "nel", "alla",
      "dei", "delle", "un", "una", "è", "ai", "nella", "lavoro", "siamo", "nostro", "nostra",
    ],
  ]

  private static let longestMarker = markers.keys.map(\.utf8.count).max() ?? 0

  private static let markers: [String: [String]] = {
    var map: [String: [String]] = [:]
    for (language, list) in words { for word in list { map[word, default: []].append(language) } }
    return map
  }()
}
