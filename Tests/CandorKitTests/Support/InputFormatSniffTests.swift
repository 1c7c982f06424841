import Testing

@testable import CandorKit

@Suite struct InputFormatSniffTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var format: InputFormat
    var testDescription: String { "\(name): \(text.prefix(12).debugDescription)" }
  }

  static let cases: [Case] = [
    Case(name: "<stdin>", text: "  \n{\"basics\": {}}", format: .json),
    Case(name: "<stdin>", text: "{\"basics\": {\"name\": ,}}", format: .json),
    Case(name: "cv.txt", text: "[\n  {\"name\": \"A\"}\n]", format: .json),
    Case(name: "cv.txt", text: "[ \"a\", \"b\" ]", format: .json),
    Case(name: "cv.txt", text: "[]", format: .json),
    Case(name: "cv.txt", text: "[Ana Ruiz] - [github.com/ana]", format: .text),
    Case(name: "cv.txt", text: "[ Ana Ruiz ]\nNurse", format: .text),
    Case(name: "cv.md", text: "{draft} Ana Ruiz", format: .markdown),
    Case(name: "job", text: "<!DOCTYPE html><p>Hi</p>", format: .html),
    Case(name: "job", text: "# Nurse\n\nDuties", format: .markdown),
    Case(name: "job", text: "Nurse, night shift", format: .text),
  ]

  @Test(arguments: cases)
  func sniffsTheFormatFromNameThenContent(_ sample: Case) {
    #expect(InputFile(name: sample.name, text: sample.text).format == sample.format)
  }
}
