import Testing

@testable import CandorKit

/// A credential asked for by its acronym is met by its spelled-out name, and a spoken
/// language is never advised as something to show in a role's highlights.
@Suite struct CredentialAndLanguageMatchTests {
  @Test func theSpelledOutCredentialMeetsTheAcronym() throws {
    let report = try AskFixture.report(
      role: "Veterinary Technician", asks: ["RVT"],
      resume: ["Registered Veterinary Technician (VA), 2021"])
    let rvt = try #require(report.keywords.first { $0.term == "RVT" })
    #expect(rvt.category == .certification)
    #expect(rvt.found)
    #expect(rvt.foundAs == "Registered Veterinary Technician")
  }

  @Test func aCredentialAfterTheNameMeetsTheAcronym() throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: "# Veterinary Technician\n\nBrindle Harbor Clinic is hiring.\n\n"
          + "## Requirements\n\n- RVT\n- 2+ years of related work\n"))
    let source = """
      Odalys Brennick, RVT
      odalys.brennick@example.com

      Experience
      Veterinary Technician, Copperline Clinic, 2020 - Present
      - Prepared 40 patients a week for surgery
      """
    let resume = try ResumeReader.read(InputFile(name: "resume.txt", text: source))
    let report = KeywordMatcher.match(posting: posting, resume: resume, resumeSource: source)
    let rvt = try #require(report.keywords.first { $0.term == "RVT" })
    #expect(rvt.found)
    #expect(rvt.locations.first?.section == "Name")
    #expect(rvt.locations.first?.line == 1)
  }

  @Test func aTownAfterTheNameIsNoCredential() {
    #expect(PostNominals.credentials(after: "Dana Reyes", in: "Dana Reyes, Denver, CO") == nil)
    #expect(
      PostNominals.credentials(after: "Angela Brooks", in: "ANGELA BROOKS, LCSW-C    Baltimore")
        == "LCSW-C")
  }

  @Test func aLanguageListedOnlyIsNotAdvisedForARole() throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # Kitchen Manager

          Brindle Harbor Grill is hiring.

          ## Requirements

          - Bilingual English/Spanish
          - Experience with Toast POS
          """))
    let resume = try AskFixture.resume(
      """
      Experience
      Sous Chef, Copperline Grill, 2020 - Present
      - Ran a line of 8 cooks

      Skills
      Toast POS

      Languages
      English, Spanish
      """)
    let report = KeywordMatcher.match(posting: posting, resume: resume)
    let advised = report.recommendations.filter { $0.kind == .showInRole }.map(\.term)
    #expect(report.keywords.first { $0.term == "English" }?.found == true)
    #expect(!advised.contains("English"))
    #expect(!advised.contains("Spanish"))
    #expect(advised.contains("Toast POS"))
  }
}
