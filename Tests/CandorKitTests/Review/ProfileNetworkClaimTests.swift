import Testing

@testable import CandorKit

/// A resume's profile names its network: "my GitHub profile" in a letter is the resume's own.
@Suite struct ProfileNetworkClaimTests {
  @Test func aProfileTheResumeListsBacksTheLetterNamingItsNetwork() throws {
    let resume = """
      Idris Calloway
      idris@example.com · github.com/idrisc

      EXPERIENCE
      Classroom Teacher, Wrenfield Elementary, 2020 – 2024
      - Taught 24 students a year
      """
    let flagged = try UnsupportedClaims.excerpts(
      letter: "I taught 24 students a year. My GitHub profile holds my lesson tools; I can show "
        + "you them.", resume: resume, signer: "Idris Calloway")
    #expect(flagged.isEmpty)
  }
}
