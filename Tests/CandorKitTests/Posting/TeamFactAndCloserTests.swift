import Testing

@testable import CandorKit

/// A fact about the team and a closing word after a list are no requirements; a floor area
/// and a figure a product must meet are scale figures.
@Suite struct TeamFactAndCloserTests {
  static func requirements(_ extra: String) throws -> [String] {
    try PostingFixture.read(
      text: """
        Picker Packer
        Larchmont Cold Chain

        Qualifications
        - Able to lift 50 lbs
        \(extra)
        """
    ).requirements.map(\.text)
  }

  @Test(arguments: [
    "Team of 35 associates on 2nd shift.", "- A small crew of 6 drivers.",
    "Our team of 12 nurses covers nights.",
    "\nYou will excel in a role where accuracy matters.",
    "\nYou'll thrive here if you like a fast floor.",
    "\nIf this sounds like you, we'd like to meet.",
  ])
  func aTeamFactOrACloserIsNoRequirement(_ extra: String) throws {
    #expect(try Self.requirements(extra) == ["Able to lift 50 lbs"])
  }

  @Test(arguments: [
    "- Experience leading a team of 5", "- Comfortable in a team of 20 pickers",
  ])
  func aRequirementAboutATeamStays(_ extra: String) throws {
    let texts = try Self.requirements(extra)
    #expect(texts.count == 2)
  }

  @Test(arguments: [
    ("Larchmont runs a 250,000 sq ft freezer warehouse.", "250,000", "sq ft"),
    ("The sensor must draw under 15 µA while asleep.", "15", nil),
  ])
  func aFloorAreaOrASpecificationIsAScaleFigure(
    _ sentence: String, _ number: String, _ noun: String?
  ) throws {
    let posting = try PostingFixture.read(
      text: "Picker Packer\nLarchmont Cold Chain\n\nAbout us\n\(sentence)\n")
    let figure = posting.scaleFigures.first { $0.quantity.text.hasPrefix(number) }
    #expect(figure != nil)
    #expect(figure?.noun == noun)
  }
}
