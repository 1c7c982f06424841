import Testing

@testable import CandorKit

@Suite struct JSONSchemaTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var schema: String
    var instance: String
    /// Each violation as `path: reason`.
    var expected: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "type mismatch names the found value", schema: #"{"type": "string"}"#,
      instance: "null", expected: [": expected a string, found null"]),
    Case(
      name: "type list", schema: #"{"type": ["string", "integer"]}"#, instance: "2.5",
      expected: [": expected a string or an integer, found the number 2.5"]),
    Case(
      name: "integer accepts a whole number written with a decimal point",
      schema: #"{"type": "integer"}"#, instance: "3.0", expected: []),
    Case(
      name: "properties give the field path",
      schema: #"{"properties": {"work": {"items": {"properties": {"name": {"type": "string"}}}}}}"#,
      instance: #"{"work": [{"name": "A"}, {"name": 7}]}"#,
      expected: ["work[1].name: expected a string, found the number 7"]),
    Case(
      name: "additionalProperties false names the extra field",
      schema: #"{"properties": {"a": {}}, "additionalProperties": false}"#,
      instance: #"{"a": 1, "b": 2, "c d": 3}"#,
      expected: [
        "b: is not a field this schema allows here",
        "[\"c d\"]: is not a field this schema allows here",
      ]),
    Case(
      name: "additionalProperties as a schema",
      schema: #"{"additionalProperties": {"type": "number"}}"#, instance: #"{"x": "1"}"#,
      expected: ["x: expected a number, found the string '1'"]),
    Case(
      name: "patternProperties", schema: #"{"patternProperties": {"^n_": {"type": "number"}}}"#,
      instance: #"{"n_a": true, "other": true}"#,
      expected: ["n_a: expected a number, found true"]),
    Case(
      name: "required names the missing field",
      schema: #"{"properties": {"basics": {"required": ["name"]}}}"#,
      instance: #"{"basics": {}}"#, expected: ["basics.name: is required but missing"]),
    Case(
      name: "pattern", schema: #"{"pattern": "^[0-9]{4}$"}"#, instance: #""20x4""#,
      expected: [": '20x4' does not match the pattern '^[0-9]{4}$'"]),
    Case(
      name: "pattern is searched, not anchored", schema: #"{"pattern": "b"}"#,
      instance: #""abc""#, expected: []),
    Case(
      name: "ref to a definition",
      schema:
        ##"{"definitions": {"d": {"type": "string"}}, "items": {"$ref": "#/definitions/d"}}"##,
      instance: #"["ok", false]"#, expected: ["[1]: expected a string, found false"]),
    Case(
      name: "recursive ref through the root",
      schema: ##"{"type": "object", "properties": {"child": {"$ref": "#"}}}"##,
      instance: #"{"child": {"child": {"child": 3}}}"#,
      expected: ["child.child.child: expected an object, found the number 3"]),
    Case(
      name: "ref loop is reported, not followed forever",
      schema: ##"{"definitions": {"a": {"$ref": "#/definitions/a"}}, "$ref": "#/definitions/a"}"##,
      instance: "1", expected: [": the schema's reference #/definitions/a loops without end"]),
    Case(
      name: "enum", schema: #"{"enum": ["entry", "mid", 3]}"#, instance: #""junior""#,
      expected: [": 'junior' is not one of the allowed values: 'entry', 'mid', 3"]),
    Case(
      name: "const", schema: #"{"const": {"a": [1]}}"#, instance: #"{"a": [1]}"#, expected: []),
    Case(
      name: "string lengths count characters",
      schema: #"{"minLength": 3, "maxLength": 4}"#, instance: #"["é", "ééééé"]"#,
      expected: []),
    Case(
      name: "string lengths", schema: #"{"items": {"minLength": 2, "maxLength": 3}}"#,
      instance: #"["é", "ééééé"]"#,
      expected: [
        "[0]: 'é' is shorter than 2 characters", "[1]: 'ééééé' is longer than 3 characters",
      ]),
    Case(
      name: "numeric limits",
      schema: #"{"items": [{"minimum": 1}, {"exclusiveMaximum": 5}, {"multipleOf": 0.5}]}"#,
      instance: "[0, 5, 1.25]",
      expected: [
        "[0]: 0 is less than the minimum 1", "[1]: 5 must be less than 5",
        "[2]: 1.25 is not a multiple of 0.5",
      ]),
    Case(
      name: "tuple items with additionalItems false",
      schema: #"{"items": [{"type": "string"}], "additionalItems": false}"#,
      instance: #"["a", "b"]"#, expected: ["[1]: is not allowed here"]),
    Case(
      name: "array counts and uniqueness",
      schema: #"{"minItems": 4, "uniqueItems": true, "contains": {"type": "null"}}"#,
      instance: #"[{"a": 1}, 2, {"a": 1}]"#,
      expected: [
        ": has 3 items; at least 4 needed", ": items 0 and 2 are the same; items must be unique",
        ": has no item of the required kind",
      ]),
    Case(
      name: "anyOf reports the closest alternative",
      schema: #"{"anyOf": [{"type": "string"}, {"type": "object", "required": ["url"]}]}"#,
      instance: "{}",
      expected: [": matches none of the allowed forms (closest: url: is required but missing)"]),
    Case(
      name: "oneOf refuses two matches", schema: #"{"oneOf": [{"minimum": 0}, {"maximum": 9}]}"#,
      instance: "5", expected: [": matches 2 of the forms where exactly one is allowed"]),
    Case(
      name: "not", schema: #"{"not": {"type": "null"}}"#, instance: "null",
      expected: [": matches a form that is not allowed here"]),
    Case(
      name: "if then else",
      schema: #"{"if": {"minimum": 10}, "then": {"multipleOf": 10}, "else": {"maximum": 3}}"#,
      instance: "15", expected: [": 15 is not a multiple of 10"]),
    Case(
      name: "if fails so else applies",
      schema: #"{"if": {"minimum": 10}, "then": {"multipleOf": 10}, "else": {"maximum": 3}}"#,
      instance: "7", expected: [": 7 is more than the maximum 3"]),
    Case(
      name: "false schema refuses everything",
      schema: #"{"properties": {"legacy": false}}"#, instance: #"{"legacy": 1}"#,
      expected: ["legacy: is not allowed here"]),
    Case(
      name: "format is an annotation by default", schema: #"{"format": "email"}"#,
      instance: #""not an address""#, expected: []),
    Case(
      name: "propertyNames", schema: #"{"propertyNames": {"maxLength": 3}}"#,
      instance: #"{"long": 1}"#, expected: ["long: 'long' is longer than 3 characters"]),
  ]

  @Test(arguments: cases)
  func reportsEachViolationWithItsPath(_ sample: Case) throws {
    let schema = JSONSchema(try JSONSyntax.tree(sample.schema, name: "schema.json"))
    let instance = try JSONSyntax.tree(sample.instance, name: "instance.json")
    let found = schema.violations(of: instance).map { "\($0.path): \($0.reason)" }
    #expect(found == sample.expected)
  }

  struct FormatCase: CustomTestStringConvertible, Sendable {
    var format: String
    var value: String
    var isValid: Bool
    var testDescription: String { "\(format) '\(value)'" }
  }

  static let formats: [FormatCase] = [
    FormatCase(format: "email", value: "ines@okonkwo.example", isValid: true),
    FormatCase(format: "email", value: "ines at okonkwo", isValid: false),
    FormatCase(format: "uri", value: "https://okonkwo.example/cv", isValid: true),
    FormatCase(format: "uri", value: "okonkwo.example/cv", isValid: false),
    FormatCase(format: "date", value: "2024-02-29", isValid: true),
    FormatCase(format: "date", value: "2024-02-30", isValid: false),
    FormatCase(format: "date-time", value: "2024-05-01T09:30:00Z", isValid: true),
    FormatCase(format: "date-time", value: "2024-05-01 noon", isValid: false),
    FormatCase(format: "hostname", value: "anything at all", isValid: true),
  ]

  @Test(arguments: formats)
  func checksFormatsWhenAsked(_ sample: FormatCase) throws {
    var schema = JSONSchema(.object(Self.object(["format": .string(sample.format)])))
    schema.assertsFormats = true
    #expect(schema.violations(of: .string(sample.value)).isEmpty == sample.isValid)
  }

  @Test func validatesAgainstASubschemaByPointer() throws {
    let root = try JSONSyntax.tree(
      #"{"definitions": {"year": {"type": "string", "pattern": "^[0-9]{4}$"}}}"#, name: "s")
    let schema = JSONSchema(root)
    #expect(schema.violations(of: .string("2014"), against: "#/definitions/year").isEmpty)
    #expect(
      schema.violations(of: .string("14"), against: "#/definitions/year").map(\.reason)
        == ["'14' does not match the pattern '^[0-9]{4}$'"])
    #expect(
      schema.violations(of: .null, against: "#/definitions/month").map(\.reason)
        == ["the schema has no #/definitions/month"])
  }

  static func object(_ members: KeyValuePairs<String, JSONNode>) -> JSONObject {
    var object = JSONObject()
    for (key, value) in members { object.set(key, value) }
    return object
  }
}
