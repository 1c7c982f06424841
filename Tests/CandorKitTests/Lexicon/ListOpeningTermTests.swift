import Testing

@testable import CandorKit

/// A case-sensitive term that is also an everyday word counts where it opens a list item
/// before another term ("Epic charting experience") or is put to work ("Rust in
/// production"); "embedded C or C++" asks for C; "charted" in Epic is charting (trial23
/// P2-2, trial24 job02).
@Suite struct ListOpeningTermTests {
  static func terms(_ text: String) -> Set<String> {
    Set(Lexicon.standard.matches(in: text).map(\.term))
  }

  @Test func aTermOpeningAnItemBeforeAnotherCounts() {
    #expect(Self.terms("- Epic charting experience").contains("Epic"))
  }

  @Test func aTermInProductionCounts() {
    #expect(Self.terms("- Rust in production").contains("Rust"))
  }

  @Test func embeddedCAsksForC() {
    #expect(Self.terms("- 4+ years of embedded C or C++").isSuperset(of: ["C", "C++"]))
  }

  @Test func chartedInARecordSystemIsDocumentation() {
    #expect(Self.terms("Charted in Epic for 5 ICU beds").contains("clinical documentation"))
    let course = Self.terms("Charted a new course for the sales team")
    #expect(!course.contains("clinical documentation"))
  }

  @Test func aHiringProcessIsNoRecruitment() {
    #expect(!Self.terms("We promise a swift hiring process.").contains("recruitment"))
  }

  @Test func aSignBeforeATermIsNoContext() {
    #expect(!Self.terms("- A+ multi-tasker").contains("CompTIA A+"))
  }

  @Test func everydayWordsStayWords() {
    #expect(Self.terms("Epic views of the river from the deck").isDisjoint(with: ["Epic"]))
  }
}
