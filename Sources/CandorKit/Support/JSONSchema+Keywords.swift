import Foundation

/// The validation keywords, grouped by the kind of value they constrain.
extension JSONSchema {
  /// The longest run of `$ref`s followed without consuming part of the document.
  static let maximumReferenceChain = 64

  func check(
    _ value: JSONNode, against schema: JSONNode, at path: String,
    in context: inout ValidationContext
  ) {
    switch schema {
    case .bool(false):
      context.add(path, "is not allowed here")
    case .object(let keywords):
      if case .string(let reference)? = keywords["$ref"] {
        follow(reference, for: value, at: path, in: &context)
      } else {
        checkKeywords(value, keywords, at: path, in: &context)
      }
    default:
      break
    }
  }

  /// Checks a member or element, restarting the `$ref` loop guard since the value is smaller.
  func checkChild(
    _ value: JSONNode, against schema: JSONNode, at path: String,
    in context: inout ValidationContext
  ) {
    let chain = context.referenceChain
    context.referenceChain = 0
    check(value, against: schema, at: path, in: &context)
    context.referenceChain = chain
  }

  /// True when `value` satisfies `schema`, leaving `context` as it was.
  func isValid(_ value: JSONNode, _ schema: JSONNode, _ context: ValidationContext) -> Bool {
    firstViolations(value, schema, context).isEmpty
  }

  func firstViolations(_ value: JSONNode, _ schema: JSONNode, _ context: ValidationContext)
    -> [SchemaViolation]
  {
    var scratch = ValidationContext(referenceChain: context.referenceChain)
    check(value, against: schema, at: "", in: &scratch)
    return scratch.violations
  }

  private func follow(
    _ reference: String, for value: JSONNode, at path: String,
    in context: inout ValidationContext
  ) {
    guard let target = resolve(reference) else {
      context.add(path, "the schema's reference \(reference) points nowhere")
      return
    }
    guard context.referenceChain < Self.maximumReferenceChain else {
      context.add(path, "the schema's reference \(reference) loops without end")
      return
    }
    context.referenceChain += 1
    check(value, against: target, at: path, in: &context)
    context.referenceChain -= 1
  }

  private func checkKeywords(
    _ value: JSONNode, _ keywords: JSONObject, at path: String,
    in context: inout ValidationContext
  ) {
    guard checkType(value, keywords, at: path, in: &context) else { return }
    if case .array(let allowed)? = keywords["enum"], !allowed.contains(value) {
      let choices = allowed.map(Self.preview).joined(separator: ", ")
      context.add(path, "\(Self.preview(value)) is not one of the allowed values: \(choices)")
    }
    if let constant = keywords["const"], constant != value {
      context.add(path, "must be \(Self.preview(constant)), not \(Self.preview(value))")
    }
    switch value {
    case .string(let text): checkString(text, keywords, at: path, in: &context)
    case .number(let number): checkNumber(number, keywords, at: path, in: &context)
    case .array(let elements): checkArray(elements, keywords, at: path, in: &context)
    case .object(let object): checkObject(object, keywords, at: path, in: &context)
    case .null, .bool: break
    }
    checkCombinators(value, keywords, at: path, in: &context)
  }

  private func checkType(
    _ value: JSONNode, _ keywords: JSONObject, at path: String,
    in context: inout ValidationContext
  ) -> Bool {
    let names: [String]
    switch keywords["type"] {
    case .string(let name)?: names = [name]
    case .array(let list)?: names = list.compactMap(\.stringValue)
    default: return true
    }
    if names.contains(where: { Self.value(value, hasType: $0) }) { return true }
    let expected = Self.list(names.map(Self.typeWithArticle), joinedBy: "or")
    context.add(path, "expected \(expected), found \(Self.describe(value))")
    return false
  }

  static func value(_ value: JSONNode, hasType name: String) -> Bool {
    switch (name, value) {
    case ("null", .null), ("boolean", .bool), ("string", .string), ("number", .number),
      ("array", .array), ("object", .object):
      return true
    case ("integer", .number(let number)):
      return number.rounded() == number
    default:
      return false
    }
  }

  private func checkString(
    _ text: String, _ keywords: JSONObject, at path: String, in context: inout ValidationContext
  ) {
    let length = text.unicodeScalars.count
    if let minimum = keywords.number("minLength"), Double(length) < minimum {
      context.add(
        path, "\(Self.preview(.string(text))) is shorter than \(Self.count(minimum, "character"))")
    }
    if let maximum = keywords.number("maxLength"), Double(length) > maximum {
      context.add(
        path, "\(Self.preview(.string(text))) is longer than \(Self.count(maximum, "character"))")
    }
    if case .string(let pattern)? = keywords["pattern"],
      !(expressions[pattern] ?? SchemaPattern(pattern)).matches(text)
    {
      let name = patternNames[pattern] ?? "the pattern '\(pattern)'"
      context.add(path, "\(Self.preview(.string(text))) does not match \(name)")
    }
    if case .string(let format)? = keywords["format"],
      assertsFormats || assertedFormats.contains(format),
      let problem = SchemaFormat.problem(with: text, format: format)
    {
      context.add(path, "\(Self.preview(.string(text))) \(problem)")
    }
  }

  private func checkNumber(
    _ number: Double, _ keywords: JSONObject, at path: String, in context: inout ValidationContext
  ) {
    let shown = Self.format(number)
    if let limit = keywords.number("minimum"), number < limit {
      context.add(path, "\(shown) is less than the minimum \(Self.format(limit))")
    }
    if let limit = keywords.number("maximum"), number > limit {
      context.add(path, "\(shown) is more than the maximum \(Self.format(limit))")
    }
    if let limit = keywords.number("exclusiveMinimum"), number <= limit {
      context.add(path, "\(shown) must be more than \(Self.format(limit))")
    }
    if let limit = keywords.number("exclusiveMaximum"), number >= limit {
      context.add(path, "\(shown) must be less than \(Self.format(limit))")
    }
    if let divisor = keywords.number("multipleOf"), divisor > 0 {
      let quotient = number / divisor
      if !quotient.isFinite || abs(quotient - quotient.rounded()) > 1e-9 {
        context.add(path, "\(shown) is not a multiple of \(Self.format(divisor))")
      }
    }
  }
}

extension JSONObject {
  /// The member `key` when it is a number.
  func number(_ key: String) -> Double? {
    if case .number(let value)? = self[key] { return value }
    return nil
  }
}
