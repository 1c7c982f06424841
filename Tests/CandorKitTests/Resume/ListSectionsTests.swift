import Testing

@testable import CandorKit

@Suite struct ListSectionsTests {
  struct CertificateCase: Sendable, CustomTestStringConvertible {
    var text: String
    var name: String?
    var issuer: String?
    var date: String?
    var testDescription: String { text }
  }

  static let certificates: [CertificateCase] = [
    // An expiry is not when the certificate was earned; its wording goes with it.
    .init(
      text: "BLS Provider, American Heart Association (expires 08/2027)", name: "BLS Provider",
      issuer: "American Heart Association"),
    .init(
      text: "Ohio RN License, #RN.612408 (expires 08/2027)", name: "Ohio RN License, #RN.612408"),
    .init(
      text: "Oregon Teaching License, Middle Level Science (valid through June 2029)",
      name: "Oregon Teaching License, Middle Level Science"),
    .init(text: "Food Handler Card, exp. 03/2026", name: "Food Handler Card"),
    // Other dates are kept, and the words that introduced them go.
    .init(
      text: "Forklift Operator Certification - sit-down counterbalance (renewed Feb 2026)",
      name: "Forklift Operator Certification - sit-down counterbalance", date: "2026-02"),
    .init(
      text: "Google Project Management Certificate (Coursera), completed March 2026",
      name: "Google Project Management Certificate (Coursera)", date: "2026-03"),
    .init(
      text: "First Aid / CPR, American Red Cross (2025)", name: "First Aid / CPR",
      issuer: "American Red Cross", date: "2025"),
    .init(
      text: "CPA candidate: passed FAR (Nov 2025) and AUD (Apr 2026)",
      name: "CPA candidate: passed FAR and AUD (Apr 2026)", date: "2025-11"),
    .init(
      text: "AppleCare Hardware Certification - Apple Support - 2019",
      name: "AppleCare Hardware Certification", issuer: "Apple Support", date: "2019"),
    // A comma that does not lead to an organisation keeps the name whole.
    .init(text: "Excel Expert, Level 2 (2023)", name: "Excel Expert, Level 2", date: "2023"),
  ]

  @Test(arguments: certificates)
  func readsCleanNameIssuerAndDate(_ example: CertificateCase) {
    let certificate = ListSections.certificate(
      BodyItem(text: example.text, line: 1, isBullet: true))
    #expect(certificate.name == example.name)
    #expect(certificate.issuer == example.issuer)
    #expect(certificate.date == example.date)
  }

  @Test(arguments: [
    (
      "Forklift Operator Certification - sit-down counterbalance and reach truck (renewed "
        + "Feb 2026)\nOSHA 10-Hour General Industry (2023)\nFirst Aid / CPR (2025)",
      3
    ),
    ("AWS Certified Cloud Practitioner, Amazon Web\nServices (2022)", 1),
    ("Certified Scrum Master (2021)\nrenewed in 2023 through Scrum Alliance", 1),
  ])
  func endsAnItemAtALineThatEndsOnADate(_ text: String, _ count: Int) {
    let section = ResumeSection(
      kind: .certificates, title: "Certifications", lines: Lines.read(text))
    #expect(ListSections.items(section, wrapWidth: 50).count == count)
  }
}
