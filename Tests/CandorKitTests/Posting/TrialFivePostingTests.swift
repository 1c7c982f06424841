import Foundation
import Testing

@testable import CandorKit

/// Postings shaped as the fifth trial's were: JSON-LD with an address in one string and a
/// months-of-experience field, a requirement list run into one paragraph, a place with its
/// way of working spelled out, pay given as two front matter keys, a board's rating under
/// the company, and a resume given where a posting was asked for.
@Suite struct TrialFivePostingTests {
  @Test func aJSONLDAddressInOneStringGivesTheTown() throws {
    let posting = try PostingFixture.read("jsonld-string-address.html")
    #expect(posting.location == "Boise, ID")
    #expect(posting.company == "Quillfeather Health Plans")
  }

  @Test func anUnlabelledListUnderTheOpeningIsTheDuties() throws {
    let posting = try PostingFixture.read("jsonld-string-address.html")
    #expect(
      posting.responsibilities.map(\.text) == [
        "Answer member questions about coverage", "Audit enrollment files every month",
      ])
  }

  @Test func aRequirementListInOneParagraphIsRequired() throws {
    let posting = try PostingFixture.read("jsonld-string-address.html")
    let required = posting.requirements.filter { $0.tier == .required }.map(\.text)
    #expect(
      required == [
        "Knowledge of COBRA rules", "Advanced Excel skills", "Clear written English.",
        "3 years of experience",
      ])
    #expect(posting.requirements.last?.years == 3)
  }

  @Test func monthsOfExperienceAddNothingWhenTheTextStatesYears() throws {
    #expect(JSONLDPosting.experience(months: 24) == "2 years of experience")
    #expect(JSONLDPosting.experience(months: 12) == "1 year of experience")
    #expect(JSONLDPosting.experience(months: 18) == "18 months of experience")
  }

  @Test func aPlaceWithItsWayOfWorkingSpelledOutIsTheLocation() throws {
    let text = """
      Patent Translator (German > English)
      Fernhill Language Partners Ltd
      Manchester, UK (hybrid, 3 days in office)

      Essential
      - 5 years of patent translation
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.location == "Manchester, UK (hybrid, 3 days in office)")
  }

  @Test func anApplyToLineNamesTheRecipient() throws {
    let text = """
      Patent Translator (German > English)
      Fernhill Language Partners Ltd

      Essential
      - 5 years of patent translation

      Apply to: Mr. Idris Achterberg, Head of Language Services
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.recipient?.name == "Idris Achterberg")
    #expect(posting.requirements.map(\.text) == ["5 years of patent translation"])
  }

  @Test func frontMatterPayKeysGiveTheRange() throws {
    let text = """
      ---
      title: "Archivist"
      company: "Pellham County Historical Society"
      salary_min: 48000
      salary_max: 55000
      ---

      ## Requirements

      - Master's degree in library science
      """
    let posting = try PostingFixture.read(text: text, name: "posting.md")
    #expect(posting.salary?.minimum == 48_000)
    #expect(posting.salary?.maximum == 55_000)
    #expect(posting.salary?.period == .year)
  }

  @Test func aRatingLineUnderTheCompanyNamesIt() throws {
    let text = """
      Youth Services Librarian
      Oriel Creek District Library
      4.1 ★ 57 reviews
      Peoria, IL

      Requirements
      - Master's degree in library science
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.company == "Oriel Creek District Library")
    #expect(posting.title == "Youth Services Librarian")
    #expect(posting.location == "Peoria, IL")
  }

  @Test func aGermanTitleAndTheEmployerWithItsLegalFormAndTownSplitRight() throws {
    let text = """
      Dolmetscher/in (m/w/d) Spanisch–Deutsch — Freelance/Remote
      Brückenwort Sprachdienste GmbH, Leipzig
      Honorar: 1,10 € pro Zeile

      We need a conference interpreter for medical congresses.
      Must have:
      - Native German, C2 Spanish
      - 3 years of conference interpreting
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.title == "Dolmetscher/in Spanisch–Deutsch")
    #expect(posting.company == "Brückenwort Sprachdienste")
    #expect(posting.location == "Leipzig")
    #expect(posting.salary?.unit == "line")
    #expect(posting.salary?.minimum == 1.1)
  }

  @Test func anArrangementAfterTheTitleIsNoPartOfIt() {
    #expect(TitleCleaner.clean("Bank Teller – Part Time", company: nil).title == "Bank Teller")
    #expect(TitleCleaner.clean("Data Analyst (Full-Time)", company: nil).title == "Data Analyst")
    #expect(TitleCleaner.clean("Editor — Remote", company: nil).title == "Editor")
  }

  @Test func aJSONResumeGivenAsAPostingSaysItLooksLikeAResume() throws {
    let text = """
      {"basics": {"name": "Ines Carvalho", "label": "Archivist"},
       "work": [{"name": "Pellham County", "position": "Archivist"}],
       "skills": [{"name": "Archives", "keywords": ["ArchivesSpace"]}]}
      """
    let error = #expect(throws: CandorError.self) {
      try PostingFixture.read(text: text, name: "resume.json")
    }
    #expect(error?.message.contains("looks like a resume") == true)
  }
}
