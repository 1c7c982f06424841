import Testing

@testable import CandorKit

/// A hook is the sentence without an "About us:" label, and a sentence naming the company
/// in the possessive ("Fernhollow’s mission is …") is about the company.
@Suite struct HookOpeningTests {
  static func hooks(_ paragraph: String) throws -> [String] {
    try PostingFixture.read(
      text: """
        Program Coordinator
        Fernhollow Reading Trust
        Bend, OR

        \(paragraph)

        Requirements
        - 2+ years of program coordination
        """
    ).hooks.map(\.text)
  }

  @Test(arguments: [
    "About us: Fernhollow runs 14 reading rooms in rural Oregon.",
    "Who we are: Fernhollow runs 14 reading rooms in rural Oregon.",
  ])
  func anAboutLabelIsNoPartOfTheHook(_ paragraph: String) throws {
    #expect(try Self.hooks(paragraph) == ["Fernhollow runs 14 reading rooms in rural Oregon."])
  }

  @Test(arguments: ["Fernhollow’s", "Fernhollow's"])
  func aPossessiveNameMakesAMissionAHook(_ name: String) throws {
    let sentence = "\(name) mission is that every child in Deschutes County reads by age 8."
    #expect(try Self.hooks(sentence).contains(sentence))
  }
}
