import Testing

@testable import CandorKit

/// ALARA (keeping doses as low as reasonably achievable) is a radiation-safety practice: a
/// resume that states it meets an ask for radiation safety; the wider term never meets an
/// ask for ALARA itself.
@Suite struct RadiationSafetyPracticeTests {
  static func found(ask: String, highlight: String) throws -> Bool? {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # Radiologic Technologist

          Kestrel Valley Imaging is hiring.

          ## Requirements

          - \(ask)
          - 2+ years of diagnostic imaging experience
          """))
    let resume = try AskFixture.resume(
      "Experience\nRadiologic Technologist, Brindle County Hospital, 2020 - Present\n- "
        + highlight)
    let report = KeywordMatcher.match(posting: posting, resume: resume)
    return report.keywords.first { $0.tier == .required && $0.category != .title }?.found
  }

  @Test func alaraPracticeMeetsARadiationSafetyAsk() throws {
    let found = try Self.found(
      ask: "Knowledge of radiation safety", highlight: "Followed ALARA for every radiograph")
    #expect(found == true)
  }

  @Test func radiationSafetyDoesNotMeetAnAlaraAsk() throws {
    let found = try Self.found(
      ask: "Working knowledge of ALARA", highlight: "Kept up radiation safety training")
    #expect(found == false)
  }
}
