import Testing

@testable import CandorKit

/// An ask the resume shows in other words is no gap: a listed course, two listed languages
/// for "bilingual", an option in brackets after "or".
@Suite struct OtherWordsGapTests {
  @Test func aCourseTheResumeListsIsNoGap() throws {
    let report = try AskFixture.report(
      asks: ["Valid driver's license and EVOC"], resume: ["EVOC", "CPR (current)"])
    #expect(report.keywords.first { $0.term == "EVOC" }?.found == true)
  }

  @Test func twoListedLanguagesMeetABilingualAsk() throws {
    let report = try AskFixture.report(
      asks: ["Bilingual a plus"], resume: ["Languages: Portuguese, English"])
    #expect(report.keywords.first { $0.term == "Bilingual" }?.found == true)
  }

  @Test func oneListedLanguageDoesNotMeetABilingualAsk() throws {
    let report = try AskFixture.report(asks: ["Bilingual a plus"], resume: ["Languages: English"])
    #expect(report.keywords.first { $0.term == "Bilingual" }?.found == false)
  }

  @Test func anOptionInBracketsAfterOrIsAnAlternative() throws {
    let report = try AskFixture.report(
      asks: ["Experience with HubSpot and Totango (or ChurnZero)"], resume: ["Totango admin"])
    let ask = report.keywords.first { $0.term.contains("ChurnZero") }
    #expect(ask?.term == "Totango (or ChurnZero)")
    #expect(ask?.found == true)
  }

  @Test func aBilingualAskNeedsBothLanguages() throws {
    let report = try AskFixture.report(
      asks: ["Bilingual Portuguese/English a plus"], resume: ["Languages: English"])
    let found = Dictionary(report.keywords.map { ($0.term, $0.found) }) { first, _ in first }
    #expect(found["Portuguese"] == false)
    #expect(found["English"] == true)
  }
}
