import Testing

@testable import CandorKit

/// A kind of tool the resume holds through a product is no unsupported claim: FreeRTOS is
/// a real-time operating system (trial25 N1-2: a true sentence scored 45/F).
@Suite struct HeldKindClaimTests {
  static func claims(_ sentence: String, resumeLine: String) throws -> [Finding] {
    let resume = try ResumeReader.read(
      InputFile(
        name: "cv.txt",
        text: "Ines Harrow\nines@example.org\n\nEXPERIENCE\nFirmware Engineer, Keelson Labs\n"
          + "Jan 2020 - Present\n- \(resumeLine)\n"))
    let letter = "Dear Ms. Ode,\n\n\(sentence)\n\nSincerely,\nInes Harrow\n"
    return LetterReviewer().review(text: letter, resume: resume).findings.filter {
      $0.rule == "unsupported-claim" && $0.severity == .error
    }
  }

  @Test func aKindHeldThroughItsProductIsBacked() throws {
    let findings = try Self.claims(
      "I have shipped firmware on a real-time operating system for six years.",
      resumeLine: "Wrote C drivers for 4 boards running FreeRTOS")
    #expect(findings.isEmpty, "\(findings.map(\.message))")
  }

  @Test func aKindTheResumeHoldsNoProductOfIsStillAnError() throws {
    let findings = try Self.claims(
      "I have shipped firmware on a real-time operating system for six years.",
      resumeLine: "Wrote C drivers for 4 bare-metal boards")
    #expect(findings.map(\.excerpt) == ["real-time operating system"])
  }
}
