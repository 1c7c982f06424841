import Testing

@testable import CandorKit

/// False errors the twenty-fourth trial found on truthful letters (issue #4): figures the
/// resume backs in other words, a result moved to an employer named later, honest gaps,
/// posting facts about an employer the posting names only in a bold line, and standard
/// letter headers and endings read as a second letter or as notes.
@Suite struct TrialTwentyFourReviewTests {
  /// An invented pantry posting whose company line is bold, so no company is parsed.
  static let posting = """
    # Volunteer Coordinator

    **Harrow Lane Food Pantry** — Eastside Hall, Rutland, VT

    Harrow Lane Food Pantry serves 900 families a month.
    Next year we open a mobile pantry with Dunmore County Extension.

    ## Requirements
    - Two years coordinating volunteers
    - Experience with Salesforce or another donor database
    """

  /// An invented resume: two employers, figures with from/to values and a ratio.
  static let resume = """
    Tamsin Pryce
    Rutland, VT · tamsin.pryce@example.com · (802) 555-0143

    EXPERIENCE
    Program Assistant, Brookvale Youth League, 2020 – 2024
    - Recruited 8 weekend volunteers for the Saturday league
    - Cut the intake wait from 20 minutes to 12
    - Wrote 15 grant letters; 9 were funded, for $236,000 in total
    - Moved 4,800 client records into Airtable
    - Cut the no-show rate by 35%
    - Cut the monthly close from 9 days to 5

    Library Aide, Copper Lane Library, 2018 – 2020
    - Ran 30 story hours for preschool families

    Tutor, Brookvale Reading Room, 2016 – 2018
    - Tutored 6 readers after school
    """

  static func claims(_ sentence: String) throws -> [Finding] {
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: Self.resume))
    let job = try PostingReader.read(InputFile(name: "job.md", text: Self.posting))
    let letter =
      "Dear Ms. Lane,\n\nI coordinate volunteers at Brookvale Youth League. \(sentence)\n\n"
      + "Sincerely,\nTamsin Pryce\n"
    return LetterReviewer(spellChecker: nil).review(text: letter, job: job, resume: resume)
      .findings.filter { $0.rule == "unsupported-claim" }
  }

  @Test(arguments: [
    // The pronoun "one" counts nothing.
    "Grant writing was the other half of the job, and it was my first one.",
    // A resume figure restated in words, and again after "all".
    "I recruited eight weekend volunteers, and all eight are still with the league.",
    // "thousand" scales a spelled number; "over" and "more than" bound the resume's figure.
    "I moved over four thousand client records into Airtable.",
    "I moved about 4,800 client records into Airtable.",
    "My grant letters raised more than $200,000 in total.",
    // A percentage the resume's own from/to figures give, or a ratio of two of them.
    "I cut the intake wait by 40%, from 20 minutes to 12.",
    "I cut the monthly close by 44%, from 9 days to 5.",
    "Nine of my 15 grant letters were funded, a 60% success rate.",
    // The writer's own phone number is no claim.
    "I can be reached at (802) 555-0143 or tamsin.pryce@example.com.",
    // A figure belongs to the employer named before it, not to one named later.
    "I cut the no-show rate by 35%, and at Copper Lane Library I ran 30 story hours.",
    // Two employers share "Brookvale": the one named in full owns the figure.
    "As a volunteer with Brookvale Youth League, I recruited 8 weekend volunteers.",
    // Honest gaps.
    "While I have no production Salesforce experience, I kept every record in Airtable.",
    "I have not shipped a Salesforce migration yet, but Airtable taught me the basics.",
    // A fact about the employer, quoted from the posting.
    "Harrow Lane's new mobile pantry with Dunmore County Extension is the outreach my "
      + "volunteers ask me about.",
  ])
  func aTruthfulSentenceIsNoInventedClaim(sentence: String) throws {
    let found = try Self.claims(sentence)
    #expect(found.map(\.excerpt) == [])
  }

  @Test(arguments: [
    ("I cut the intake wait by 75%.", "75%"),
    ("My grant letters raised more than $400,000 in total.", "$400,000"),
    ("I moved over nine thousand client records into Airtable.", "nine thousand"),
    ("I recruited seven weekend volunteers, and all seven are still with the league.", "seven"),
    ("At Copper Lane Library I cut the no-show rate by 35%.", "35%"),
    ("I never missed a deadline while using Salesforce.", "Salesforce"),
    ("I ran a mobile pantry with Dunmore County Extension.", "Dunmore County Extension"),
  ])
  func anInventedOrMovedClaimIsStillAnError(sentence: String, excerpt: String) throws {
    let found = try Self.claims(sentence)
    #expect(found.map(\.excerpt).first == excerpt)
    #expect(found.first?.severity == .error)
  }

  static let body = """
    Dear Ms. Lane,

    I coordinate 8 weekend volunteers at Brookvale Youth League and want to do the same \
    for Harrow Lane Food Pantry.

    Sincerely,
    Tamsin Pryce
    """

  @Test(arguments: [
    "Subject: Application for the Volunteer Coordinator position at Harrow Lane Food Pantry",
    "Re: Application for the Volunteer Coordinator position at Harrow Lane Food Pantry",
    "Application for the Volunteer Coordinator position at Harrow Lane Food Pantry",
    "Please note: this letter accompanies my application.",
  ])
  func aSubjectLineAboveTheGreetingIsAHeader(line: String) {
    let letter = LetterText("\(line)\n\n\(Self.body)\n")
    #expect(letter.trailing == nil)
    #expect(letter.greeting != nil)
    #expect(letter.body.count == 1)
  }

  @Test(arguments: [
    "Enclosure: resume", "Enclosures: resume, references", "Enc.: Resume", "Encl. resume",
    "Attachments: resume, transcript", "cc: Dana Whitfield",
  ])
  func anEnclosureLineAfterTheSignatureIsAStandardEnding(line: String) {
    #expect(LetterText("\(Self.body)\n\n\(line)\n").trailing == nil)
    #expect(LetterText("\(Self.body)\n\(line)\n").trailing == nil)
  }

  @Test func notesAfterTheSignatureAreStillTrailingText() {
    let letter = LetterText("\(Self.body)\n\nTODO: shorten the second paragraph.\n")
    #expect(letter.trailing?.kind == .notes)
  }

  @Test(arguments: [
    ("Front-End Engineer", "Frontend Engineer, Trip Planner"),
    ("front end engineer", "Frontend Engineer"),
    ("Frontend Engineer", "Front-End Engineer"),
    ("Full-Stack Developer", "Full Stack Engineer"),
  ])
  func hyphenSpaceAndCaseVariantsOfTheTitleAreTheSameRole(letter: String, posting: String) {
    #expect(!JobTitle.conflicts(letter, posting))
  }

  @Test func anotherRoleStillConflicts() {
    #expect(JobTitle.conflicts("Back-End Engineer", "Frontend Engineer, Trip Planner"))
  }

  @Test func theWriterKeepsTheCountryInUSGAAP() {
    let said = ClauseBuilder.addressed("Prepare financial statements under US GAAP for us")
    #expect(said == "prepare financial statements under US GAAP for you")
  }
}
