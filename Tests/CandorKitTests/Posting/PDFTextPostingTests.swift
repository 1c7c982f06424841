import Testing

@testable import CandorKit

/// A posting extracted from a PDF as text: fields set side by side in columns, a running
/// header atop the second page, sentence-case qualification headings, and the person to
/// write to wrapped onto the next line.
@Suite struct PDFTextPostingTests {
  @Test func aSecondLabelInTheSameLineIsItsOwnField() throws {
    let posting = try PostingFixture.read("pdf-text-columns.txt")
    #expect(posting.location == "Bemidji, MN (on-site)")
    #expect(posting.salary?.minimum == 51_000)
    #expect(posting.salary?.maximum == 58_000)
    #expect(posting.salary?.period == .year)
  }

  @Test func sentenceCaseQualificationHeadingsGiveTheirTiers() throws {
    let posting = try PostingFixture.read("pdf-text-columns.txt")
    #expect(
      posting.requirements.map { "\($0.tier): \($0.text)" } == [
        "required: Bachelor's degree in journalism or a related field",
        "required: One year of newsroom experience",
        "preferred: Audio editing in Audition",
      ])
  }

  @Test func theRunningHeaderOfPageTwoIsNoDutyAndNoSecondPosting() throws {
    let posting = try PostingFixture.read("pdf-text-columns.txt")
    #expect(
      posting.responsibilities.map(\.text) == [
        "Cover school board and university meetings", "Produce two radio features a week",
      ])
    #expect(!posting.notes.contains { $0.contains("second posting") })
  }

  @Test func aRecipientWrappedAfterToIsRead() throws {
    let posting = try PostingFixture.read("pdf-text-columns.txt")
    #expect(posting.recipient?.name == "Marguerite Oyelaran")
  }
}
