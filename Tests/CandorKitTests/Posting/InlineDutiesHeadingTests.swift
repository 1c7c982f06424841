import Testing

@testable import CandorKit

@Suite struct InlineDutiesHeadingTests {
  @Test func dutiesAfterTheDescriptionOnOneLineAreRead() throws {
    let posting = try PostingFixture.read("duties-after-description.txt")
    #expect(
      posting.responsibilities.map(\.text) == [
        "Schedule installers across three regions", "Own the weekly parts order",
        "Answer customer calls about appointments.",
      ])
    #expect(posting.responsibilities.map(\.line) == [5, 5, 5])
    #expect(posting.requirements.map(\.text) == ["2+ years of scheduling experience"])
  }

  @Test func headingGluedToTheParagraphAndItsDutiesIsRead() throws {
    let posting = try PostingFixture.read("duties-glued-heading.txt")
    #expect(
      posting.responsibilities.map(\.text) == [
        "Guest Care - Answer guest messages by phone, email and chat within minutes.",
        "Team Lead - Coach four support agents and review their replies every week.",
        "Owner Updates - Send owners a monthly report on bookings and reviews.",
      ])
  }

  @Test(arguments: [
    (
      "Responsibilities: Process payroll for 300 staff; reconcile timesheets; answer questions.",
      [
        "Responsibilities:", "Process payroll for 300 staff", "reconcile timesheets",
        "answer questions.",
      ]
    ),
    (
      "We ship meters. Key Responsibilities: Talk to towns daily; listen and reply to calls.",
      [
        "We ship meters.", "Key Responsibilities:",
        "Talk to towns daily; listen and reply to calls.",
      ]
    ),
    (
      "Funciones: Preparar reportes; Limpiar datos",
      ["Funciones:", "Preparar reportes", "Limpiar datos"]
    ),
  ])
  func splitsTheHeadingOntoItsOwnLine(_ text: String, _ lines: [String]) {
    #expect(InlineDutiesHeading.split([TextLine(text, line: 3)]).map(\.text) == lines)
  }

  @Test(arguments: [
    "You will have responsibilities: many of them.", "Duties: none",
    "Our Responsibilities team builds tools.", "Responsibilities",
  ])
  func leavesOtherLinesAlone(_ text: String) {
    #expect(InlineDutiesHeading.split([TextLine(text, line: 3)]).map(\.text) == [text])
  }
}
