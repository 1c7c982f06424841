import Foundation

/// One way a JSON document breaks its schema: the field path and a reason a person can act on.
package struct SchemaViolation: Sendable, Equatable {
  /// Where the fault is, written like `work[0].startDate`; empty for the document itself.
  package var path: String
  package var reason: String

  package init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }
}

/// A small JSON Schema (draft-07) validator.
///
/// It understands the keywords a document schema needs: `type`, `enum`, `const`, `properties`,
/// `patternProperties`, `additionalProperties`, `required`, `propertyNames`, `min/maxProperties`,
/// `items`, `additionalItems`, `contains`, `min/maxItems`, `uniqueItems`, `pattern`,
/// `min/maxLength`, `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `multipleOf`,
/// `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`, boolean schemas, and `$ref` to a
/// JSON pointer inside the same schema. `format` is an annotation unless ``assertsFormats`` is
/// set, or the format is one of ``assertedFormats``; then `email`, `uri`, `date` and
/// `date-time` are checked.
package struct JSONSchema: Sendable {
  /// The schema document.
  package let root: JSONNode
  /// Check `format` values instead of treating them as annotations.
  package var assertsFormats = false
  /// Formats checked even when ``assertsFormats`` is off ("email").
  package var assertedFormats: Set<String> = []
  /// Plain-language names for regular expressions, used in messages ("the date pattern …").
  package var patternNames: [String: String] = [:]
  let expressions: [String: SchemaPattern]

  /// Prepares `root`, compiling every `pattern` and `patternProperties` expression once.
  package init(_ root: JSONNode) {
    self.root = root
    var patterns: [String] = []
    Self.collectPatterns(in: root, into: &patterns)
    var expressions: [String: SchemaPattern] = [:]
    for pattern in patterns where expressions[pattern] == nil {
      expressions[pattern] = SchemaPattern(pattern)
    }
    self.expressions = expressions
  }

  /// Every violation of the schema (or of the subschema at `pointer`, such as
  /// `#/definitions/iso8601`) by `value`, in document order.
  package func violations(of value: JSONNode, against pointer: String = "#") -> [SchemaViolation] {
    guard let schema = resolve(pointer) else {
      return [SchemaViolation(path: "", reason: "the schema has no \(pointer)")]
    }
    var context = ValidationContext()
    check(value, against: schema, at: "", in: &context)
    return context.violations
  }

  /// The subschema a `$ref` such as `#/definitions/iso8601` points to.
  func resolve(_ reference: String) -> JSONNode? {
    guard reference.hasPrefix("#") else { return nil }
    var node: JSONNode? = root
    for token in reference.dropFirst().split(separator: "/") {
      let key = (token.removingPercentEncoding ?? String(token))
        .replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
      switch node {
      case .object(let object)?:
        node = object[key]
      case .array(let elements)?:
        node = Int(key).flatMap { elements.indices.contains($0) ? elements[$0] : nil }
      default:
        return nil
      }
    }
    return node
  }

  private static func collectPatterns(in schema: JSONNode, into patterns: inout [String]) {
    switch schema {
    case .object(let object):
      for (key, value) in object.members {
        if key == "pattern", case .string(let pattern) = value { patterns.append(pattern) }
        if key == "patternProperties", case .object(let table) = value {
          patterns += table.keys
        }
        collectPatterns(in: value, into: &patterns)
      }
    case .array(let elements):
      for element in elements { collectPatterns(in: element, into: &patterns) }
    default:
      break
    }
  }
}

/// What one validation run carries: the violations found so far, and how many `$ref`s have
/// been followed in a row without stepping into a member or element (to stop reference loops).
struct ValidationContext {
  var violations: [SchemaViolation] = []
  var referenceChain = 0

  mutating func add(_ path: String, _ reason: String) {
    violations.append(SchemaViolation(path: path, reason: reason))
  }
}

/// A compiled regular expression, searched (not anchored) as JSON Schema's `pattern` is.
struct SchemaPattern: @unchecked Sendable {
  // NSRegularExpression is immutable and documented as safe to share between threads.
  private let expression: NSRegularExpression?

  init(_ pattern: String) {
    expression = try? NSRegularExpression(pattern: pattern)
  }

  /// True when the expression occurs in `text`; an expression that did not compile matches all.
  func matches(_ text: String) -> Bool {
    guard let expression else { return true }
    let range = NSRange(text.startIndex..., in: text)
    return expression.firstMatch(in: text, range: range) != nil
  }
}
