import Testing

@testable import CandorKit

@Suite struct BodyItemsTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var items: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "marks on their own lines, items after them",
      text: "•\n•\n\nSet up hardware in twelve offices for the headquarters building and its\n"
        + "branches\nTrain new technicians",
      items: [
        "Set up hardware in twelve offices for the headquarters building and its branches",
        "Train new technicians",
      ]),
    Case(
      name: "bullet wrapped onto a capitalised line",
      text: "• Developed services using Java and Spring\nBoot\n• Wrote tests",
      items: ["Developed services using Java and Spring Boot", "Wrote tests"]),
    Case(
      name: "paragraph split into sentences",
      text: "Built the billing API. Cut costs by 20%. Mentored 2 interns.",
      items: ["Built the billing API.", "Cut costs by 20%.", "Mentored 2 interns."]),
    Case(
      name: "technology list stays with its sentence",
      text: "Migrated jobs from SunOS to Linux. Ksh, Perl, Oracle.\nPerl, Sybase.",
      items: ["Migrated jobs from SunOS to Linux. Ksh, Perl, Oracle. Perl, Sybase."]),
    Case(
      name: "hyphen broken across lines",
      text: "• Integrated a third-\nparty payments API",
      items: ["Integrated a third-party payments API"]),
    Case(
      name: "labels over lists are not statements",
      text:
        "Responsibilities and Achievements:\n♦ Led the audit\nKey Responsibilities\n♦ Filed taxes",
      items: ["Led the audit", "Filed taxes"]),
    Case(
      name: "flattened description label",
      text: "description - 1. Worked as an agent for 10 years\n2. Won a prize",
      items: ["Worked as an agent for 10 years", "Won a prize"]),
    Case(
      name: "missing space between sentences",
      text: "Wrote testable code.Handling client queries daily.",
      items: ["Wrote testable code.", "Handling client queries daily."]),
  ]

  @Test(arguments: cases)
  func readsStatements(_ example: Case) {
    let items = BodyItems.read(Lines.read(example.text), wrapWidth: 80)
    #expect(items.map(\.text) == example.items)
  }

  @Test func sentencesKeepTheLineTheyStartOn() {
    let items = BodyItems.read(
      Lines.read(
        "Led the migration of forty services to a new cluster over six months. Cut\n"
          + "costs by half."), wrapWidth: 70)
    #expect(items.map(\.line) == [1, 1])
    #expect(items.last?.text == "Cut costs by half.")
  }
}
