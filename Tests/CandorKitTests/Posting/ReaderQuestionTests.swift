import Testing

@testable import CandorKit

/// Questions put to the reader head the lines around them and are no duty or requirement.
@Suite struct ReaderQuestionTests {
  @Test func questionsToTheReaderAreNeitherDutiesNorRequirements() throws {
    let posting = try PostingFixture.read("reader-questions.txt")
    #expect(
      posting.responsibilities.map(\.text) == ["Answer guest calls, emails and chats every day"])
    #expect(
      posting.requirements.map(\.text) == [
        "Calm under pressure with upset guests", "Two years of customer service",
      ])
  }

  @Test(arguments: [
    ("You?", PostingSectionKind.requirements), ("Is this you?", .requirements),
    ("Sound like you?", .apply), ("Interested?", .apply),
  ])
  func aShortQuestionOpensTheSectionItPointsTo(_ text: String, _ kind: PostingSectionKind) {
    #expect(ReaderQuestion.kind(text) == kind)
  }

  @Test(arguments: ["Who is Harbor Stays?", "Do you have 3+ years of SQL and a valid license?"])
  func otherQuestionsHeadNothing(_ text: String) {
    #expect(ReaderQuestion.kind(text) == nil)
  }
}
