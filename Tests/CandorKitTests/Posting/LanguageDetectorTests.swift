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
}
