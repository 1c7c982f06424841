import Testing

@testable import CandorKit

@Suite struct LanguageDetectorTests {
  static let samples: [(String, String)] = [
    ("en", "We are looking for an engineer who will own the design of our services and the team."),
    (
      "es",
      "Buscamos un analista con experiencia en el manejo de datos "
        + "para el área de riesgos y su equipo."
    ),
    (
      "de",
      "Wir suchen eine Entwicklerin, die mit uns an der Planung arbeitet "
        + "und das Team unterstützt."
    ),
    (
      "fr",
      "Nous recherchons une personne pour rejoindre notre équipe et "
        + "développer des outils avec vous."
    ),
    (
      "pt",
      "Procuramos uma pessoa para a nossa equipe com experiência em dados "
        + "e você vai trabalhar no projeto."
    ),
    (
      "it",
      "Cerchiamo una persona per il nostro team che sia in grado di "
        + "lavorare con gli strumenti della società."
    ),
    ("en", "SQL, Python"),
    // Short texts: a language's spellings count when its short words are few.
    ("es", "Ubicación: Lima\nRequisitos\n- 2 años de experiencia con Java"),
    ("pt", "Localização: Recife\nRequisitos\n- Gestão de estoque"),
    ("en", "Senior Engineer, São Paulo office\nWe use the tools you know and love."),
  ]

  @Test(arguments: samples)
  func detectsTheLanguageFromCommonShortWords(_ sample: (String, String)) {
    #expect(LanguageDetector.detect(sample.1) == sample.0)
  }

  @Test func countsAWordForEveryLanguageThatUsesItAndBreaksTiesByName() {
    // "una" and "con" are Spanish and Italian, "para" Spanish and Portuguese.
    #expect(LanguageDetector.detect("una con para una con") == "es")
    #expect(LanguageDetector.detect("Con una e tre") == "it")
    #expect(LanguageDetector.detect("El el EL, le le LE") == "es")
    // Two markers decide only when no other language shows more than one; "nuestros" is
    // none.
    #expect(LanguageDetector.detect("nuestro nuestros nuestro") == "es")
    #expect(LanguageDetector.detect("nuestro nuestros le") == "en")
    #expect(LanguageDetector.detect("nuestro nuestro le") == "es")
    #expect(LanguageDetector.detect("nuestro nuestro le le") == "en")
  }

  /// The detector looks ASCII words up by their bytes; the answers are those of counting
  /// every word's string in a dictionary, as it did before.
  @Test func looksWordsUpByBytesAsByStrings() {
    let pieces = [
      "el ", "The ", "und ", "Más ", "una ", "e ", "x", ", ", "nuestro", "ção ", "NOUS ",
      "über ", "\n", "-", "é ", "e\u{301} ", "da ", "para", "Ñ", "werden ", "olá ",
    ]
    for text in GeneratedText.strings(from: pieces, seed: 11, count: 3000) {
      #expect(LanguageDetector.detect(text) == Self.detectByStrings(text), "\(text)")
    }
  }

  private static func detectByStrings(_ text: String) -> String {
    var markers: [String: [String]] = [:]
    for (language, list) in LanguageDetector.words {
      for word in list { markers[word, default: []].append(language) }
    }
    let spellings =
      [("pt", ["ção", "ções", "ã", "õ"]), ("es", ["ción", "ñ"])]
      + [("de", ["ß", "ä", "ö"]), ("it", ["ità"])]
    var counts: [String: Int] = [:]
    for word in text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init) {
      if let languages = markers[word] {
        for language in languages { counts[language, default: 0] += 1 }
      } else if word.utf8.contains(where: { $0 >= 0x80 }),
        let (language, _) = spellings.first(where: { $0.1.contains { word.containsText($0) } })
      {
        counts[language, default: 0] += 1
      }
    }
    let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    let runnerUp = ranked.dropFirst().first?.value ?? 0
    guard let top = ranked.first, top.value >= 3 || (top.value == 2 && runnerUp <= 1)
    else { return "en" }
    return top.key
  }
}
