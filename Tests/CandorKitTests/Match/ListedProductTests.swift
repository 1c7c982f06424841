import Testing

@testable import CandorKit

/// A product's capitalised spelling that is also a word ("Cornerstone", "Teams", "Word")
/// counts in a resume as a list item once the posting names the product; in prose, as
/// people or as a word it stays out.
@Suite struct ListedProductTests {
  static func posting(_ ask: String) throws -> JobPosting {
    try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # Kennel Attendant

          Brackenfield Animal Clinic is hiring.

          ## Requirements

          - \(ask)
          - 1+ years of animal care experience
          """))
  }

  static func resume(skills: String, highlight: String = "Fed and walked 25 boarders a day")
    throws -> ParsedResume
  {
    try ResumeReader.read(
      InputFile(
        name: "resume.txt",
        text: """
          Ilse Marrow
          ilse.marrow@example.com

          Experience
          Kennel Assistant, Pinewood Boarding, 2021 - Present
          - \(highlight)
          - Cleaned 30 runs every morning

          Skills
          \(skills)
          """))
  }

  static func found(_ ask: String, _ term: String, skills: String, highlight: String? = nil)
    throws -> Bool?
  {
    let parsed = try Self.resume(skills: skills, highlight: highlight ?? "Fed 25 dogs a day")
    let report = KeywordMatcher.match(posting: try posting(ask), resume: parsed)
    return report.keywords.first { $0.term == term }?.found
  }

  @Test(arguments: [
    ("Experience with Cornerstone software", "Cornerstone", "Software - Cornerstone, Excel"),
    ("Comfort with Microsoft Teams", "Microsoft Teams", "Office – Teams, Outlook"),
    ("Proficiency in Microsoft Word", "Microsoft Word", "Tools — Word, pet first aid"),
  ])
  func aListedSpellingCountsWhenThePostingNamesTheProduct(
    _ ask: String, _ term: String, _ skills: String
  ) throws {
    #expect(try Self.found(ask, term, skills: skills) == true)
  }

  @Test func aSpellingBesideAKnownToolCountsOutsideTheSkillsList() throws {
    let found = try Self.found(
      "Experience with Cornerstone software", "Cornerstone", skills: "Pet first aid",
      highlight: "Booked visits daily (Cornerstone / Excel)")
    #expect(found == true)
  }

  @Test(arguments: [
    ("Comfort with Microsoft Teams", "Microsoft Teams", "Led Teams of 4 on weekend shifts"),
    ("Proficiency in Microsoft Word", "Microsoft Word", "Word of mouth brought 12 clients"),
    ("Experience with Cornerstone software", "Cornerstone", "Cornerstone of the night shift"),
  ])
  func theSpellingInProseStaysOut(_ ask: String, _ term: String, _ highlight: String) throws {
    let found = try Self.found(ask, term, skills: "Pet first aid", highlight: highlight)
    #expect(found == false)
  }

  @Test func aSkillsItemWithMoreWordsIsNoProduct() throws {
    let found = try Self.found(
      "Comfort with Microsoft Teams", "Microsoft Teams",
      skills: "Building Cross-Functional Teams, Scheduling")
    #expect(found == false)
  }
}
