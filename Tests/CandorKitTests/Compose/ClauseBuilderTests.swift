import Testing

@testable import CandorKit

@Suite struct ClauseBuilderTests {
  @Test(arguments: [
    ("Cut costs by 20%.", "Cut costs by 20%"),
    ("  **Led** a team  of __five__;", "Led a team of five"),
    ("Line one\nline\ttwo,", "Line one line two"),
    ("Already tidy", "Already tidy"),
    ("Lead the college team ALSO.", "Lead the college team"),
    ("Ran it also", "Ran it also"),
    ("Worked with Alsop", "Worked with Alsop"),
    ("Lead the café team also", "Lead the café team"),
  ])
  func trimmedStatementDropsMarksAndCollapsesSpaces(statement: String, expected: String) {
    #expect(ClauseBuilder.trimmedStatement(statement) == expected)
  }

  @Test(arguments: [
    ("Power BI dashboards for finance", "Power BI dashboards for finance"),
    ("Engineer in Training (EIT) certification", "Engineer in Training (EIT) certification"),
    ("On-call experience and incident management", "on-call experience and incident management"),
    ("Managed AWS accounts for 3 teams", "managed AWS accounts for 3 teams"),
    ("Strong Excel skills", "strong Excel skills"),
    ("Training in CPR (BLS)", "training in CPR (BLS)"),
    ("Open Transit Lab is where I led 22 sessions", "Open Transit Lab is where I led 22 sessions"),
    ("Built React Native apps for 2 clinics", "built React Native apps for 2 clinics"),
  ])
  func lowerFirstKeepsTheCapitalsOfANameOfSeveralWords(_ text: String, _ expected: String) {
    #expect(ClauseBuilder.lowerFirst(text) == expected)
  }

  @Test func singleSpacedTextNeedsNoCollapsing() {
    #expect(ClauseBuilder.isSingleSpaced("two words"))
    #expect(ClauseBuilder.isSingleSpaced(""))
    #expect(!ClauseBuilder.isSingleSpaced("two  spaces"))
    #expect(!ClauseBuilder.isSingleSpaced(" leading"))
    #expect(!ClauseBuilder.isSingleSpaced("trailing "))
    #expect(!ClauseBuilder.isSingleSpaced("a\ttab"))
  }

  @Test(arguments: [
    ("Service First - Interact with guests daily; listen and reply", "Interact with guests daily"),
    ("Own the weekly parts order", "Own the weekly parts order"),
    (
      "Team Lead - Act as the eyes of the business. Speak to bugs, features",
      "Act as the eyes of the business"
    ),
    ("Build tools - and keep them running", "Build tools - and keep them running"),
    (":Reply to guests: daily", "Reply to guests"),
    ("Café Team – Greet guests; seat them", "Greet guests"),
  ])
  func dutyClauseDropsAShortLabelAndWhatFollowsASemicolon(_ duty: String, _ clause: String) {
    #expect(ClauseBuilder.dutyClause(duty) == clause)
  }
}
