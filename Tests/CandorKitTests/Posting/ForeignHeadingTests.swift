import Testing

@testable import CandorKit

/// Headings in French, German and Spanish, written in sentence case, head their sections.
@Suite struct ForeignHeadingTests {
  @Test func frenchSentenceCaseHeadingsHeadDutiesAndRequirements() throws {
    let posting = try PostingFixture.read("french-sentence-case.txt")
    #expect(
      posting.responsibilities.map(\.text) == [
        "Concevoir des services de facturation", "Revoir le code de l'équipe",
      ])
    #expect(
      posting.requirements.map { "\($0.tier): \($0.text)" } == [
        "required: 3 ans d'expérience minimum en Java", "required: Maîtrise de PostgreSQL",
        "preferred: Connaissance de Kubernetes",
      ])
  }

  @Test(arguments: [
    ("Profil recherché", PostingSectionKind.requirements), ("Missions", .responsibilities),
    ("Vos missions", .responsibilities), ("Compétences", .requirements),
    ("Ihr Profil", .requirements), ("Ihre Aufgaben", .responsibilities),
    ("Requisitos", .requirements), ("Responsabilidades", .responsibilities),
    ("Our Mission", .about),
  ])
  func aHeadingOnItsOwnLineNamesItsSection(_ heading: String, _ kind: PostingSectionKind) {
    let lines = [TextLine(heading, line: 1)]
    let sectioned = SectionClassifier.classify(lines)
    #expect(sectioned.first?.isHeading == true)
    #expect(sectioned.first?.section == kind)
  }
}
