import CandorSpelling
import Testing

@testable import CandorKit

/// A dictionary that offers the harmful fixes Hunspell offered in the third trial.
private struct HarmfulFixDictionary: SpellChecker {
  static let words: Set<String> = [
    "i", "the", "on", "a", "unit", "and", "my", "crews", "ran", "program", "dear", "team",
    "crew", "lessons", "led", "every", "week",
  ]

  func isCorrect(_ word: String) -> Bool { Self.words.contains(word.lowercased()) }

  func suggestions(for word: String) -> [String] {
    [
      "precepted": ["precept-ed"], "scaffolded": ["scaffold-ed"], "Ridgeline": ["ridgeling"],
      "Ridgeline's": ["ridgeling"], "weeky": ["week-y", "weekly"],
    ][word] ?? []
  }
}

/// Review faults found by the third new-user trial of 2026-12-05, each as a kind of fault.
@Suite struct TrialThreeReviewTests {
  static func findings(
    _ text: String, _ rule: String, job: JobPosting? = nil, resume: ParsedResume? = nil,
    checker: SpellChecker? = nil, wordRange: ClosedRange<Int>? = nil
  ) -> [Finding] {
    LetterReviewer(spellChecker: checker).review(
      text: text, job: job, resume: resume, wordRange: wordRange
    ).findings.filter { $0.rule == rule }
  }

  static let hospital = JobPosting(
    title: "Registered Nurse", company: "St. Brigid Regional Medical Center",
    lines: [TextLine("Registered Nurse, St. Brigid Regional Medical Center", line: 1)])

  /// A district posting for one of its schools, named only in the heading.
  static let school = JobPosting(
    title: "Fifth Grade Teacher", company: "Cedar Hollow Unified School District",
    lines: [
      TextLine("Fifth Grade Teacher — Maple Street Elementary", kind: .heading, level: 1, line: 1),
      TextLine("Maple Street Elementary serves 540 students in grades K–6.", line: 3),
    ])

  @Test func aShortFormOfTheCompanyOrItsNamedSchoolIsACompanyHook() {
    let brigid = "St. Brigid is opening a step-down wing, and I want to help staff it."
    #expect(Self.findings(brigid, "no-company-hook", job: Self.hospital).isEmpty)
    let maple = "I would like to visit a fifth grade classroom at Maple Street next week."
    #expect(Self.findings(maple, "no-company-hook", job: Self.school).isEmpty)
    #expect(
      Self.findings(
        "Maple Street's science units drew me.", "no-company-hook",
        job: Self.school
      ).isEmpty)
    let neither = "I would like to visit a fifth grade classroom next week."
    #expect(Self.findings(neither, "no-company-hook", job: Self.school).count == 1)
    #expect(Self.findings(neither, "no-company-hook", job: Self.hospital).count == 1)
  }

  @Test func aWorkplaceNameStopsAtPunctuation() {
    #expect(
      CompanyHookCheck.workplaces(in: Self.school) == [
        "Maple Street Elementary", "Maple Street Elementary",
      ])
  }

  @Test func twoWordShortFormsSkipGenericAndFunctionWordStarts() {
    #expect(NameMatching.variants(of: "Maple Street Elementary").contains(["maple", "street"]))
    #expect(!NameMatching.variants(of: "Bank of the West").contains(["bank", "of"]))
    #expect(!NameMatching.variants(of: "Lakes of Ohio Health").contains(["lakes", "of"]))
    #expect(!NameMatching.variants(of: "New York Times").contains(["new", "york"]))
  }

  @Test func aPlaceThePostingNamesIsNotAnUnsupportedEmployer() {
    let text = "I would like to teach at Maple Street, and I taught at Kestrel Bay Academy."
    let found = Self.findings(
      text, "unsupported-claim", job: Self.school, resume: ExampleInputs.resume)
    #expect(found.map(\.excerpt) == ["Kestrel Bay Academy"])
  }

  @Test func aToTheTeamLineIsAGreeting() {
    for greeting in [
      "To the St. Brigid nurse recruiting team,", "To the hiring manager:",
      "To the Maple Street hiring committee,",
    ] {
      let text = greeting + "\n\nI care for 5 patients a shift.\n\nSincerely,\nJanelle Okonkwo"
      #expect(LetterText(text).greeting != nil, "\(greeting)")
      #expect(Self.findings(text, "missing-greeting").isEmpty)
      #expect(Self.findings(text, "unfinished-sentence").isEmpty)
    }
    let prose = "To the team I led, I owe the 38% drop in falls.\n\nSincerely,\nJanelle Okonkwo"
    #expect(LetterText(prose).greeting == nil)
    #expect(Self.findings(prose, "missing-greeting").count == 1)
  }

  @Test func spellingNeverHyphenatesAnInflectionOrLowersAPossessiveName() {
    let text = "Dear team,\n\nI precepted and scaffolded lessons. Ridgeline's crews ran weeky.\n"
    let found = Self.findings(text, "spelling", checker: HarmfulFixDictionary())
    #expect(found.map(\.excerpt) == ["weeky"])
    #expect(found.first?.suggestion == "write 'weekly'")
  }

  @Test func britishSpellingsAndTradeWordsAreAccepted() {
    let text = """
      Dear team,

      I ran the apprentice programme, and my judgement on enrolment shaped it. I meggered \
      every circuit and precepted new nurses; I scaffolded lessons for my colour-coded groups.

      Kind regards,
      Hannah Price
      """
    let found = Self.findings(text, "spelling", checker: HunspellChecker.englishUS)
    #expect(found.map(\.excerpt) == [])
    let typo = Self.findings(
      "Dear team,\n\nI ran the programe.\n", "spelling", checker: HunspellChecker.englishUS)
    #expect(typo.map(\.excerpt) == ["programe"])
  }

  @Test func aShortFormAnswerNeedsNoGreetingOrSignOff() {
    let answer = "I have shopped at your store since it opened. I will stop by on Monday."
    for rule in ["missing-greeting", "missing-sign-off"] {
      #expect(Self.findings(answer, rule, wordRange: Letter.shortWords).isEmpty)
      #expect(Self.findings(answer, rule).count == 1)
    }
  }

  @Test func theOpenerFixTurnsABaseFormStatementIntoAGerund() {
    func evidence(_ text: String) -> Evidence {
      Evidence(
        text: text, path: "work[0].highlights[0]", source: .work,
        organization: "Roosevelt Elementary")
    }
    #expect(
      FixWriter.claim(evidence("Teach 31 students, 22 of them English learners"))
        == "at Roosevelt Elementary my work included teaching 31 students, 22 of them English "
        + "learners")
    #expect(
      FixWriter.claim(evidence("Teach 31 students; raised the ELA share from 34% to 52%"))
        == "at Roosevelt Elementary my work included teaching 31 students, and I raised the ELA "
        + "share from 34% to 52%")
    #expect(
      FixWriter.claim(evidence("Teach 31 students; 22 are English learners"))
        == "at Roosevelt Elementary my work included teaching 31 students")
    #expect(
      FixWriter.claim(evidence("Manages the weekly rota for 12 staff"))
        == "at Roosevelt Elementary my work included managing the weekly rota for 12 staff")
    #expect(
      FixWriter.claim(evidence("Taught 31 students"))
        == "at Roosevelt Elementary I taught 31 students")
    #expect(
      FixWriter.claim(evidence("Migration of 40 stores to a new till system"))
        == "at Roosevelt Elementary my work included migration of 40 stores to a new till system")
  }
}
