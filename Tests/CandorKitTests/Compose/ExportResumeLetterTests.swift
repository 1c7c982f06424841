import Foundation
import Testing

@testable import CandorKit

/// A resume in a site's flattened export shape (Tests/Fixtures/write-export): the letter
/// reads its glued education, numbered statements and years-only numbers the way a careful
/// person would, and writes no sentence a hiring lead would stumble on.
@Suite struct ExportResumeLetterTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fixtures").standardized

  static func read(_ resume: String) throws -> (JobPosting, ParsedResume) {
    let posting = try PostingReader.read(
      InputFile.read(fixtures.appendingPathComponent("write-export/posting.md").path))
    let parsed = try ResumeReader.read(
      InputFile.read(fixtures.appendingPathComponent(resume).path), today: WriteCase.today)
    return (posting, parsed)
  }

  static func letter(_ resume: String = "write-export/resume.txt", tone: LetterOptions.Tone)
    throws -> (Letter, JobPosting, ParsedResume)
  {
    let (posting, parsed) = try read(resume)
    let letter = try LetterWriter.write(
      posting: posting, resume: parsed, options: LetterOptions(tone: tone), today: "2026-12-04")
    return (letter, posting, parsed)
  }

  static func sentences(_ letter: Letter) -> [String] {
    letter.paragraphs.flatMap(\.sentences).map(\.text)
  }

  @Test func aDegreeFieldAndCountryGluedToTheCollegeAreTakenApart() throws {
    let (_, resume) = try Self.read("write-export/resume.txt")
    let degree = try #require(resume.resume.education.first { $0.studyType == "Bachelor's" })
    #expect(degree.area == "Commerce")
    #expect(degree.institution == "Westbrook Arts College")
  }

  @Test func theHighestDegreeIsNamedBeforeASchoolCertificate() throws {
    let (letter, _, _) = try Self.letter(tone: .formal)
    let text = letter.text
    let degree = try #require(text.range(of: "Bachelor's in Commerce at Westbrook Arts College"))
    let school = try #require(text.range(of: "Lakeview Public School"))
    #expect(degree.lowerBound < school.lowerBound)
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func theCurrentRoleIsToldWithItsYears(_ tone: LetterOptions.Tone) throws {
    let (letter, posting, resume) = try Self.letter(tone: tone)
    #expect(
      Self.sentences(letter).contains {
        $0.contains("been working as Floor Supervisor in a furniture showroom for the last 4 years")
      }, "\(Self.sentences(letter))")
    let checker = GroundingChecker(
      resume: resume, posting: posting, options: LetterOptions(tone: tone))
    #expect(checker.ungroundedClaims(in: letter) == [])
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aStatementNamingItsOwnWorkplaceIsNotPlacedAtTheEmployer(_ tone: LetterOptions.Tone)
    throws
  {
    let (letter, _, _) = try Self.letter(tone: tone)
    let told = Self.sentences(letter).filter { $0.contains("Brightwood Home Store") }
    #expect(told.count == 1, "\(told)")
    #expect(
      told.first?.hasSuffix("I worked as a Sales Associate at Brightwood Home Store for 6 years.")
        == true, "\(told)")
    #expect(!letter.text.contains("Brightwood Home Store, I worked"))
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aStatementEndingInAlsoNeverSaysItTwice(_ tone: LetterOptions.Tone) throws {
    let (letter, _, _) = try Self.letter(tone: tone)
    let hockey = Self.sentences(letter).filter { $0.contains("hockey") }
    #expect(!hockey.isEmpty)
    for sentence in hockey {
      #expect(sentence.components(separatedBy: "also").count <= 2, "\(sentence)")
      #expect(!sentence.hasSuffix("also."), "\(sentence)")
    }
  }

  @Test func aHedgedCompanyLineIsNotAHook() throws {
    let (posting, _) = try Self.read("write-export/resume.txt")
    #expect(posting.hooks.map(\.text).contains { $0.contains("new showroom in Dayton") })
    #expect(!posting.hooks.contains { $0.text.contains("like to think") })
    for tone in LetterOptions.Tone.allCases {
      let (letter, _, _) = try Self.letter(tone: tone)
      #expect(!letter.text.contains("like to think"))
    }
  }

  @Test func yearsOfTenureAreNotAMissingResult() throws {
    let (letter, posting, resume) = try Self.letter(tone: .formal)
    let review = LetterReviewer().review(text: letter.text, job: posting, resume: resume)
    let finding = try #require(review.findings.first { $0.rule == "no-quantified-achievement" })
    #expect(finding.severity == .suggestion)
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aMeasuredNounPhraseIsQuotedAsTheLettersResult(_ tone: LetterOptions.Tone) throws {
    let (letter, posting, resume) = try Self.letter("write-nominal/resume.txt", tone: tone)
    #expect(
      Self.sentences(letter).contains(
        "At Fenwick Grocers, my work included migration of 40 stores to the new till system."),
      "\(Self.sentences(letter))")
    let review = LetterReviewer().review(text: letter.text, job: posting, resume: resume)
    #expect(!review.findings.contains { $0.rule == "no-quantified-achievement" })
  }

  @Test func aResumeThatSaysJuniorIsWrittenAtEntryLevel() throws {
    let (letter, _, resume) = try Self.letter("resumes/junior-long-dates.txt", tone: .formal)
    #expect(resume.yearsOfExperience >= 7)
    #expect(letter.plan.level == .entry)
  }
}

extension ExportResumeLetterTests {
  @Test func anOpeningThatLeadsWithEvidenceLeavesTheHookForTheBody() throws {
    let (posting, resume) = try Self.read("write-export/resume.txt")
    var options = LetterOptions(tone: .formal)
    options.variant = 3
    let letter = try LetterWriter.write(
      posting: posting, resume: resume, options: options, today: "2026-12-04")
    #expect(letter.text.components(separatedBy: "new showroom in Dayton").count == 2)
    #expect(
      Self.sentences(letter).contains(
        "It also matters to me that Pemberton Living builds handmade furniture and is opening "
          + "a new showroom in Dayton this spring."))
  }

  /// "Work at Dunmore Timber Yard is part of my record." says nothing a reader can use: an
  /// employer with no title, tool or statement to tell is left out (issue 3).
  @Test func anEmployerWithNothingElseSaidIsLeftOut() throws {
    let (letter, _, _) = try Self.letter(tone: .formal)
    #expect(!letter.text.hasBytes("Dunmore Timber Yard"))
    #expect(!letter.text.hasBytes("part of my record"))
  }
}

extension ExportResumeLetterTests {
  @Test(
    arguments: [
      (["junior", "project", "manager"], "junior"), (["graduate", "trainee"], "trainee"),
      (["student", "services", "manager"], nil), (["internal", "auditor"], nil),
    ] as [([String], String?)])
  func onlyATitleThatIsJuniorMarksTheResumeJunior(_ title: [String], _ expected: String?) {
    let resume = ParsedResume(resume: Resume(), evidence: [], skills: [])
    #expect(JuniorMarkers.marker(title: title, resume: resume) == expected)
  }
}
