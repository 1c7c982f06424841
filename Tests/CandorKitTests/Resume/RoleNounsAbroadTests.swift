import Testing

@testable import CandorKit

@Suite struct RoleNounsAbroadTests {
  static let titles = [
    "Ingeniero de Software", "Desarrolladora", "Analista de Datos", "Jefe de Proyecto",
    "Enfermera", "Médico General", "Técnica de Laboratorio", "Tecnica de Laboratorio",
    "Maestra de Primaria", "Infirmière de nuit", "Lehrerin",
  ]

  @Test(arguments: titles)
  func resumeReaderKnowsTheTitle(_ title: String) {
    #expect(RoleWords.isTitle(title))
  }

  @Test(arguments: titles)
  func postingReaderKnowsTheTitle(_ title: String) {
    #expect(PostingRoleWords.isTitleLike(title))
  }

  @Test(arguments: ["Clínica Los Álamos", "Hospital Regional del Sur", "Lima, Perú"])
  func employersAndPlacesAreNotTitles(_ text: String) {
    #expect(!RoleWords.isTitle(text))
    #expect(!PostingRoleWords.isTitleLike(text))
  }

  @Test func spanishPostingTitleIsRead() throws {
    let posting = try PostingFixture.read("enfermera-turno-noche.txt")
    #expect(posting.title == "Enfermera de Turno Noche")
    #expect(posting.company == "Clínica Los Álamos")
    #expect(posting.language == "es")
  }

  @Test func spanishResumeTitlesAreSeparatedFromEmployers() throws {
    let resume = try ResumeReader.read(
      ResumeFixtureTests.file("spanish-roles.txt"), lexicon: TestLexicon.small,
      today: TestLexicon.today
    ).resume
    #expect(
      resume.work.map(\.position) == ["Enfermera", "Médico Residente", "Técnica de Laboratorio"])
    #expect(
      resume.work.map(\.name) == [
        "Clínica Los Álamos", "Hospital Regional del Sur", "Laboratorios Andes",
      ])
  }
}
