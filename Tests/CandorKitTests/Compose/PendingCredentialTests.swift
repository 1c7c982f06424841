import Testing

@testable import CandorKit

/// A statement that names a credential as not held yet ("PMP candidate (exam booked …)")
/// is no evidence of the credential: the letter never says the resume shows it, and the
/// posting's ask for it stays a must-have the note reports (trial21 P1-7).
@Suite struct PendingCredentialTests {
  static func write(summary: String) throws -> Letter {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: "# Project Coordinator\n\nBriarfield Builders\n\n## Must have\n"
          + "- PMP certification\n- Experience with Procore\n"))
    let resume = try ResumeReader.read(
      InputFile(
        name: "cv.txt",
        text: "Tomas Reyna\ntomas@example.org\n\nSUMMARY\nSite coordinator for 4 years. "
          + "\(summary)\n\nEXPERIENCE\nSite Coordinator, Hollis Homes\nMay 2022 - Present\n"
          + "- Scheduled 12 subcontractors a week in Procore\n"), today: WriteCase.today)
    return try LetterWriter.write(
      posting: posting, resume: resume, options: .init(), today: "2026-12-05")
  }

  @Test func aCandidateStatementGivesNoEvidenceOfTheCredential() throws {
    let resume = try ResumeReader.read(
      InputFile(
        name: "cv.txt",
        text: "Tomas Reyna\n\nSUMMARY\nSite coordinator. PMP candidate (exam booked May 2027).\n"
          + "\nSKILLS\nProcore\n"),
      today: WriteCase.today)
    let statement = try #require(resume.evidence.first { $0.text.hasPrefix("PMP") })
    #expect(!statement.skills.contains("PMP"))
  }

  @Test func aPendingCredentialIsNeitherClaimedNorHiddenFromTheNote() throws {
    let letter = try Self.write(summary: "PMP candidate (exam booked May 2027).")
    #expect(!letter.text.contains("shows PMP"))
    #expect(letter.plan.unmetRequirements == ["PMP certification"])
  }

  @Test func aHeldCredentialInTheSummaryStillMeetsTheAsk() throws {
    let letter = try Self.write(summary: "PMP certified since 2023.")
    #expect(letter.plan.unmetRequirements == [])
  }

  @Test func aPendingFormTheAskAcceptsGivesNoClaimOfTheCredential() throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: "# Staff Accountant\n\nMarrow & Pike\n\n## Requirements\n"
          + "- CPA or CPA-eligible\n- Experience with QuickBooks\n"))
    let resume = try ResumeReader.read(
      InputFile(
        name: "cv.md",
        text: "# Lena Ortiz\nlena@example.org\n\n## Experience\n"
          + "### Staff Accountant — Brindle Farms, Ames, IA\n2021 – Present\n"
          + "- Reconciled 14 accounts monthly in QuickBooks\n\n## Certifications\n"
          + "- CPA-eligible (passed AUD and FAR, 2024)\n"), today: WriteCase.today)
    for tone in LetterOptions.Tone.allCases {
      let letter = try LetterWriter.write(
        posting: posting, resume: resume, options: .init(tone: tone), today: "2026-12-05")
      let text = letter.text.replacingOccurrences(of: "CPA-eligible", with: "")
      #expect(!text.contains("CPA"), "\(tone): \(letter.text)")
    }
  }
}
