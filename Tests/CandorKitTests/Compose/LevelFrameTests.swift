import Testing

@testable import CandorKit

/// The sentence that stresses the letter's level frames its evidence and claims no trait the
/// evidence may not back; the lead frame stands only on a team's size or a hire.
@Suite struct LevelFrameTests {
  static func work(_ text: String, metrics: [Quantity] = []) -> Evidence {
    Evidence(text: text, path: "work[0].highlights[0]", source: .work, metrics: metrics)
  }

  @Test(arguments: [
    ("Hired and trained 4 pharmacy technicians", true),
    ("Led the pricing strategy for the region", false),
    ("Promoted to shift lead after one year", false),
  ])
  func theLeadFrameNeedsATeamOrAHire(_ text: String, _ leadsPeople: Bool) {
    #expect(EvidenceRanker.showsPeopleLed(Self.work(text)) == leadsPeople)
  }

  @Test func aTeamsSizeIsEvidenceOfLeadingPeople() {
    let size = Quantity(
      text: "team of 6", value: 6, unit: nil, measure: .teamSize, context: "team of 6")
    let line = Self.work("Ran a team of 6 at the front desk", metrics: [size])
    #expect(EvidenceRanker.showsPeopleLed(line))
  }

  @Test func levelFramesClaimNoTrait() {
    let traits = [
      "I see my work through", "beyond my own", "past my own desk", "I build teams",
      "I pick things up", "I lead people", "seeing my work through",
    ]
    for tone in LetterOptions.Tone.allCases {
      let frames = PhraseBank.bundled(tone).level.values.flatMap { $0 }
      #expect(frames.count == 4)
      for frame in frames {
        #expect(!traits.contains { frame.contains($0) }, "\(tone): \(frame)")
      }
    }
  }
}
