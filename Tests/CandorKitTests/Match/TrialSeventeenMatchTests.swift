import Testing

@testable import CandorKit

/// Match gaps trial users found: either/or asks read as stuffing, a word cut from a shared
/// head ("Unit and UI testing"), a monthly close said in other words, a credential ask met
/// by the act ("Performed CPR"), a state's licence and a radiology credential's discipline.
@Suite struct TrialSeventeenMatchTests {
  static func report(posting: String, resume: String) throws -> MatchReport {
    let job = try PostingReader.read(InputFile(name: "posting.md", text: posting))
    let cv = try ResumeReader.read(
      InputFile(name: "resume.txt", text: "Ines Marvale\nines@example.com\n\n" + resume))
    return KeywordMatcher.match(posting: job, resume: cv)
  }

  /// A posting from `employer` for `role` that asks for `asks`.
  static func posting(_ role: String, _ employer: String, asks: [String]) -> String {
    "# \(role)\n\n\(employer) is hiring.\n\n## Requirements\n"
      + asks.map { "- \($0)\n" }.joined()
  }

  static func result(_ term: String, in report: MatchReport) -> KeywordResult? {
    report.keywords.first { $0.term == term }
  }

  @Test func namingBothOptionsOfAnEitherOrAskIsNotStuffing() throws {
    let report = try Self.report(
      posting: Self.posting(
        "iOS Developer", "Quillfern",
        asks: ["Experience with Core Data or SQLite", "Swift and SwiftUI"]),
      resume: """
        Experience
        iOS Developer, Brackwater Apps, 2021 - Present
        - Moved storage from Core Data to SQLite, cutting launch time from 2.0 s to 0.9 s
        - Built 6 SwiftUI screens for a recipe app used by 40,000 people
        - Wrote the offline sync layer that keeps drafts safe when the network drops
        - Reviewed pull requests for a team of 4 engineers and mentored 1 intern

        Skills
        Swift, SwiftUI, Core Data, SQLite
        """)
    #expect(report.warnings.filter { $0.kind == .density }.map(\.message) == [])
    #expect(Self.result("Core Data or SQLite", in: report)?.found == true)
  }

  @Test func aTermSharingItsHeadIsAskedForWhole() throws {
    let report = try Self.report(
      posting: Self.posting(
        "iOS Developer", "Quillfern", asks: ["Unit and UI testing with XCTest"]),
      resume: "Skills\nSwift, XCTest\n")
    let terms = report.keywords.map(\.term)
    #expect(terms.contains("unit testing"))
    #expect(!terms.contains("Unit"))
    #expect(Self.result("XCTest", in: report)?.found == true)
  }

  @Test func aMonthlyCloseMeetsAMonthEndCloseAsk() throws {
    let report = try Self.report(
      posting: Self.posting(
        "Staff Accountant", "Ferrowind Books", asks: ["Month-end close"]),
      resume: """
        Experience
        Accountant, Tallow Creek Farms, 2020 - Present
        - Cut the monthly close from 9 to 5 business days
        """)
    #expect(Self.result("Month-end close", in: report)?.found == true)
  }

  @Test func performingCPRIsNoCPRCertification() throws {
    let posting = Self.posting(
      "Lifeguard", "Gullrock Pools", asks: ["CPR certification required"])
    let acted = try Self.report(
      posting: posting,
      resume: """
        Experience
        Lifeguard, Gullrock Pools, 2021 - Present
        - Performed CPR on a swimmer until paramedics arrived
        """)
    #expect(Self.result("CPR", in: acted)?.found == false)
    let certified = try Self.report(
      posting: posting,
      resume: """
        Experience
        Lifeguard, Gullrock Pools, 2021 - Present
        - Performed CPR on a swimmer until paramedics arrived

        Certifications
        CPR and First Aid, American Red Cross, 2024
        """)
    #expect(Self.result("CPR", in: certified)?.found == true)
  }

  @Test func aStateLicenceIsACredentialKeyword() throws {
    let report = try Self.report(
      posting: Self.posting(
        "Pharmacy Technician", "Sagebrook Pharmacy",
        asks: ["Active Idaho Pharmacy Technician license"]),
      resume: """
        Skills
        Prescription entry, inventory

        Certifications
        Idaho Pharmacy Technician License, 2022
        """)
    let licence = Self.result("Idaho Pharmacy Technician license", in: report)
    #expect(licence?.category == .certification)
    #expect(licence?.found == true)
  }

  @Test func anotherARRTDisciplineDoesNotMeetACTAsk() throws {
    let report = try Self.report(
      posting: Self.posting(
        "CT Technologist", "Larkmoor Imaging",
        asks: ["ARRT (CT) certification", "ARRT (R) registration"]),
      resume: """
        Skills
        Patient positioning, PACS

        Certifications
        ARRT Registered Technologist in Radiography, R.T.(R), 2021
        """)
    #expect(Self.result("ARRT (CT)", in: report)?.found == false)
    #expect(Self.result("ARRT (R)", in: report)?.found == true)
  }
}

/// A paralegal's job title is no paralegal certificate (trial18): the credential ask is met
/// by the certificate only.
@Suite struct ParalegalCertificateMatchTests {
  static let posting = TrialSeventeenMatchTests.posting(
    "Litigation Paralegal", "Marrowgate Law",
    asks: ["Paralegal certificate (ABA-approved) or NALA Certified Paralegal (CP)"])

  static let work = """
    Experience
    Paralegal, Fenwright & Oduya LLP, 2020 - Present
    - Drafted 250 discovery responses for 6 trial teams
    """

  @Test func aParalegalTitleDoesNotMeetTheCertificateAsk() throws {
    let report = try TrialSeventeenMatchTests.report(posting: Self.posting, resume: Self.work)
    let asks = report.keywords.filter { $0.category == .certification }
    #expect(!asks.isEmpty)
    #expect(asks.allSatisfy { !$0.found })
  }

  @Test func theCertificateMeetsIt() throws {
    let report = try TrialSeventeenMatchTests.report(
      posting: Self.posting,
      resume: Self.work
        + "\nCertifications\nCertificate in Paralegal Studies, Dunmore Community College, 2019\n")
    let asks = report.keywords.filter { $0.category == .certification }
    #expect(asks.contains { $0.found })
  }
}
