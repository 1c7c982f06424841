import Foundation
import Testing

@testable import CandorKit

@Suite struct JSONResumeMapperTests {
  static func map(_ json: String) throws -> (Resume, [String]) {
    let value = try JSONSyntax.parse(json, name: "t.json")
    return try JSONResumeMapper.map(value, name: "t.json")
  }

  @Test(arguments: [
    (#"{"work": [{"company": "Acme"}]}"#, "Acme"),
    (#"{"work": [{"name": "Acme", "company": "Other"}]}"#, "Acme"),
    (#"{"experience": [{"employer": "Acme"}]}"#, "Acme"),
  ])
  func readsEmployerUnderAnyOfItsNames(_ json: String, _ employer: String) throws {
    #expect(try Self.map(json).0.work.first?.name == employer)
  }

  @Test func readsPreOneNames() throws {
    let (resume, notes) = try Self.map(
      #"{"basics": {"picture": "p.png", "website": "a.example"},"#
        + #""work": [{"company": "Acme", "website": "acme.example", "startDate": "June 2020","#
        + #""endDate": "Present"}], "education": [{"school": "Lakeside", "gpa": 3.5}]}"#)
    #expect(resume.basics?.image == "p.png")
    #expect(resume.basics?.url == "a.example")
    #expect(resume.work.first?.url == "acme.example")
    #expect(resume.work.first?.startDate == "2020-06")
    #expect(resume.work.first?.endDate == nil)
    #expect(resume.education.first?.institution == "Lakeside")
    #expect(resume.education.first?.score == "3.5")
    #expect(notes.isEmpty)
  }

  @Test func liftsSummaryBulletsIntoHighlights() throws {
    let (resume, _) = try Self.map(
      #"{"work": [{"name": "A", "#
        + #""summary": "Owned billing.\n- Cut costs 10%\n(in 2021)\n- Led 4"}]}"#)
    #expect(resume.work.first?.summary == "Owned billing.")
    #expect(resume.work.first?.highlights == ["Cut costs 10% (in 2021)", "Led 4"])
  }

  @Test func skipsWrongTypesWithANote() throws {
    let (resume, notes) = try Self.map(
      #"{"work": [{"name": ["A"], "position": "Dev", "highlights": ["x", 3], "startDate": {}}],"#
        + #""skills": {"name": "SQL"}, "education": ["Lakeside"]}"#)
    #expect(resume.work.first?.name == nil)
    #expect(resume.work.first?.highlights == ["x"])
    #expect(resume.skills.first?.name == "SQL")
    #expect(resume.education.isEmpty)
    #expect(
      notes == [
        "work[0].name: expected text, found a list; skipped",
        "work[0].startDate: expected a date, found an object; skipped",
        "work[0].highlights[1]: expected text, found a number; skipped",
        "education[0]: expected an object, found text; skipped",
      ])
  }

  @Test func reportsKeysItDoesNotKnow() throws {
    let (_, notes) = try Self.map(
      #"{"selectedTemplate": 1, "headings": {}, "basics": {"name": "A", "mood": "x"}}"#)
    #expect(
      notes == [
        "unrecognised key 'basics.mood'", "unrecognised key 'headings'",
        "unrecognised key 'selectedTemplate'",
      ])
  }

  @Test func notesDatesItCannotRead() throws {
    let (resume, notes) = try Self.map(
      #"{"awards": [{"title": "CCNP", "date": "---- Expires May 1st 2026"}]}"#)
    #expect(resume.awards.first?.date == nil)
    #expect(notes == ["awards[0].date: could not read 'Expires May 1st 2026' as a date; left out"])
  }

  @Test(arguments: [("[1, 2]", "a list"), (#""resume""#, "text"), ("42", "a number")])
  func rejectsJSONThatIsNotAnObject(_ json: String, _ kind: String) {
    #expect(
      throws: CandorError.notAResume(
        path: "t.json", reason: "the JSON is \(kind), not a resume object")
    ) {
      try Self.map(json)
    }
  }

  @Test(arguments: [
    (#"{"fullName": "Ana Ruiz", "work": []}"#, "Ana Ruiz"),
    (#"{"firstName": "Ana", "lastName": "Ruiz"}"#, "Ana Ruiz"),
    (#"{"basics": {"name": {"first": "Ana", "last": "Ruiz"}}}"#, "Ana Ruiz"),
    (#"{"basics": {"first_name": "Ana", "surname": "Ruiz"}}"#, "Ana Ruiz"),
  ])
  func readsAPersonsNameUnderForeignNames(_ json: String, _ name: String) throws {
    let (resume, notes) = try Self.map(json)
    #expect(resume.basics?.name == name)
    #expect(notes.isEmpty)
  }

  @Test func readsContactDetailsFromAContactObject() throws {
    let (resume, notes) = try Self.map(
      #"{"fullName": "A", "contact": {"email": "a@x.example", "mobile": "555 0100","#
        + #""github": "https://github.example/a"}}"#)
    #expect(resume.basics?.email == "a@x.example")
    #expect(resume.basics?.phone == "555 0100")
    #expect(resume.basics?.profiles?.first?.network == "GitHub")
    #expect(resume.basics?.profiles?.first?.url == "https://github.example/a")
    #expect(notes.isEmpty)
  }

  @Test(arguments: [
    (#"{"employer": "A", "position": "Clerk", "from": "2017", "to": "2023"}"#, "Clerk"),
    (#"{"company": "A", "jobTitle": "Clerk", "start": "2017", "end": "2023"}"#, "Clerk"),
    (#"{"organization": "A", "title": "Clerk", "start_date": "2017", "EndDate": "2023"}"#, "Clerk"),
    (#"{"companyName": "A", "role": "Clerk", "dates": "2017 - 2023"}"#, "Clerk"),
  ])
  func readsARolesDatesAndTitleUnderForeignNames(_ job: String, _ title: String) throws {
    let (resume, notes) = try Self.map(#"{"jobs": ["# + job + "]}")
    let work = try #require(resume.work.first)
    #expect(work.name == "A")
    #expect(work.position == title)
    #expect(work.startDate == "2017")
    #expect(work.endDate == "2023")
    #expect(notes.isEmpty)
  }

  @Test(arguments: ["duties", "responsibilities", "achievements", "accomplishments", "tasks"])
  func readsAListOfDutiesAsHighlights(_ key: String) throws {
    let (resume, _) = try Self.map(#"{"work": [{"name": "A", "\#(key)": ["Closed books"]}]}"#)
    #expect(resume.work.first?.highlights == ["Closed books"])
  }

  @Test func foreignExportCountsItsYearsAndReportsWhatItCouldNotPlace() throws {
    let file = InputFile(
      name: "t.json",
      text: #"{"fullName": "Ana Ruiz", "contact": {"email": "ana@x.example", "fax": "1"},"#
        + #""jobs": [{"employer": "Solis", "role": "Accountant", "from": "2017", "to": "2023","#
        + #""duties": ["Closed books monthly"], "mood": "calm"}], "hobbies": ["chess"]}"#)
    let parsed = try ResumeReader.read(file, lexicon: TestLexicon.small, today: TestLexicon.today)
    #expect(parsed.yearsOfExperience == 6)
    #expect(parsed.resume.basics?.email == "ana@x.example")
    #expect(
      parsed.notes == ["unrecognised key 'contact.fax'", "unrecognised key 'jobs[0].mood'"])
  }

  /// LinkedIn's "description" of a position tells what the person did: its sentences are
  /// highlights. One that describes the employer stays a description.
  @Test(arguments: [
    (
      "Wrote 45 proposals a year with a 62% funding rate.\nSecured $1.8M in grants.",
      ["Wrote 45 proposals a year with a 62% funding rate.", "Secured $1.8M in grants."]
    ),
    (
      "Managed a donor database of 7,500 records. Trained 4 volunteers.",
      ["Managed a donor database of 7,500 records.", "Trained 4 volunteers."]
    ),
  ])
  func aDescriptionOfDeedsBecomesHighlights(_ text: String, _ highlights: [String]) throws {
    let json =
      #"{"positions": [{"companyName": "Elm Trust", "description": ""#
      + text.replacingOccurrences(of: "\n", with: "\\n") + #""}]}"#
    let work = try Self.map(json).0.work.first
    #expect(work?.highlights == highlights)
    #expect(work?.description == nil)
  }

  @Test func aDescriptionOfTheEmployerStays() throws {
    let json = #"{"work": [{"name": "Elm Trust", "description": "A land trust in Vermont."}]}"#
    let work = try Self.map(json).0.work.first
    #expect(work?.description == "A land trust in Vermont.")
    #expect(work?.highlights == nil)
  }

  @Test func linkedInNamesOfVolunteeringAndPlacesAreMapped() throws {
    let (resume, notes) = try Self.map(
      #"{"fullName": "Ana Ruiz", "locationName": "Tacoma, Washington", "positions": "#
        + #"[{"companyName": "Elm Trust", "locationName": "Olympia, WA"}], "#
        + #""volunteerExperiences": [{"companyName": "Read Together", "role": "Tutor"}]}"#)
    #expect(resume.basics?.location?.city == "Tacoma")
    #expect(resume.work.first?.location == "Olympia, WA")
    #expect(resume.volunteer.first?.organization == "Read Together")
    #expect(resume.volunteer.first?.position == "Tutor")
    #expect(notes.isEmpty)
  }
}
