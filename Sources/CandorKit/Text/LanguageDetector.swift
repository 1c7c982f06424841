/// Guesses a document's language from its most common short words.
public enum LanguageDetector {
  /// ISO 639-1 code such as "en" or "es"; "en" when the text gives too little to tell.
  public static func detect(_ text: String) -> String {
    var counts: [String: Int] = [:]
    LetterWords.forEach(in: text) { word in
      for language in markers[word] ?? [] { counts[language, default: 0] += 1 }
    }
    let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    guard let top = ranked.first, top.value >= 3 else { return "en" }
    return top.key
  }

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
