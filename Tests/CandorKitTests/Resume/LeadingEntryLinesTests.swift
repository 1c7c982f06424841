import Testing

@testable import CandorKit

/// A work section's lines before its first dated heading are kept: bullets above the
/// heading belong to that entry, and a title line without dates over bullets is an entry
/// of its own.
@Suite struct LeadingEntryLinesTests {
  @Test func bulletsAboveTheFirstDatedHeadingStayInItsEntry() throws {
    let resume = try AskFixture.resume(
      """
      Experience
      - Trained 9 seasonal workers on drip irrigation
      - Cut water use by 18% across 4 greenhouses
      Greenhouse Lead, Saguaro Growers, Tucson, AZ
      June 2021 - present

      Nursery Associate, Desert Bloom Nursery, Tucson, AZ
      March 2019 - May 2021
      - Potted about 300 seedlings a day
      """)
    let work = resume.resume.work
    #expect(work.map(\.position) == ["Greenhouse Lead", "Nursery Associate"])
    #expect(
      work.first?.highlights == [
        "Trained 9 seasonal workers on drip irrigation",
        "Cut water use by 18% across 4 greenhouses",
      ])
  }

  @Test func anUndatedTitleOverBulletsIsAnEntry() throws {
    let resume = try AskFixture.resume(
      """
      Experience
      Greenhouse Lead, Saguaro Growers
      - Trained 9 seasonal workers on drip irrigation

      Nursery Associate, Desert Bloom Nursery, Tucson, AZ
      March 2019 - May 2021
      - Potted about 300 seedlings a day
      """)
    let work = resume.resume.work
    #expect(work.map(\.position) == ["Greenhouse Lead", "Nursery Associate"])
    #expect(work.first?.name == "Saguaro Growers")
    #expect(work.first?.highlights == ["Trained 9 seasonal workers on drip irrigation"])
  }
}
