import Testing

@testable import CandorKit

/// Posting faults found by the ninth new-user trial: a board's one-row header of labelled
/// fields, an aside in brackets after the town, a row of the board's links at the end, and
/// a list item's bracketed aside wrapped onto the next line.
@Suite struct TrialNinePostingTests {
  @Test(arguments: [
    "**Location:** Bangor, ME · **Type:** Full-time, seasonal · **Pay:** $21–$25/hour",
    "Location: Bangor, ME | Job type: Part-time | Pay: $21–$25/hour",
    "Location: Bangor, ME • Shift: Evenings • Pay: $21–$25/hour",
  ])
  func readsEachFieldOfAOneRowHeader(_ row: String) throws {
    let posting = try PostingFixture.read(
      text: """
        # Line Cook — Tidewater Grill

        \(row)

        Tidewater Grill is a 90-seat harbor restaurant.

        ## Requirements

        - 2+ years on a busy line
        """, name: "posting.md")
    #expect(posting.location == "Bangor, ME")
    #expect(posting.salary?.minimum == 21)
    #expect(posting.salary?.maximum == 25)
  }

  @Test(arguments: [
    "Omaha, NE (Territory: eastern Nebraska and western Iowa)",
    "Omaha, NE (covers 14 counties)",
  ])
  func aPlaceKeepsItsTownWithoutTheAside(_ line: String) throws {
    let posting = try PostingFixture.read(
      text: """
        Territory Sales Representative
        Prairie Gate Supply
        \(line)
        Full-time

        Requirements
        - 3+ years of outside sales
        """)
    #expect(posting.location == "Omaha, NE")
  }

  @Test(arguments: [
    "Report job   |   Similar jobs   |   Line Cook jobs in Bangor",
    "Save job | Share this job | Cook jobs near Bangor",
  ])
  func aRowOfTheBoardsLinksIsNoRequirement(_ row: String) throws {
    let posting = try PostingFixture.read(
      text: """
        Line Cook
        Tidewater Grill

        Requirements
        - 2+ years on a busy line
        - Food handler card

        \(row)
        """)
    #expect(posting.requirements.map(\.text) == ["2+ years on a busy line", "Food handler card"])
  }

  @Test func aBracketedAsideWrappedUnderAListItemJoinsIt() throws {
    let posting = try PostingFixture.read(
      text: """
        Service Desk Analyst
        Larkspur Credit Union

        Responsibilities:
        - Answer calls and resolve first-line issues
          (account lockouts, printers, Wi-Fi)
        - Set up laptops for new staff
        """)
    #expect(
      posting.responsibilities.map(\.text) == [
        "Answer calls and resolve first-line issues (account lockouts, printers, Wi-Fi)",
        "Set up laptops for new staff",
      ])
  }

  @Test(arguments: ["Apply now >", "Apply now ›", "Job details"])
  func aButtonWithItsArrowDoesNotHideTheCompanysParagraph(_ button: String) throws {
    let posting = try PostingFixture.read(
      text: """
        Service Desk Analyst
        Larkspur Credit Union - Helena, MT
        \(button)
        Not interested   |   Report job

        Larkspur Credit Union serves 41,000 members from 9 branches. Next spring we are
        moving every branch to new phones.

        Responsibilities:
        - Answer calls and resolve first-line issues
        """)
    #expect(
      posting.hooks.map(\.text).contains {
        $0.hasPrefix("Larkspur Credit Union serves 41,000 members")
      })
  }

  @Test func aPlanWithItsTimeIsAHookInTheCompanysVoice() throws {
    let posting = try PostingFixture.read(
      text: """
        Prep Cook
        Tidewater Grill

        Our kitchen team of 12 cooks for the harbor crowd, and this season we are opening a
        second dining room.

        Requirements
        - 1+ year of prep work
        """)
    #expect(posting.hooks.first?.kind == .initiative)
    #expect(posting.hooks.first?.text.hasSuffix("opening a second dining room.") == true)
  }

  @Test(arguments: [
    "Send questions to Idris Okafor, Clinic Director.",
    "Please direct any questions to Idris Okafor.",
    "Email questions to Idris Okafor, our clinic director.",
  ])
  func aLineForQuestionsAndABareReportLinkAreNoRequirements(_ line: String) throws {
    let posting = try PostingFixture.read(
      text: """
        Physical Therapist
        Juniper Ridge Rehab

        Requirements
        - Active state PT license
        - BLS certification

        \(line)
        Report job
        """)
    #expect(posting.requirements.map(\.text) == ["Active state PT license", "BLS certification"])
  }
}
