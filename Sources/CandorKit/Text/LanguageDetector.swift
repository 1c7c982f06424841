/// Guesses a document's language from its most common short words.
public enum LanguageDetector {
  /// ISO 639-1 code such as "en" or "es"; "en" when the text gives too little to tell.
  public static func detect(_ text: String) -> String {
    var counts: [String: Int] = [:]
    for word in words(in: text) where word.utf8.count <= longestMarker {
      for language in markers[word.lowercased()] ?? [] { counts[language, default: 0] += 1 }
    }
    let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    guard let top = ranked.first, top.value >= 3 else { return "en" }
    return top.key
  }

  /// The runs of letters in `text`. ASCII marks and spaces cut it into chunks on bytes;
  /// only a chunk with other characters is split by `Character`, whose letters need
  /// Unicode's tables.
  private static func words(in text: String) -> [Substring] {
    var words: [Substring] = []
    let bytes = text.utf8
    var start = bytes.startIndex
    var isASCII = true
    func cut(at end: String.Index) {
      let chunk = text[start..<end]
      if isASCII {
        if !chunk.isEmpty { words.append(chunk) }
      } else {
        words += chunk.split { !$0.isLetter }
      }
    }
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte >= 0x80 {
        isASCII = false
      } else if !((0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)) {
        cut(at: index)
        start = bytes.index(after: index)
        isASCII = true
      }
      index = bytes.index(after: index)
    }
    cut(at: bytes.endIndex)
    return words
  }

  /// Bytes in the longest marker word, with room for capitals that lowercase to fewer.
  private static let longestMarker = 4 * (markers.keys.map(\.count).max() ?? 0)

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

  private static let markers: [String: [String]] = {
    var map: [String: [String]] = [:]
    for (language, list) in words { for word in list { map[word, default: []].append(language) } }
    return map
  }()
}
