import Testing

@testable import CandorKit

/// What a job board prints around a posting: sponsored ads for other jobs, "People also
/// viewed", the site footer, "Show more" and the company's rating block.
@Suite struct JobBoardClutterTests {
  @Test func aSponsoredAdAndTheBoardsSidebarGiveNoRequirements() throws {
    let posting = try PostingFixture.read("board-sponsored-ad.txt")
    #expect(
      posting.requirements.map(\.text) == [
        "4+ years running Kubernetes in production", "Python for automation",
        "On-call experience", "AWS certification",
      ])
    #expect(posting.company == "Tidemark Systems")
    #expect(!posting.lines.contains { $0.text.hasPrefix("©") || $0.text == "Show more" })
    #expect(posting.notes.contains { $0.contains("sponsored ad for another job") })
  }

  @Test func theCompanyRatingBlockEndsThePosting() throws {
    let posting = try PostingFixture.read("board-company-rating.txt")
    #expect(posting.requirements.map(\.text).last == "Python")
    #expect(posting.company == "Quarry Point Robotics")
    #expect(posting.salary?.minimum == 90_000)
    #expect(posting.salary?.maximum == 115_000)
    #expect(posting.salary?.currency == "CAD")
  }

  @Test func aPayLabelInsideASectionIsNoRequirement() throws {
    let text = """
      Développeur Java
      Rivage Numérique – Nantes, France

      Atouts
      - Connaissance de Kafka

      Salaire : 45 000 € – 55 000 € brut annuel
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.requirements.map(\.text) == ["Connaissance de Kafka"])
    #expect(posting.salary?.minimum == 45_000)
    #expect(posting.salary?.period == .year)
  }
}

/// A posting pasted twice into one file.
@Suite struct RepeatedPostingTests {
  @Test func aPostingPastedTwiceListsEachRequirementOnce() throws {
    let once = """
      Frontend Engineer
      Pixel Harbor
      San Diego, CA

      Requirements
      - 3+ years of React and TypeScript
      - Experience with accessibility (WCAG)

      """
    let posting = try PostingFixture.read(text: once + "\n" + once)
    #expect(
      posting.requirements.map(\.text) == [
        "3+ years of React and TypeScript", "Experience with accessibility (WCAG)",
      ])
    #expect(posting.company == "Pixel Harbor")
    #expect(posting.notes.contains { $0.hasPrefix("the posting was pasted twice") })
  }
}
