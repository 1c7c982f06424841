import Testing

@testable import CandorKit

/// Spoken languages a posting asks for are their own keyword category, never hard skills
/// beside the programming languages they share a lexicon category with.
@Suite struct SpokenLanguageKeywordTests {
  @Test(arguments: [
    ("- 2 years of Python and SQL\n- Fluent German", ["Python", "SQL"], ["German"]),
    (
      "- Java or Go\n- Brazilian Portuguese required\n- American Sign Language a plus",
      ["Java", "Go"], ["Portuguese", "American Sign Language"]
    ),
    ("- Bilingual in Spanish and English\n- Excel and SQL", ["SQL"], ["Spanish", "English"]),
  ])
  func aSpokenLanguageIsNoHardSkill(lines: String, hard: [String], spoken: [String]) throws {
    let text = "Title: Support Analyst\nCompany: Quarry Lane\n\nRequirements\n" + lines + "\n"
    let posting = try PostingReader.read(InputFile(name: "job.txt", text: text))
    let keywords = KeywordExtractor.keywords(of: posting)
    let terms = { (category: KeywordCategory) in
      Set(keywords.filter { $0.category == category }.flatMap(\.terms))
    }
    #expect(terms(.spokenLanguage) == Set(spoken))
    #expect(Set(hard).isSubset(of: terms(.hardSkill)))
    #expect(terms(.hardSkill).isDisjoint(with: spoken))
  }
}
