import Testing

@testable import CandorKit

/// Openings and closings a hiring lead would forward (issue #3), on invented inputs
/// (Tests/Fixtures/write-openclose).
@Suite struct OpeningClosingTests {
  static func letter(
    _ posting: String, _ resume: String, _ tone: LetterOptions.Tone, variant: Int = 0
  ) throws -> Letter {
    try WriteCase.letter(
      in: "write-openclose", posting: posting, resume: resume,
      options: LetterOptions(tone: tone, variant: variant))
  }

  /// "We are migrating payroll from ADP to Workday" is the company detail a letter opens
  /// on, not the mission sentence before it.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aMigrationIsTheHook(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter("payroll-posting.md", "payroll-resume.txt", tone)
    #expect(letter.plan.hook?.text.hasBytes("migrating payroll from ADP to Workday") == true)
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aRewriteIsTheHook(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter("swiftui-posting.md", "swiftui-resume.txt", tone)
    #expect(letter.plan.hook?.text == "We are rewriting our sleep journal in SwiftUI.")
  }

  /// Each tone offers several closings, and `--variant` steps through them.
  @Test(arguments: LetterOptions.Tone.allCases)
  func variantsGiveDifferentClosings(_ tone: LetterOptions.Tone) throws {
    var closings: Set<String> = []
    for variant in 0..<4 {
      let letter = try Self.letter(
        "swiftui-posting.md", "swiftui-resume.txt", tone, variant: variant)
      closings.insert(letter.paragraphs.last { $0.role == .closing }?.text ?? "")
    }
    #expect(closings.count >= 3, "\(closings)")
  }

  /// The tones close in their own words, never one another's.
  @Test func tonesCloseDifferently() {
    let banks = LetterOptions.Tone.allCases.map { Set(PhraseBank.bundled($0).closing) }
    #expect(banks[0].isDisjoint(with: banks[1]))
    #expect(banks[0].isDisjoint(with: banks[2]))
    #expect(banks[1].isDisjoint(with: banks[2]))
    #expect(banks.allSatisfy { $0.count >= 4 })
  }

  /// The same wording is picked on every run: the spread is a stable hash.
  @Test func theSpreadIsStable() {
    #expect(PhraseBank.spread("") == 2_166_136_261 % 9973)
    #expect(PhraseBank.spread("Fernhollow") == PhraseBank.spread("Fernhollow"))
    #expect(PhraseBank.spread("Fernhollow") != PhraseBank.spread("Tallowmere Foods"))
  }

  /// A duty names its piece of work without its manner or a second clause.
  @Test(arguments: [
    (
      "improving the ledger codebase by committing small, well tested changes",
      "improving the ledger codebase"
    ),
    (
      "overseeing the recruitment and onboarding process, ensuring a smooth start",
      "overseeing the recruitment and onboarding process"
    ),
    (
      "building lasting relationships of trust through open communication",
      "building lasting relationships of trust"
    ),
    ("reconciling accounts by hand", "reconciling accounts by hand"),
    (
      "driving customer implementations from initiation through launch",
      "driving customer implementations from initiation through launch"
    ),
    ("running biweekly payroll for hourly staff", "running biweekly payroll for hourly staff"),
  ])
  func aTopicIsACleanNounPhrase(_ duty: String, _ topic: String) {
    #expect(ClosingPlanner.cleanTopic(duty) == topic)
  }

  /// A requirement that says how much or how well is no work to talk through.
  @Test(arguments: [
    ("demonstrated experience with Ruby on Rails", true), ("hands-on with HubSpot", true),
    ("strong knowledge of payroll tax", true), ("multi-state payroll processing", false),
    ("bank reconciliations for several farms", false),
  ])
  func aQualifierIsNoTopic(_ phrase: String, _ isQualifier: Bool) {
    #expect(ClosingPlanner.isQualifier(phrase) == isQualifier)
  }

  /// Working alongside people is how a job is done, not a topic.
  @Test func teamworkIsNoTopic() {
    #expect(ClosingPlanner.isTeamwork("working side-by-side with your hiring managers"))
    #expect(ClosingPlanner.isTeamwork("collaborating with the sales team"))
    #expect(!ClosingPlanner.isTeamwork("working the night shift"))
    #expect(!ClosingPlanner.isTeamwork("building new screens for the sleep journal"))
  }

  /// No closing falls back to the stock "take on first" while the resume names where the
  /// lead's work was done; the topic is that work, from the resume.
  @Test(arguments: LetterOptions.Tone.allCases)
  func noStockClosingWhenTheResumeNamesWork(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter("vague-posting.md", "payroll-resume.txt", tone)
    let closing = letter.paragraphs.last { $0.role == .closing }?.text ?? ""
    #expect(!closing.hasBytes("take on first"), "\(closing)")
    #expect(letter.plan.closing.topic.hasPrefix("my work"), "\(letter.plan.closing.topic)")
    #expect(letter.plan.closing.topic.hasBytes("at Brindle Hardware Co."))
  }

  /// "… with evidence rather than a promise" is no longer said.
  @Test func formalCareerChangeReadsPlainly() {
    let patterns = PhraseBank.bundled(.formal).opening["career-change"] ?? []
    #expect(!patterns.contains { $0.hasBytes("rather than a promise") })
  }
}
