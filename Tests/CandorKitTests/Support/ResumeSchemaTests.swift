import Foundation
import Testing

@testable import CandorKit

@Suite struct ResumeSchemaTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var file: String
    var message: String
    var testDescription: String { file }
  }

  static let invalidFiles: [Case] = [
    Case(
      file: "resume-bad-date.json",
      message: "resume-bad-date.json: work[0].startDate: '2020-1' does not match the date "
        + "pattern YYYY, YYYY-MM or YYYY-MM-DD"),
    Case(
      file: "resume-wrong-types.json",
      message: "resume-wrong-types.json: basics.profiles: expected an array, found an object"),
    Case(
      file: "missing-comma.json",
      message: "missing-comma.json:5:5: invalid JSON: expected ',' or '}' after an object member"),
  ]

  @Test(arguments: invalidFiles)
  func namesTheFirstFailingField(_ sample: Case) throws {
    let file = InputFile(name: sample.file, text: try SupportFixtures.text("bad/" + sample.file))
    let error = #expect(throws: CandorError.self) { try ResumeReader.validate(file) }
    #expect(error?.message == sample.message)
  }

  @Test func listsEveryViolationInDocumentOrder() throws {
    let text = try SupportFixtures.text("bad/resume-wrong-types.json")
    let violations = try ResumeReader.schemaViolations(in: InputFile(name: "r.json", text: text))
    #expect(
      violations.map { "\($0.path): \($0.reason)" } == [
        "basics.profiles: expected an array, found an object",
        "skills[0].keywords[1]: expected a string, found the number 42",
      ])
  }

  @Test(arguments: [
    #"{}"#,
    #"{"basics": {"name": "Ines", "email": "ines@example.org"}, "x-custom": 1}"#,
    #"{"basics": {"url": "ines.example.org"}, "work": [{"url": "quarry.example"}]}"#,
    #"{"work": [{"startDate": "2019", "endDate": "2021-03"}]}"#,
    #"{"education": [{"endDate": "2012-06-30", "courses": ["Anatomy"]}], "meta": {}}"#,
  ])
  func acceptsValidResumes(_ text: String) throws {
    try ResumeReader.validate(InputFile(name: "ok.json", text: text))
  }

  @Test func anEmailThatIsNotAnAddressIsRefusedNamingItsField() {
    let text = #"{"basics": {"name": "Ines", "email": "ines at example.org"}}"#
    #expect(
      throws: CandorError.schemaViolation(
        path: "e.json", field: "basics.email",
        reason: "'ines at example.org' is not an email address")
    ) { try ResumeReader.validate(InputFile(name: "e.json", text: text)) }
  }

  @Test func refusesATopLevelArray() {
    #expect(
      throws: CandorError.schemaViolation(
        path: "a.json", field: "the document", reason: "expected an object, found an array")
    ) { try ResumeReader.validate(InputFile(name: "a.json", text: "[]")) }
  }
}
