import Foundation

extension ResumeReader {
  /// Validates a JSON resume against the JSON Resume schema, naming the failing field path.
  ///
  /// Throws `invalidJSON` with the line and column of a syntax fault, or `schemaViolation`
  /// for the first field (in document order) that breaks the schema. As in the JSON Resume
  /// project's own tests, `format` (email, uri) is an annotation, not a check.
  public static func validate(_ file: InputFile) throws(CandorError) {
    if let first = try schemaViolations(in: file).first {
      let field = first.path.isEmpty ? "the document" : first.path
      throw .schemaViolation(path: file.name, field: field, reason: first.reason)
    }
  }

  /// Every violation of the JSON Resume schema in `file`, in document order.
  package static func schemaViolations(in file: InputFile) throws(CandorError) -> [SchemaViolation]
  {
    let document = try JSONSyntax.tree(file.text, name: file.name)
    return try ResumeSchema.standard.get().violations(of: document)
  }
}

/// The JSON Resume schema (v1.0.0, draft-07) bundled in `Resources/schema`.
package enum ResumeSchema {
  static let resourceName = "resume-schema.json"

  /// The schema, or the reason it could not be loaded (a packaging fault).
  package static let standard: Result<JSONSchema, CandorError> = {
    guard
      let url = Bundle.module.url(
        forResource: "resume-schema", withExtension: "json", subdirectory: "schema"),
      let data = try? Data(contentsOf: url)
    else {
      return .failure(.unreadable(path: resourceName, reason: "missing from the Candor bundle"))
    }
    return Result { () throws(CandorError) in
      try load(String(decoding: data, as: UTF8.self))
    }
  }()

  /// Builds the validator, naming the schema's date pattern in plain words. Email
  /// addresses are checked (`format: email`); `uri` stays an annotation, since resumes
  /// often give a profile as "linkedin.com/in/name" with no scheme.
  static func load(_ text: String) throws(CandorError) -> JSONSchema {
    let root = try JSONSyntax.tree(text, name: resourceName)
    var schema = JSONSchema(root)
    schema.assertedFormats = ["email"]
    if let pattern = root["definitions"]?["iso8601"]?["pattern"]?.stringValue {
      schema.patternNames[pattern] = "the date pattern YYYY, YYYY-MM or YYYY-MM-DD"
    }
    return schema
  }
}
