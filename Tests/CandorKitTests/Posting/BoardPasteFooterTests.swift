import Testing

@testable import CandorKit

/// A job-board paste whose must-haves sit under "What we need" and whose footer gives the
/// post's age and applicant count: the list is read as required, the footer as the board's.
@Suite struct BoardPasteFooterTests {
  static let posting = """
    Home > Jobs > Retail > Store Lead
    Sign in | Create alert

    Store Lead
    Pinecone Outfitters
    Missoula, MT | Full-time

    What you'll do
    * Open and close the store five days a week
    * Coach 8 sales associates

    What we need
    * 2+ years of retail experience
    * Cash handling

    Nice to have
    * Bilingual English/Spanish

    Reposted 3 days ago · Over 60 applicants
    Report this job   Share   Save
    """

  @Test func theListUnderWhatWeNeedIsRequiredAndTheFooterIsNoRequirement() throws {
    let job = try PostingReader.read(InputFile(name: "posting.txt", text: Self.posting))
    let required = job.requirements.filter { $0.tier == .required }.map(\.text)
    #expect(required == ["2+ years of retail experience", "Cash handling"])
    #expect(!job.requirements.contains { $0.text.contains("applicants") })
    #expect(job.title == "Store Lead")
  }

  @Test(arguments: [
    "Posted 2 days ago · 41 applicants", "Reposted 1 week ago", "Posted an hour ago",
  ])
  func aPostAgeLineIsTheBoards(_ line: String) throws {
    let text = Self.posting.replacingOccurrences(
      of: "Reposted 3 days ago · Over 60 applicants", with: line)
    let job = try PostingReader.read(InputFile(name: "posting.txt", text: text))
    #expect(!job.requirements.contains { $0.text == line })
  }
}
