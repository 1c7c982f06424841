import Testing

@testable import CandorKit

/// A letter in another language is checked for its figures by value, and its relevance
/// category says what could not be read (credentials, degrees, titles, tools).
@Suite struct OtherLanguageClaimTests {
  /// Odile Marchetti's resume (invented), in English.
  static let resume = """
    Odile Marchetti
    odile@example.com

    EXPERIENCE
    Archivist, Pellworth County Records Office, 2018 – 2025
    - Scanned 40,000 parish records into a new catalogue
    - Ran a weekly history club that grew to 28 regular teens
    - Cut retrieval times by 35%

    EDUCATION
    MA Archives Management, Dunmoor University, 2017
    """

  static func review(_ body: String) throws -> Review {
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: resume))
    let letter = "Estimada Sra. Lane:\n\n\(body)\n\nAtentamente,\nOdile Marchetti\n"
    return LetterReviewer(spellChecker: nil).review(text: letter, resume: resume)
  }

  static func flagged(_ body: String) throws -> [String] {
    try review(body).findings.filter { $0.rule == "unsupported-claim" }.map(\.excerpt)
  }

  @Test func figuresTheResumeHoldsPassWhateverTheirFormatOrNoun() throws {
    let body = """
      En la Oficina de Pellworth digitalicé 40.000 registros parroquiales y fundé un club \
      semanal de historia que creció hasta 28 adolescentes, y reduje los tiempos un 35 % \
      desde 2018 con mis 7 años de experiencia.
      """
    #expect(try Self.flagged(body).isEmpty)
  }

  @Test func anInventedFigureIsAnError() throws {
    let body = """
      En la Oficina de Pellworth fundé un club semanal de historia para los vecinos que \
      creció hasta 85 adolescentes, y tengo un doctorado con honores de la universidad.
      """
    let review = try Self.review(body)
    let found = review.findings.filter { $0.rule == "unsupported-claim" }
    #expect(found.map(\.excerpt) == ["85"])
    #expect(found.first?.severity == .error)
  }

  @Test(arguments: [("reduje los costes un 28 %", ["28 %"]), ("ahorré 35 € al mes", ["35 €"])])
  func aPercentageOrMoneyNeedsTheSameKindInTheResume(clause: String, excerpts: [String]) throws {
    let body = "En la Oficina de Pellworth \(clause) para el archivo de la ciudad."
    #expect(try Self.flagged(body) == excerpts)
  }

  @Test func relevanceSaysWhatItCouldNotCheck() throws {
    let review = try Self.review(
      "En la Oficina de Pellworth digitalicé 40.000 registros para la ciudad y sus vecinos.")
    let relevance = try #require(review.category(.relevance))
    #expect(relevance.checked)
    #expect(relevance.notChecked == ["unsupported-claim (in part)", "unsupported-history"])
    #expect(
      review.notes.contains(
        "checked in part: relevance (unsupported-claim: credentials, degrees, schools, titles, "
          + "employers and tools are read in English phrases only; figures were compared by "
          + "value; not run, as they read English phrases: unsupported-history)"))
    let table = ReviewTextReporter.render(review, path: "carta.txt")
    #expect(table.contains("  relevance         15/15  checked in part\n"))
  }

  @Test func anEnglishLetterChecksEverythingItsCategoriesScore() throws {
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: Self.resume))
    let review = LetterReviewer(spellChecker: nil).review(
      text: "Dear Ms. Lane,\n\nI scanned 40,000 parish records.\n\nBest,\nOdile Marchetti\n",
      resume: resume)
    #expect(review.categories.allSatisfy { $0.notChecked == nil })
  }
}
