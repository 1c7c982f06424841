import Testing

@testable import CandorKit

/// A credential the letter names with its kind after it ("the … in Radiography
/// credential"), as `candor write` says a certificate, is shown by a certificate whose name
/// holds those words; one no certificate names stays an error (sixteenth new-user trial:
/// the writer's own letter failed its review).
@Suite struct CertificateNameClaimTests {
  static let resume = """
    Halvard Brisco
    halvard@example.com

    EXPERIENCE
    Radiologic Technologist, Pinecrest Imaging, 2021 – Present
    - Performed 40 exams a shift on a Level II trauma floor

    CERTIFICATIONS
    - ARRT Registered Technologist in Radiography, R.T.(R), 2023
    - BLS, American Heart Association, 2024
    """

  static func unsupported(_ sentence: String) throws -> [String] {
    let cv = try ResumeReader.read(InputFile(name: "cv.txt", text: resume))
    let letter =
      "Dear Ms. Okafor,\n\nAt Pinecrest Imaging I performed 40 exams a shift. \(sentence)"
      + "\n\nSincerely,\nHalvard Brisco\n"
    return LetterReviewer(spellChecker: nil).review(text: letter, job: nil, resume: cv)
      .findings.filter { $0.rule == "unsupported-claim" && $0.severity == .error }
      .map(\.excerpt)
  }

  @Test(arguments: [
    "I hold the ARRT Registered Technologist in Radiography credential (R.T.(R)).",
    "My Radiography certification is current.",
  ])
  func aCertificateNamedWithItsKindIsShown(_ sentence: String) throws {
    #expect(try Self.unsupported(sentence) == [])
  }

  @Test func aCredentialNoCertificateNamesIsAnError() throws {
    let found = try Self.unsupported("I hold the Mammography credential as well.")
    #expect(found == ["Mammography credential"])
  }
}
