import Testing

@testable import CandorKit

@Suite struct ItemStarterSplitTests {
  @Test(arguments: [
    ("Pins: PinterestLoves food", "Pins: Pinterest\u{1E}Loves food"),
    ("Knows SQLThe team", "Knows SQL\u{1E}The team"),
    ("Sales TeamsManaging accounts", "Sales Teams\u{1E}Managing accounts"),
    ("Knows NASAManaging", "Knows NASA\u{1E}Managing"), ("OKThe", "OK\u{1E}The"),
    ("Nurse’sExperience counts", "Nurse’s\u{1E}Experience counts"),
  ])
  func marksAWordGluedToOneThatOpensAnItem(line: String, marked: String) {
    #expect(ItemStarterSplit.marking(line) == marked)
  }

  @Test(arguments: [
    "JavaScript and PowerPoint", "a fanPinterestLoves", "AThe", "teamsThe", "AbcTheory", "AbcThe_x",
    "AbcThe1", "éAbcThe", "AbcMangin", "AbcManagingly", "FooBarThe",
  ])
  func leavesProductNamesShortCapitalsAndLongerWordsWhole(line: String) {
    #expect(ItemStarterSplit.marking(line) == line)
  }

  @Test func marksEveryGlueInALine() {
    let line = "Cooks PinterestLoves food, knows SQLThe craft"
    #expect(
      ItemStarterSplit.marking(line) == "Cooks Pinterest\u{1E}Loves food, knows SQL\u{1E}The craft")
  }
}
