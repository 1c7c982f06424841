import Testing

@testable import CandorKit

/// A sentence that names the company and repeats the posting's own term about it ("I read
/// that Alder Pay runs point-of-sale terminals") states a fact about the company; the same
/// term in the writer's own work is still a claim the resume must back.
@Suite struct CompanyFactClaimTests {
  /// Priya Anand's resume (invented): cloud work, no point-of-sale or Kafka.
  static let resume = """
    Priya Anand
    priya@example.com

    EXPERIENCE
    Platform Engineer, Tessellate Cargo, 2019 – 2025
    - Built Terraform modules for 45 AWS accounts
    """

  static let job = """
    # Platform Engineer — Alder Pay

    Alder Pay runs point-of-sale terminals and Kafka pipelines for 9,000 cafes.

    ## Requirements
    - Terraform and AWS
    """

  static func flagged(_ sentence: String) throws -> [String] {
    try UnsupportedClaims.excerpts(
      letter: "I worked at Tessellate Cargo. \(sentence)", resume: resume,
      signer: "Priya Anand", job: job)
  }

  @Test(arguments: [
    "I read with interest that Alder Pay runs point-of-sale terminals for 9,000 cafes.",
    "I was glad to learn that Alder Pay streams orders through Kafka pipelines.",
  ])
  func thePostingsTermInAFactAboutTheCompanyIsNoClaim(_ sentence: String) throws {
    #expect(try Self.flagged(sentence).isEmpty)
  }

  @Test(arguments: [
    ("I built Kafka pipelines at Tessellate Cargo, as Alder Pay does.", ["Kafka"]),
    ("At Alder Pay I would build on my point-of-sale work.", ["point-of-sale"]),
  ])
  func theWritersOwnUseOfThePostingsTermIsStillChecked(
    _ sentence: String, _ excerpts: [String]
  ) throws {
    #expect(try Self.flagged(sentence) == excerpts)
  }
}
