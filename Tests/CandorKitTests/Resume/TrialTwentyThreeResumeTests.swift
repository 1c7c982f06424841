import Testing

@testable import CandorKit

/// Resume faults of trial 23: a PDF's running header with its name in spaced letters is no
/// employer.
@Suite struct TrialTwentyThreeResumeTests {
  static func read(_ text: String) throws -> Resume {
    try TrialThreeResumeTests.read(text)
  }

  @Test func aSpacedLetterRunningHeaderOnPageTwoIsNoEmployer() throws {
    let gap = String(repeating: " ", count: 40)
    let resume = try Self.read(
      """
      T A M S I N   O K O R O\(gap)Page 1 of 2
      Forklift Operator
      tamsin@example.com

      EXPERIENCE
      Lead Forklift Operator
      Brickfield Cold Storage, Camp Hill, PA
      Aug 2021 – Present
      • Loaded 120 trailers per week
      Tamsin Okoro – Resume\(gap)Page 1 of 2
      T A M S I N   O K O R O\(gap)Page 2 of 2
      Seasonal Picker
      Glazeworks Fulfillment, Carlisle, PA
      Nov 2017 – Jan 2018
      • Picked 1,100 units per shift
      """)
    let names = resume.work.compactMap(\.name)
    #expect(names == ["Brickfield Cold Storage", "Glazeworks Fulfillment"])
  }
}
