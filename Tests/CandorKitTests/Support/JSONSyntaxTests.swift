import Foundation
import Testing

@testable import CandorKit

@Suite struct JSONSyntaxTests {
  struct Fault: CustomTestStringConvertible, Sendable {
    var name: String
    var input: String
    var line: Int
    var column: Int
    var reason: String
    var testDescription: String { name }
  }

  static let faults: [Fault] = [
    Fault(
      name: "missing comma between members", input: "{\n  \"a\": 1\n  \"b\": 2\n}", line: 3,
      column: 3, reason: "expected ',' or '}' after an object member"),
    Fault(
      name: "missing comma between elements", input: "[1 2]", line: 1, column: 4,
      reason: "expected ',' or ']' after an array element"),
    Fault(
      name: "trailing comma in an object", input: "{\"a\": 1,\n}", line: 1, column: 8,
      reason: "trailing comma before '}'"),
    Fault(
      name: "trailing comma in an array", input: "[1, 2, ]", line: 1, column: 6,
      reason: "trailing comma before ']'"),
    Fault(
      name: "unterminated string at end of line", input: "{\"a\": \"abc\n}", line: 1, column: 7,
      reason: "unterminated string: no closing '\"' on this line"),
    Fault(
      name: "unterminated string at end of file", input: "[\"abc", line: 1, column: 2,
      reason: "unterminated string: no closing '\"' before the end"),
    Fault(
      name: "capitalised literal", input: "[True]", line: 1, column: 2,
      reason: "invalid literal 'True'; expected true, false or null"),
    Fault(
      name: "undefined is not JSON", input: "{\"a\": undefined}", line: 1, column: 7,
      reason: "invalid literal 'undefined'; expected true, false or null"),
    Fault(
      name: "unquoted member name", input: "{name: 1}", line: 1, column: 2,
      reason: "expected a member name in double quotes, found 'n'"),
    Fault(
      name: "single-quoted string", input: "['x']", line: 1, column: 2,
      reason: "strings must be in double quotes, not single quotes"),
    Fault(
      name: "missing colon", input: "{\"a\" 1}", line: 1, column: 6,
      reason: "expected ':' after the member name, found '1'"),
    Fault(
      name: "unclosed object", input: "{\n  \"a\": {\"b\": 1}", line: 1, column: 1,
      reason: "this '{' is never closed with '}'"),
    Fault(
      name: "unclosed array", input: "[1, [2]", line: 1, column: 1,
      reason: "this '[' is never closed with ']'"),
    Fault(
      name: "comment", input: "{\n// note\n}", line: 2, column: 1,
      reason: "expected a member name in double quotes, found '/'"),
    Fault(
      name: "comment before a value", input: "[/* x */ 1]", line: 1, column: 2,
      reason: "comments are not allowed in JSON"),
    Fault(
      name: "leading zero", input: "[007]", line: 1, column: 2,
      reason: "numbers must not have a leading zero"),
    Fault(
      name: "bare decimal point", input: "[1.]", line: 1, column: 4,
      reason: "expected a digit after the decimal point, found ']'"),
    Fault(
      name: "empty exponent", input: "[1e]", line: 1, column: 4,
      reason: "expected a digit in the exponent, found ']'"),
    Fault(
      name: "minus without digits", input: "[-x]", line: 1, column: 3,
      reason: "expected a digit after '-', found 'x'"),
    Fault(
      name: "number too large", input: "[1e400]", line: 1, column: 2,
      reason: "the number 1e400 is too large"),
    Fault(
      name: "invalid escape", input: "[\"a\\qb\"]", line: 1, column: 4,
      reason: "invalid escape: '\\' followed by 'q'"),
    Fault(
      name: "short unicode escape", input: "[\"\\u12\"]", line: 1, column: 3,
      reason: "expected four hex digits after '\\u'"),
    Fault(
      name: "unpaired high surrogate", input: "[\"\\uD83D x\"]", line: 1, column: 3,
      reason: "unpaired surrogate '\\uD83D' in a string"),
    Fault(
      name: "raw tab in a string", input: "[\"a\tb\"]", line: 1, column: 4,
      reason: "character U+0009 must be escaped in a string"),
    Fault(
      name: "text after the value", input: "{}\n{}", line: 2, column: 1,
      reason: "unexpected '{' after the JSON value"),
    Fault(
      name: "no value at all", input: "  \n", line: 2, column: 1,
      reason: "expected a value, found the end of the file"),
    Fault(
      name: "no-break space between tokens", input: "[1,\u{A0}2]", line: 1, column: 4,
      reason: "expected a value, found character U+00A0"),
    Fault(
      name: "columns count characters, not bytes", input: "{\"café\": 1 \"b\": 2}", line: 1,
      column: 12, reason: "expected ',' or '}' after an object member"),
    Fault(
      name: "CRLF ends a line", input: "{\r\n\"a\": 1\r\n\"b\": 2}", line: 3, column: 1,
      reason: "expected ',' or '}' after an object member"),
    Fault(
      name: "lone CR ends a line", input: "{\r\"a\": 1\r\"b\": 2}", line: 3, column: 1,
      reason: "expected ',' or '}' after an object member"),
  ]

  @Test(arguments: faults)
  func reportsTheFaultWithLineAndColumn(_ fault: Fault) {
    #expect(
      throws: CandorError.invalidJSON(
        path: "in.json", line: fault.line, column: fault.column, reason: fault.reason)
    ) {
      _ = try JSONSyntax.parse(fault.input, name: "in.json")
    }
  }

  struct BrokenFile: CustomTestStringConvertible, Sendable {
    var file: String
    var message: String
    var testDescription: String { file }
  }

  static let brokenFiles: [BrokenFile] = [
    BrokenFile(
      file: "missing-comma.json",
      message: "missing-comma.json:5:5: invalid JSON: expected ',' or '}' after an object member"),
    BrokenFile(
      file: "trailing-comma.json",
      message: "trailing-comma.json:5:75: invalid JSON: trailing comma before ']'"),
    BrokenFile(
      file: "unterminated-string.json",
      message:
        "unterminated-string.json:3:13: invalid JSON: unterminated string: no closing '\"' "
        + "on this line"),
    BrokenFile(
      file: "bad-literal.json",
      message: "bad-literal.json:3:40: invalid JSON: invalid literal 'True'; expected true, false "
        + "or null"),
  ]

  @Test(arguments: brokenFiles)
  func namesTheFileLineAndColumnOfABrokenFixture(_ broken: BrokenFile) throws {
    let text = try SupportFixtures.text("bad/" + broken.file)
    let error = #expect(throws: CandorError.self) {
      _ = try JSONSyntax.parse(text, name: broken.file)
    }
    #expect(error?.message == broken.message)
  }

  @Test func readsValuesAsJSONSerializationTypesThem() throws {
    let text = #"{"a": [1, 2.5, true, null, "x\n\u00e9\ud83d\ude00"], "b": {}, "a2": -0}"#
    let value = try #require(try JSONSyntax.parse(text, name: "v.json") as? [String: Any])
    let list = try #require(value["a"] as? [Any])
    #expect(list[0] as? Int == 1)
    #expect(list[1] as? Double == 2.5)
    #expect(list[2] as? Bool == true)
    #expect(list[3] is NSNull)
    #expect(list[4] as? String == "x\né😀")
    #expect((value["b"] as? [String: Any])?.isEmpty == true)
    #expect(value["a2"] as? Int == 0)
  }

  @Test func keepsMemberOrderAndTheLastOfRepeatedNames() throws {
    let tree = try JSONSyntax.tree(#"{"z": 1, "a": 2, "z": 3}"#, name: "t.json")
    guard case .object(let object) = tree else {
      Issue.record("expected an object, got \(tree)")
      return
    }
    #expect(object.keys == ["z", "a"])
    #expect(object["z"] == .number(3))
  }

  @Test(arguments: [512, 513])
  func refusesNestingDeeperThan512Levels(_ depth: Int) {
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    let result = Result { () throws(CandorError) in try JSONSyntax.tree(text, name: "deep.json") }
    if depth <= JSONScanner.maximumDepth {
      #expect((try? result.get()) != nil)
    } else {
      #expect(
        throws: CandorError.invalidJSON(
          path: "deep.json", line: 1, column: 513, reason: "nested deeper than 512 levels")
      ) { try result.get() }
    }
  }
}
