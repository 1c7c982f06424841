import Foundation
import Testing

@testable import CandorKit

/// Letter faults the fifth trial left (issue #3): requirement quotes cut inside brackets,
/// PDF hyphen breaks in a school's line, languages dropped, and false missing-evidence notes
/// for a degree held by its words, a tool a statement names and a higher degree.
@Suite struct TrialFiveLetterTests {
  static func letter(_ posting: String, _ resume: String) throws -> Letter {
    try WriteCase.letter(
      in: "write-trial5", posting: posting, resume: resume, options: LetterOptions())
  }

  static func archive() throws -> Letter {
    try letter("archive-posting.txt", "archive-resume.txt")
  }

  static func counter() throws -> Letter {
    try letter("counter-posting.txt", "counter-resume.txt")
  }

  @Test(arguments: [
    ("CompTIA Security+ (required); CySA+ or GCIH a plus", "CompTIA Security+"),
    (
      "Forklift Operator Certification (required); OSHA 10 a plus",
      "Forklift Operator Certification"
    ),
    ("Valid state license (RN; LPN considered) in good standing", "a valid state license"),
    ("Spanish (written; spoken) fluency", "Spanish (written; spoken) fluency"),
    ("Two years of filing (paper: digital) records", "two years of filing"),
  ])
  func aQuotedRequirementIsNeverCutInsideBrackets(_ line: String, _ quoted: String) {
    let phrase = SlotValues.requirementPhrase(line, skills: [])
    #expect(phrase == quoted)
    #expect(phrase.filter { $0 == "(" }.count == phrase.filter { $0 == ")" }.count)
  }

  @Test func aQuoteIsCutBeforeABracketThatNeverCloses() {
    #expect(RequirementQuote.closed("Urbana State University (ALA") == "Urbana State University")
    #expect(RequirementQuote.closed("B.S. (Hons) Biology") == "B.S. (Hons) Biology")
  }

  @Test func aSchoolLineBrokenAtAnAcronymsHyphenIsRejoined() throws {
    let text = try Self.archive().text
    #expect(text.contains("at Front Range State University (SAA-endorsed)."))
    #expect(!text.contains("(SAA."))
  }

  @Test func everyListedLanguageIsSaidWithItsLevel() throws {
    #expect(try Self.archive().text.contains("I speak English and Tigrinya (conversational)."))
  }

  @Test func aLanguagesListKeepsNamesItDoesNotKnowButNoLevelsOrSkillsOfSpeech() {
    let names = ListSections.languages("English, Tigrinya (conversational), Read, Write Speak")
    #expect(names.map(\.language) == ["English", "Tigrinya"])
    #expect(names.map(\.fluency) == [nil, "conversational"])
  }

  @Test func anAssociateOfScienceKeepsItsDegree() throws {
    #expect(try Self.counter().text.contains("A.S. in Bookkeeping at Des Moines Area"))
  }

  @Test func aDegreeNamedByItsWordsAndAToolAStatementNamesAreNotMissing() throws {
    #expect(try Self.archive().plan.unmetRequirements == [])
  }

  @Test func anAssociateDegreeMeetsAHighSchoolDiplomaAndIsNoGap() throws {
    let letter = try Self.counter()
    #expect(letter.plan.unmetRequirements == [])
    #expect(!letter.text.contains("closest"))
    #expect(!letter.text.contains("nearest"))
  }

  @Test(
    arguments: [
      ("High school diploma or equivalent", 0, nil),
      ("Associate degree in Bookkeeping preferred", 1, ["bookkeeping"]),
      ("Bachelor's degree in a related field", 2, nil),
      ("Master of Library Science (MLS/MLIS)", 3, ["library", "science"]),
      // A curly apostrophe is searched on bytes; a decomposed accent goes to Foundation.
      ("Bachelor’s degree in Marine Biology", 2, ["marine", "biology"]),
      ("Diplo\u{302}me or Master’s degree in Forestry", 3, ["forestry"]),
      ("MBA or PhD in Economics", 3, nil),
    ] as [(String, Int, [String]?)])
  func aRequirementsDegreeLevelAndFieldAreRead(_ line: String, _ level: Int, _ field: [String]?) {
    let ask = DegreeRequirement.ask(in: line)
    #expect(ask?.level == level)
    #expect(ask?.field == field.map { ContentWords.of($0.joined(separator: " ")) })
  }

  @Test func aCertifiedScrumMasterAsksForNoDegree() {
    #expect(DegreeRequirement.ask(in: "Certified Scrum Master") == nil)
  }

  @Test func theOpeningQuotesTheStatementNamingAMustHavesTool() throws {
    let letter = try Self.letter("optical-posting.txt", "optical-resume.txt")
    let opening = try #require(letter.paragraphs.first { $0.role == .opening })
    #expect(opening.text.contains("in Compulink with a 1% remake rate"))
    #expect(!opening.text.contains("front desk"))
  }

  @Test(arguments: [
    ("Credentialed Veterinary Technician (CVT) in Oregon", "a credentialed veterinary technician"),
    ("Licensed Practical Nurse", "a licensed practical nurse"),
    ("Comfortable with ezyVet or similar practice software", "ezyVet or similar practice software"),
    ("Familiarity with Polaris ILS", "Polaris ILS"),
  ])
  func aRequirementIsQuotedAsANounPhrase(_ line: String, _ quoted: String) {
    #expect(SlotValues.requirementPhrase(line, skills: []) == quoted)
  }

  @Test(arguments: [
    ("Take and position digital radiographs", "taking and positioning digital radiographs"),
    ("Place and secure IV catheters", "placing and securing IV catheters"),
    ("Sort and the rest", "sorting"),
  ])
  func bothVerbsOfADutyBecomeGerunds(_ duty: String, _ phrase: String) {
    #expect(Verbs.gerundPhrase(duty)?.hasPrefix(phrase) == true)
  }

  @Test func laterStatementsFromOnePlaceSayAlsoAtMostTwice() throws {
    var narrator = Narrator()
    var told: [String] = []
    for index in 0..<7 {
      let evidence = Evidence(
        text: "Ran count number \(index) for the night shift",
        path: "work[0].highlights[\(index)]", source: .work, organization: "Harbor Point")
      let said = narrator.sentence(for: evidence)
      let text = try #require(said)
      narrator.record(text)
      told.append(text)
    }
    let alsos = told.joined(separator: " ").split(separator: " ").count { $0 == "also" }
    #expect(alsos == Narrator.alsoLimit)
  }

  @Test func aShortLetterAddsTheDatedRolesInOrderFromTheirFields() throws {
    let text = try Self.letter("optical-posting.txt", "optical-resume.txt").text
    #expect(
      text.contains(
        "I worked as an Optical Receptionist at North Shore Optical from 2020 to 2022 and have "
          + "been an Optical Technician at Lakeside Vision Center since 2022."))
  }

  @Test func aSingleDatedRoleGivesNoPath() throws {
    let file = try WriteCase.file("../write-trial5/counter-resume.txt")
    let resume = try ResumeReader.read(file, today: WriteCase.today)
    #expect(resume.resume.work.count == 1)
    #expect(RolePath.text(of: resume.resume) == nil)
  }

  @Test func rolesThatOverlapOrRepeatGiveNoPath() {
    func work(_ position: String, _ start: String, _ end: String?) -> Resume.Work {
      var work = Resume.Work()
      work.name = "Krell Systems"
      work.position = position
      work.startDate = start
      work.endDate = end
      return work
    }
    var resume = Resume()
    resume.work = [
      work("Junior Developer", "2019-01", nil), work("Jr. Developer", "2019-01", "2020-01"),
    ]
    #expect(RolePath.text(of: resume) == nil)
    resume.work = [work("Developer", "2021-03", nil), work("Intern", "2019-06", "2020-08")]
    #expect(
      RolePath.text(of: resume)
        == "an Intern at Krell Systems from 2019 to 2020, then a Developer there since 2021")
  }
}
