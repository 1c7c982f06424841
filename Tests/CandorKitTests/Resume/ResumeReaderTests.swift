import Testing

@testable import CandorKit

@Suite struct ResumeReaderTests {
  @Test func rejectsTextWithNoExperienceEducationOrSkills() throws {
    let file = try ResumeFixtureTests.file("not-a-resume.txt")
    let reason =
      "found no experience, education, skills or projects (no heading such as "
      + "'Experience', 'Education', 'Skills' or 'Projects' and no dated roles)"
    #expect(throws: CandorError.notAResume(path: file.name, reason: reason)) {
      try ResumeReader.read(file, lexicon: TestLexicon.small)
    }
  }

  @Test func rejectsJSONWithNoResumeSections() {
    #expect(
      throws: CandorError.notAResume(
        path: "a.json", reason: "it has no work, education, skills or projects entries")
    ) {
      try ResumeReader.read(
        InputFile(name: "a.json", text: #"{"basics": {"name": "A"}}"#), lexicon: TestLexicon.small)
    }
  }

  @Test func reportsInvalidJSONForJSONFiles() {
    #expect(throws: CandorError.self) {
      try ResumeReader.read(
        InputFile(name: "a.json", text: "{\"work\": ["), lexicon: TestLexicon.small)
    }
  }

  @Test func reportsInvalidJSONByContentWhateverTheFileIsCalled() throws {
    let text = try SupportFixtures.text("bad/resume-json-in-txt.txt")
    for name in ["<stdin>", "cv.txt", "resume"] {
      let fault = CandorError.invalidJSON(
        path: name, line: 4, column: 33,
        reason: "expected a member name in double quotes, found ','")
      #expect(throws: fault) {
        try ResumeReader.read(InputFile(name: name, text: text), lexicon: TestLexicon.small)
      }
    }
  }

  @Test func readsTextThatStartsWithABracketAsText() throws {
    let file = InputFile(name: "cv.txt", text: "[Ana Ruiz]\n\nSkills\nExcel, SQL")
    #expect(file.format == .text)
    let parsed = try ResumeReader.read(file, lexicon: TestLexicon.small)
    #expect(parsed.format == .text)
    #expect(parsed.resume.basics?.name == "Ana Ruiz")
    #expect(parsed.resume.skills.compactMap(\.name) == ["Excel", "SQL"])
  }

  @Test func notesSectionsItDoesNotRead() throws {
    let parsed = try ResumeReader.read(
      InputFile(name: "a.txt", text: "Skills\nExcel\n\nPersonal Details\nBorn in 1990"),
      lexicon: TestLexicon.small)
    #expect(parsed.notes == ["section 'Personal Details' (line 4) was not read"])
  }
}
