import Foundation
import Testing

@testable import CandorKit

/// Claims the seventh new-user trial of 2026-12-05 saw pass `review` unflagged: brands after
/// frames the claim check did not read, numbers inside names, honours and press, spelled
/// counts, spoken languages, posting figures claimed as the writer's, near-miss figures, a
/// "Dr." the posting never gives, and passion and open lists the style rules missed.
@Suite struct TrialSevenReviewTests {
  /// A store lead's posting (invented), addressed to Anna Quist without an honorific.
  static let posting = """
    # Store Operations Lead — Halvorsen Outfitters

    Halvorsen Outfitters runs 14 outdoor stores across the Pacific Northwest.

    ## What you will do
    - Manage a team of 25-30 associates across two shifts
    - Keep shrink low and lift weekly sales

    ## Requirements
    - 3+ years leading retail teams
    - Experience with Lightspeed POS and Excel

    Send your letter to Anna Quist, Regional Director.
    """

  /// Marit Solberg's resume (invented): a team of 8, sales up 40%, UFCW Local 73.
  static let resumeText = """
    # Marit Solberg
    marit.solberg@example.com | Tacoma, WA

    ## Experience
    ### Assistant Store Manager, Fjellvik Sports — 2019–present
    - Led a team of 8 sales associates across weekend shifts
    - Increased sales 40% in two years through a rebuilt floor plan
    - Two years as key holder before promotion; member of UFCW Local 73 since 2019

    ### Sales Associate, Ridgeline Gear — 2016–2019
    - Processed 1,200 transactions a week on Lightspeed POS

    ## Skills
    Lightspeed POS, Excel, inventory control, visual merchandising

    ## Languages
    English (native), Spanish (conversational)
    """

  static func job(_ text: String = posting) throws -> JobPosting {
    try PostingReader.read(InputFile(name: "posting.md", text: text))
  }

  static let resume: ParsedResume = {
    let file = InputFile(name: "resume.md", text: resumeText)
    let date = ISO8601DateFormatter().date(from: "2026-12-05T00:00:00Z") ?? Date()
    return (try? ResumeReader.read(file, today: date))
      ?? ParsedResume(resume: Resume(), evidence: [], skills: [], yearsOfExperience: 0)
  }()

  /// The findings of `rule` for a letter whose body holds `sentence`.
  static func findings(_ sentence: String, rule: String = "unsupported-claim") throws
    -> [Finding]
  {
    let text = """
      Dear Anna Quist,

      At Fjellvik Sports I led a team of 8 sales associates. \(sentence)

      Sincerely,
      Marit Solberg
      """
    return LetterReviewer().review(text: text, job: try job(), resume: resume).findings
      .filter { $0.rule == rule }
  }

  static func flagged(_ sentence: String, rule: String = "unsupported-claim") throws
    -> [String]
  {
    try findings(sentence, rule: rule).map(\.excerpt)
  }

  @Test(arguments: [
    ("I chart in Eaglesoft every day.", ["Eaglesoft"]),
    ("I programmed Allen-Bradley PLCs for the stockroom conveyor.", ["Allen-Bradley"]),
    ("I operated Zebra scanners and Lightspeed POS daily.", ["Zebra"]),
    ("I am comfortable with Cavitron scalers.", ["Cavitron"]),
    ("I am hands-on with Fanuc robots.", ["Fanuc"]),
    ("I maintain Fanuc robots on the line.", ["Fanuc"]),
    ("I am a daily user of Toast and Square.", ["Toast", "Square"]),
  ])
  func aBrandAfterAFrameOfUseIsCheckedAgainstTheResume(sentence: String, names: [String])
    throws
  {
    #expect(try Self.flagged(sentence) == names)
  }

  @Test func aBrandTheResumeNamesIsNoClaim() throws {
    #expect(try Self.flagged("I operated Lightspeed POS registers daily.").isEmpty)
    #expect(try Self.flagged("I have not programmed Allen-Bradley PLCs yet.").isEmpty)
  }

  @Test func aNumberInsideANameMustBeTheResumesOwn() throws {
    #expect(try Self.flagged("I am a member of UFCW Local 48.") == ["Local 48"])
    #expect(try Self.flagged("I served at Station 12 on weekends.") == ["Station 12"])
    #expect(try Self.flagged("I ran the floor in Unit 4B.") == ["Unit 4B"])
    #expect(try Self.flagged("I am a member of UFCW Local 73.").isEmpty)
    #expect(try Self.flagged("In March 2021 I rebuilt the floor plan.").isEmpty)
  }

  @Test(arguments: [
    ("I was a semifinalist for a James Beard Award.", "James Beard Award"),
    ("My store was featured in Garden & Gun.", "Garden & Gun"),
    ("I was named to the 40 Under 40 in Tacoma.", "40 Under 40"),
    ("I was profiled in Outside Magazine last spring.", "Outside Magazine"),
    ("I was a finalist for the Golden Spoke Prize.", "Golden Spoke Prize"),
  ])
  func anHonourOrPressTheResumeLacksIsUnsupported(sentence: String, name: String) throws {
    #expect(try Self.flagged(sentence) == [name])
  }

  @Test func anHonourAtTheEndOfASentenceDoesNotCrash() throws {
    #expect(try Self.flagged("I won the Golden Spoke Prize") == ["Golden Spoke Prize"])
  }

  @Test func aSpelledCountIsComparedLikeDigits() throws {
    #expect(try Self.flagged("I led a team of twelve.") == ["twelve"])
    #expect(try Self.flagged("I coached a dozen associates.") == ["a dozen"])
    #expect(try Self.flagged("I trained twenty-five new hires.") == ["twenty-five"])
    #expect(try Self.flagged("I led a team of eight.").isEmpty)
    #expect(try Self.flagged("One example: I rebuilt the floor plan.").isEmpty)
    // A figure the resume spells ("Two years as key holder") backs the same digits, as a
    // figure it writes in digits would; "3" it holds in no form.
    #expect(try Self.flagged("I ran 2 weekend shifts.").isEmpty)
    #expect(try Self.flagged("I ran 3 weekend shifts.") == ["3"])
  }

  @Test func yearsInARoleMustMatchTheResumesYearsInThatRole() throws {
    #expect(try Self.flagged("I spent three years as key holder.") == ["three years"])
    #expect(try Self.flagged("I spent 3 years as a key holder.") == ["3 years"])
    #expect(try Self.flagged("I spent two years as key holder.").isEmpty)
  }

  @Test func aSpokenLanguageTheResumeLacksIsUnsupported() throws {
    #expect(try Self.flagged("I speak Norwegian with customers.") == ["Norwegian"])
    #expect(try Self.flagged("I am fluent in Tigrinya and Oromo.") == ["Tigrinya", "Oromo"])
    #expect(try Self.flagged("I speak Spanish with customers.").isEmpty)
  }

  @Test func aFigureOnlyThePostingHoldsIsNotTheWritersOwn() throws {
    #expect(try Self.flagged("I supervise 25-30 associates today.") == ["25-30"])
    #expect(try Self.flagged("I ran 14 stores.") == ["14"])
    #expect(try Self.flagged("Your 25-30 associates across two shifts need a steady lead.").isEmpty)
    #expect(try Self.flagged("I am ready to lead your team of 25-30 associates.").isEmpty)
  }

  @Test func aFigureMustMatchExactlyOrBeTheSameValueWrittenOtherwise() throws {
    #expect(try Self.flagged("I increased sales 41% at Fjellvik Sports.") == ["41%"])
    #expect(try Self.flagged("I processed 1,210 transactions a week.") == ["1,210"])
    #expect(try Self.flagged("I processed 1200 transactions a week.").isEmpty)
    #expect(try Self.flagged("I increased sales 40 percent.").isEmpty)
  }

  @Test func passionAndOpenListsAreFlagged() throws {
    #expect(try Self.flagged("I am a passionate retailer.", rule: "passion-statement").count == 1)
    #expect(
      try Self.flagged("My true love of gear shows on the floor.", rule: "passion-statement")
        .count == 1)
    #expect(try Self.flagged("I handled counts, displays, etc.", rule: "vague-list") == ["etc"])
    #expect(
      try Self.flagged("I handled counts, displays and so on.", rule: "vague-list")
        == ["and so on"])
    #expect(try Self.flagged("I handled counts and displays.", rule: "vague-list").isEmpty)
  }
}

/// The honorific a posting writes for its contact: read onto `Contact`, kept in a written
/// letter's greeting, and required of a reviewed letter's "Dr." or "Prof.".
@Suite struct TrialSevenHonorificTests {
  static let withDoctor = TrialSevenReviewTests.posting.replacingOccurrences(
    of: "Send your letter to Anna Quist", with: "Send your letter to Dr. Anna Quist")

  static func recipientFindings(_ greeting: String, posting: String) throws -> [Finding] {
    let job = try TrialSevenReviewTests.job(posting)
    let text = "\(greeting)\n\nAt Fjellvik Sports I led a team of 8 sales associates.\n"
    return LetterReviewer().review(text: text, job: job, resume: TrialSevenReviewTests.resume)
      .findings.filter { $0.rule == "wrong-recipient" }
  }

  @Test func thePostingReaderKeepsTheHonorificItWrites() throws {
    #expect(try TrialSevenReviewTests.job(Self.withDoctor).recipient?.honorific == "Dr.")
    let plain = try TrialSevenReviewTests.job().recipient
    #expect(plain?.name == "Anna Quist")
    #expect(plain?.honorific == nil)
  }

  @Test func aContactWithoutAnHonorificReadsAndWritesTheOldJSON() throws {
    let old = #"{"name":"Anna Quist","role":"contact","line":13}"#
    let contact = try JSONDecoder().decode(Contact.self, from: Data(old.utf8))
    #expect(contact.honorific == nil)
    let written = String(decoding: try JSONEncoder().encode(contact), as: UTF8.self)
    #expect(!written.contains("honorific"))
  }

  @Test func aDoctorateThePostingNeverGivesIsAWarningNamingTheFullName() throws {
    let found = try Self.recipientFindings(
      "Dear Dr. Quist,", posting: TrialSevenReviewTests.posting)
    #expect(found.map(\.severity) == [.warning])
    #expect(found.map(\.excerpt) == ["Dr. Quist"])
    #expect(found.first?.suggestion == "write 'Anna Quist'")
    let professor = try Self.recipientFindings(
      "Dear Prof. Anna Quist,", posting: TrialSevenReviewTests.posting)
    #expect(professor.map(\.severity) == [.warning])
  }

  @Test func aGenderedGuessIsASuggestionAndThePostingsOwnHonorificPasses() throws {
    for greeting in ["Dear Ms. Quist,", "Dear Mr. Quist,", "Dear Mrs. Quist,"] {
      let found = try Self.recipientFindings(greeting, posting: TrialSevenReviewTests.posting)
      #expect(found.map(\.severity) == [.suggestion], "\(greeting)")
      #expect(found.first?.suggestion == "write 'Anna Quist'")
    }
    #expect(try Self.recipientFindings("Dear Dr. Quist,", posting: Self.withDoctor).isEmpty)
    #expect(
      try Self.recipientFindings("Dear Anna Quist,", posting: TrialSevenReviewTests.posting)
        .isEmpty)
  }

  @Test func aWrittenLetterGreetsWithThePostingsHonorificOnlyWhenItGivesOne() throws {
    let resume = TrialSevenReviewTests.resume
    let doctor = try LetterWriter.write(
      posting: try TrialSevenReviewTests.job(Self.withDoctor), resume: resume,
      options: LetterOptions(), today: "2026-12-05")
    #expect(doctor.text.hasPrefix("Dear Dr. Quist,"))
    let plain = try LetterWriter.write(
      posting: try TrialSevenReviewTests.job(), resume: resume, options: LetterOptions(),
      today: "2026-12-05")
    #expect(plain.text.hasPrefix("Dear Anna Quist,"))
  }
}
