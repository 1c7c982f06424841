import Testing

@testable import CandorKit

/// A credential the lexicon lacks, which the posting asks for as one ("Immunization
/// certification (APhA)"), is held by a resume certificate that names it, and is then no
/// must-have the letter reports as missing (twelfth trial).
@Suite struct AskedCertificationTests {
  static func unmet(certificate: String) throws -> [String] {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: "# Dispensary Technician\n\nMarrowgate Pharmacy\n\n## Must have\n"
          + "- Compounding certification (QZPA)\n- Experience with PioneerRx\n"))
    let resume = try ResumeReader.read(
      InputFile(
        name: "cv.txt",
        text: "Ilse Varga\nilse@example.org\n\nEXPERIENCE\nPharmacy Technician, Larkfield "
          + "Pharmacy\nMay 2020 - Present\n- Filled 240 prescriptions a day in PioneerRx\n\n"
          + "LICENSES AND CERTIFICATIONS\nOregon Technician License #5521, 2020\n"
          + "\(certificate)\n"), today: WriteCase.today)
    return try LetterWriter.write(
      posting: posting, resume: resume, options: .init(), today: "2026-12-05"
    ).plan.unmetRequirements
  }

  @Test func aCertificateNamingTheAskedCredentialMeetsIt() throws {
    #expect(try Self.unmet(certificate: "QZPA Pharmacy-Based Compounding Delivery, 2022") == [])
  }

  @Test func aCertificateNamingAnotherLeavesItUnmet() throws {
    #expect(
      try Self.unmet(certificate: "Basic Life Support, 2022") == [
        "Compounding certification (QZPA)"
      ])
  }
}
