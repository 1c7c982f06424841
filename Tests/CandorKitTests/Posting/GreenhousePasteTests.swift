import Testing

@testable import CandorKit

/// A posting copied from a Greenhouse page: the "at Company (View all jobs)" byline, sentence
/// case headings, and the application form under the posting.
@Suite struct GreenhousePasteTests {
  @Test func theBylineGivesTheCompanyAndStaysOutOfTheTitle() throws {
    let posting = try PostingFixture.read("greenhouse-paste.txt")
    #expect(posting.title == "Firmware Test Engineer")
    #expect(posting.company == "Lanternfish Instruments")
  }

  @Test func aTownRegionAndCountryLineIsTheLocation() throws {
    let posting = try PostingFixture.read("greenhouse-paste.txt")
    #expect(posting.location == "Halifax, Nova Scotia, Canada")
  }

  @Test func sentenceCaseHeadingsGiveTiersAndTheFormGivesNoRequirement() throws {
    let posting = try PostingFixture.read("greenhouse-paste.txt")
    #expect(
      posting.requirements.map { "\($0.tier): \($0.text)" } == [
        "required: 2+ years testing embedded firmware", "required: Python for test scripts",
        "required: Reading schematics", "preferred: Experience with Kubernetes",
      ])
    #expect(posting.notes.contains("set aside the application form from line 18"))
  }

  @Test func workRightQuestionsOutsideAFormAreNoRequirements() throws {
    let text = """
      Line Cook
      Juniper Table

      Requirements
      - 1+ year on a busy line
      - Are you legally authorized to work in the United States?
      - Will you now or in the future require sponsorship?
      - Must be authorized to work in the United States
      """
    let posting = try PostingFixture.read(text: text)
    #expect(
      posting.requirements.map(\.text) == [
        "1+ year on a busy line", "Must be authorized to work in the United States",
      ])
  }

  @Test func aUSCountryAfterTheStateIsDropped() {
    #expect(
      PlaceLine.place(in: "Pittsburgh, Pennsylvania, United States") == "Pittsburgh, Pennsylvania")
    #expect(PlaceLine.place(in: "Acme, Inc, London") == nil)
  }
}
