import Testing

@testable import CandorKit

/// A spelling two fields share ("RMA", "CMA", "GCP") alone on its line takes the sense of
/// the whole posting or resume, and is dropped only when the whole document shows none.
@Suite struct DocumentSenseTests {
  static func posting(_ intro: String, asks: [String]) throws -> JobPosting {
    try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # Coordinator

          \(intro)

          ## Requirements

          \(asks.map { "- " + $0 }.joined(separator: "\n"))
          """))
  }

  static func skills(of posting: JobPosting) -> [String] {
    posting.skills.map(\.term)
  }

  @Test func aLoneRMAInAClinicsPostingIsTheMedicalCredential() throws {
    let posting = try Self.posting(
      "Fernbrook Family Clinic needs help with phlebotomy and taking vital signs.",
      asks: ["RMA", "Friendly with patients"])
    #expect(Self.skills(of: posting).contains("Registered Medical Assistant"))
    #expect(!Self.skills(of: posting).contains("reverse logistics"))
    #expect(posting.requirements.map(\.text).contains("RMA"))
  }

  @Test func aLoneCMAInAnAccountingFirmsPostingIsTheAccountant() throws {
    let posting = try Self.posting(
      "Ledgerwell Partners does cost accounting and variance analysis for manufacturers.",
      asks: ["CMA", "Month-end close"])
    let cma = posting.skills.first { $0.spelling == "CMA" }
    #expect(cma?.term == "CMA")
    #expect(cma?.category == .certification)
    #expect(!Self.skills(of: posting).contains("Certified Medical Assistant"))
  }

  @Test func aLoneRMAInADocumentWithNoCueIsDropped() throws {
    let posting = try Self.posting("Quillmont is hiring.", asks: ["RMA", "Good attitude"])
    #expect(!Self.skills(of: posting).contains("Registered Medical Assistant"))
    #expect(!Self.skills(of: posting).contains("reverse logistics"))
  }

  @Test func aResumesLoneRMAIsReadInTheResumesSense() throws {
    let resume = try AskFixture.resume(
      """
      Experience
      Medical Assistant, Fernbrook Clinic, 2020 - Present
      - Drew blood for phlebotomy and took vital signs for 30 patients a day

      Certifications
      RMA
      """)
    #expect(resume.skills.map(\.term).contains("Registered Medical Assistant"))
  }

  @Test func matchFindsTheResumesLoneRMAForTheClinicsAsk() throws {
    let report = try AskFixture.report(
      role: "Medical Assistant", employer: "Fernbrook Family Clinic",
      asks: ["RMA", "Phlebotomy and vital signs"], resume: ["RMA"])
    #expect(report.keywords.first { $0.term == "RMA" }?.found == true)
  }

  @Test func theDocumentsSenseIsCountedOnlyWhenALineLeavesAHomographOpen() {
    var asked = 0
    let sense = DocumentSense {
      asked += 1
      return ["Phlebotomy and EKG"]
    }
    let lexicon = Lexicon.standard
    #expect(lexicon.matches(in: "RMA and phlebotomy", document: sense).count == 2)
    #expect(asked == 0)
    #expect(
      lexicon.matches(in: "RMA", document: sense).map(\.term) == [
        "Registered Medical Assistant"
      ])
    #expect(
      lexicon.matches(in: "CMA", document: sense).map(\.term) == [
        "Certified Medical Assistant"
      ])
    #expect(asked == 1)
  }
}
