import Testing

@testable import CandorKit

/// An academic CV's header and references: a department, an address and an ORCID are no
/// introduction, and an APA reference is a publication, never an employer or a name.
@Suite struct ResearchCVTests {
  static func read(_ text: String, lexicon: Lexicon = TestLexicon.small) throws -> Resume {
    try ResumeReader.read(
      InputFile(name: "cv.txt", text: text), lexicon: lexicon, today: TestLexicon.today
    ).resume
  }

  static let body = """

    Research Experience
    2021–present  Postdoctoral Fellow, Halvorsen University
      - Mapped 12 enhancer regions with CUT&Tag in mouse embryos

    Education
    2015–2021  PhD, Molecular Biology, University of Lagos

    Publications
    Okafor, C. N., & Alvarez, R. (2024). Enhancers of the early heart. Dev Cell, 59(3), 1-14.
    Okafor, C. N., Lee, J.-H., & Ruiz, M. (2022). Chromatin in regenerating fins. Genes, 3(2), 1-9.
    """

  @Test(arguments: [
    "Department of Cell Biology, Kestrel Institute of Technology",
    "Faculty of Medicine and Health Sciences, University of Lagos, Lagos, Nigeria",
    "1200 Campus Drive, Room 4.12, Kestrel Building North, Boston, MA 02139",
  ])
  func headerLinesOfPlacesAreNoSummary(_ line: String) throws {
    let cv =
      "Curriculum Vitae\n\nChidi Okafor, PhD\n\(line)\nchidi@example.edu | ORCID "
      + "0000-0002-1825-0097\n" + Self.body
    let resume = try Self.read(cv)
    #expect(resume.basics?.name == "Chidi Okafor")
    #expect(resume.basics?.summary == nil)
  }

  @Test func aHeaderIntroductionStillBecomesTheSummary() throws {
    let cv =
      "Chidi Okafor\nchidi@example.edu\nDevelopmental biologist who maps enhancers in "
      + "mouse and zebrafish embryos\n" + Self.body
    let resume = try Self.read(cv)
    #expect(
      resume.basics?.summary
        == "Developmental biologist who maps enhancers in mouse and zebrafish embryos")
  }

  @Test func apaReferencesArePublicationsWithTitleJournalAndYear() throws {
    let resume = try Self.read("Chidi Okafor\nchidi@example.edu\n" + Self.body)
    let publications = resume.publications.map {
      [$0.name ?? "-", $0.publisher ?? "-", $0.releaseDate ?? "-"].joined(separator: " | ")
    }
    #expect(
      publications == [
        "Enhancers of the early heart | Dev Cell | 2024",
        "Chromatin in regenerating fins | Genes | 2022",
      ])
    #expect(resume.work.map(\.name) == ["Halvorsen University"])
  }

  @Test(arguments: [
    "Okafor, C. N., & Alvarez, R. (2024). Enhancers of the early heart. Dev Cell, 59(3), 1-14.",
    "Nwosu, A. (2023). A title alone.",
  ])
  func anAPAReferenceIsRecognised(_ line: String) {
    #expect(Citation.isAPA(line))
  }

  @Test(arguments: ["Okafor, Lee & Ruiz (2020). Our lab.", "Kestrel Institute (2019)."])
  func otherLinesWithAYearAreNoAPAReference(_ line: String) {
    #expect(!Citation.isAPA(line))
  }

  @Test(arguments: ["M.Acc., University of Colorado Boulder, 2018", "MAcc, Ohio State, 2019"])
  func aMasterOfAccountancyIsAMastersDegree(_ line: String) throws {
    let resume = try Self.read(
      "Dana Ruiz\ndana@example.com\n\nEducation\n\(line)\n", lexicon: .standard)
    #expect(DegreeRank.rank(resume.education.first?.studyType) == 3)
    #expect(Lexicon.standard.matches(in: line).map(\.term).contains("Master's degree"))
  }
}
