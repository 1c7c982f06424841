import Testing

@testable import CandorKit

/// The imaging words a radiology or sonography posting uses are lexicon terms, and each
/// registry credential is its own.
@Suite struct RadiologyTermTests {
  static func terms(_ text: String) -> [String] {
    Lexicon.standard.matches(in: text).map(\.term)
  }

  @Test func radiologyToolsAndMethodsAreTerms() {
    #expect(
      Self.terms("Enter exam data in Epic Radiant and send images to PACS following ALARA")
        == ["Epic Radiant", "PACS", "ALARA"])
    #expect(Self.terms("Contrast injection experience") == ["contrast injection"])
  }

  @Test func eachARRTDisciplineIsItsOwnCredential() {
    #expect(
      Self.terms("ARRT (R) registration; ARRT (CT) within a year; ARRT (MR) a plus")
        == ["ARRT (R)", "ARRT (CT)", "ARRT (MR)"])
    #expect(Self.terms("R.T.(R)(ARRT)") == ["ARRT (R)"])
    #expect(Lexicon.standard.kinds(of: "ARRT (CT)") == ["ARRT"])
  }

  @Test func aStateLicenceIsNamedAsACredential() {
    #expect(
      CredentialCue.names(in: "Active Idaho Pharmacy Technician license")
        == ["Idaho Pharmacy Technician license"])
    #expect(
      CredentialCue.names(in: "Oregon Board of Medical Imaging license, 2023")
        == ["Oregon Board of Medical Imaging license"])
    #expect(
      CredentialCue.category(
        of: "Idaho Pharmacy Technician license", in: "Active Idaho Pharmacy Technician license")
        == .certification)
  }
}
