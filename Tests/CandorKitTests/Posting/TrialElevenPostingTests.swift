import Foundation
import Testing

@testable import CandorKit

/// Faults the eleventh new-user trial found in the posting reader, on invented postings.
@Suite struct TrialElevenPostingTests {
  static func posting(_ text: String) throws -> JobPosting {
    try PostingReader.read(InputFile(name: "posting.md", text: text), lexicon: .standard)
  }

  @Test func aTeamAfterTheTitlesCommaIsNotTheCompanyWhenABylineNamesIt() throws {
    let posting = try Self.posting(
      "## Pricing Analyst, Renewal Insights\n**Bramblecote Mutual** — Omaha, NE (hybrid)\n\n"
        + "Renewal Insights is the team that prices our policies. Renewal Insights works with "
        + "actuaries every day.\n\n## Requirements\n- 3+ years of SQL\n")
    #expect(posting.company == "Bramblecote Mutual")
  }

  @Test(arguments: [
    ("Medical Social Worker (LCSW)", "Medical Social Worker"),
    ("School Nurse (RN or LPN)", "School Nurse"),
    ("Pharmacy Technician (Part-Time)", "Pharmacy Technician"),
    ("Software Engineer (Platform)", "Software Engineer (Platform)"),
  ])
  func aLetterNamesTheRoleWithoutTheCredentialsItAsksFor(_ title: String, _ role: String) {
    #expect(RoleName.forProse(title) == role)
  }
}
