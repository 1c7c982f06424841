/// Guesses a document's language from its most common short words.
public enum LanguageDetector {
  /// ISO 639-1 code such as "en" or "es"; "en" when the text gives too little to tell.
  public static func detect(_ text: String) -> String {
    // Counts by the language's place in `languages`, which is in name order.
    var counts = [Int](repeating: 0, count: languages.count)
    func add(_ mask: UInt8) {
      for index in languages.indices where mask & 1 << index != 0 { counts[index] += 1 }
    }
    // An ASCII word longer than every marker is neither a marker nor a telling spelling;
    // the other ASCII words are looked up by their bytes, without making a string.
    LetterWords.forEach(
      in: text, longestPlain: longestMarker,
      plain: { word in
        if let mask = plainMarker(word) { add(mask) }
      },
      other: { word in
        if let mask = markers[word] {
          add(mask)
        } else if let index = spelling(of: word).flatMap(languages.firstIndex) {
          counts[index] += 1
        }
      })
    // The most counted language, the first by name among equals. Three markers decide; two
    // do in a short text (a one-sentence letter body) where no other language has more
    // than one.
    var top = 0
    for index in counts.indices where counts[index] > counts[top] { top = index }
    let runnerUp = counts.indices.filter { $0 != top }.map { counts[$0] }.max() ?? 0
    guard counts[top] >= 3 || (counts[top] == 2 && runnerUp <= 1) else { return "en" }
    return languages[top]
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
  static let words: [String: [String]] = [
    "en": [
      "the", "and", "of", "to", "with", "for", "you", "our", "we", "are", "is", "will", "your",
      "this", "that", "be", "have", "an", "on", "as", "or", "in", "who", "what",
    ],
    "es": [
      "el", "los", "las", "del", "por", "para", "con", "una", "y", "que", "es", "se", "su",
      "sus", "como", "más", "nuestro", "nuestra", "tu", "al", "lo", "está", "somos", "ser",
      "porque", "tengo", "quiero", "mucho", "muy", "pero", "ustedes", "usted", "gracias",
    ],
    "pt": [
      "não", "em", "um", "uma", "com", "os", "do", "da", "dos", "das", "na", "no", "é", "são",
      "você", "seu", "sua", "pelo", "pela", "mais", "ao", "para", "nossa", "nosso", "tenho",
      "muito", "obrigado",
    ],
    "fr": [
      "le", "les", "des", "et", "du", "est", "pour", "qui", "dans", "sur", "avec", "vous",
      "nous", "au", "aux", "une", "sont", "ce", "cette", "votre", "notre", "être", "pas", "je",
      "suis", "très",
    ],
    "de": [
      "der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "ein",
      "eine", "für", "auf", "wir", "sie", "ihr", "werden", "oder", "auch", "bei", "im", "du",
      "ich", "mich", "sehr",
    ],
    "it": [
      "il", "di", "che", "e", "per", "con", "della", "non", "sono", "gli", "nel", "alla",
      "dei", "delle", "un", "una", "è", "ai", "nella", "lavoro", "siamo", "nostro", "nostra",
      "molto", "mio",
    ],
  ]

  private static let languages = words.keys.sorted()

  private static let longestMarker = markers.keys.map(\.utf8.count).max() ?? 0

  /// Each marker word with its languages, one bit each by place in `languages`.
  private static let markers: [String: UInt8] = {
    var map: [String: UInt8] = [:]
    for (index, language) in languages.enumerated() {
      for word in words[language] ?? [] { map[word, default: 0] |= 1 << index }
    }
    return map
  }()

  /// The ASCII markers of up to eight bytes as integers (``packed(_:)``) in ascending order,
  /// with their languages: a binary search finds a word without hashing a string.
  private static let plainMarkers: (keys: [UInt64], masks: [UInt8]) = {
    let pairs = markers.compactMap { word, mask in
      packed(Array(word.utf8)).map { ($0, mask) }
    }.sorted { $0.0 < $1.0 }
    return (pairs.map(\.0), pairs.map(\.1))
  }()

  /// The languages of the lowercased ASCII word `bytes`, if it is a marker.
  private static func plainMarker(_ bytes: [UInt8]) -> UInt8? {
    guard let key = packed(bytes) else {
      return markers[String(decoding: bytes, as: UTF8.self)]
    }
    let keys = plainMarkers.keys
    var (low, high) = (0, keys.count)
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < keys.count && keys[low] == key ? plainMarkers.masks[low] : nil
  }

  /// Up to eight ASCII bytes as one integer, the first in the lowest byte; nil for longer
  /// or non-ASCII text.
  private static func packed(_ bytes: [UInt8]) -> UInt64? {
    guard bytes.count <= 8, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
    var key: UInt64 = 0
    for (offset, byte) in bytes.enumerated() { key |= UInt64(byte) << (8 * offset) }
    return key
  }
}
