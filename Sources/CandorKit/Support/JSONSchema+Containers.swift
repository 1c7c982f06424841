/// Keywords for arrays and objects, and the ones that combine subschemas.
extension JSONSchema {
  func checkArray(
    _ elements: [JSONNode], _ keywords: JSONObject, at path: String,
    in context: inout ValidationContext
  ) {
    var firstAdditional = 0
    switch keywords["items"] {
    case .array(let tuple)?:
      for (index, schema) in tuple.enumerated() where index < elements.count {
        checkChild(elements[index], against: schema, at: Self.element(path, index), in: &context)
      }
      firstAdditional = tuple.count
      if let additional = keywords["additionalItems"] {
        for index in elements.indices.dropFirst(firstAdditional) {
          let elementPath = Self.element(path, index)
          checkChild(elements[index], against: additional, at: elementPath, in: &context)
        }
      }
    case let schema?:
      for (index, element) in elements.enumerated() {
        checkChild(element, against: schema, at: Self.element(path, index), in: &context)
      }
    case nil:
      break
    }
    checkArrayCounts(elements, keywords, at: path, in: &context)
  }

  private func checkArrayCounts(
    _ elements: [JSONNode], _ keywords: JSONObject, at path: String,
    in context: inout ValidationContext
  ) {
    let count = Double(elements.count)
    if let minimum = keywords.number("minItems"), count < minimum {
      context.add(path, "has \(Self.count(count, "item")); at least \(Self.format(minimum)) needed")
    }
    if let maximum = keywords.number("maxItems"), count > maximum {
      context.add(path, "has \(Self.count(count, "item")); at most \(Self.format(maximum)) allowed")
    }
    if keywords["uniqueItems"] == .bool(true), let (first, second) = Self.firstRepeat(elements) {
      context.add(path, "items \(first) and \(second) are the same; items must be unique")
    }
    if let schema = keywords["contains"],
      !elements.contains(where: { isValid($0, schema, context) })
    {
      context.add(path, "has no item of the required kind")
    }
  }

  private static func firstRepeat(_ elements: [JSONNode]) -> (Int, Int)? {
    for second in elements.indices {
      if let first = elements[..<second].firstIndex(of: elements[second]) {
        return (first, second)
      }
    }
    return nil
  }

  func checkObject(
    _ object: JSONObject, _ keywords: JSONObject, at path: String,
    in context: inout ValidationContext
  ) {
    let properties = keywords["properties"].flatMap(Self.objectValue) ?? JSONObject()
    let patterned = keywords["patternProperties"].flatMap(Self.objectValue) ?? JSONObject()
    for (key, value) in object.members {
      let memberPath = Self.child(path, key)
      if let names = keywords["propertyNames"] {
        checkChild(.string(key), against: names, at: memberPath, in: &context)
      }
      var isDeclared = false
      if let schema = properties[key] {
        isDeclared = true
        checkChild(value, against: schema, at: memberPath, in: &context)
      }
      for (pattern, schema) in patterned.members
      where (expressions[pattern] ?? SchemaPattern(pattern)).matches(key) {
        isDeclared = true
        checkChild(value, against: schema, at: memberPath, in: &context)
      }
      if !isDeclared, let additional = keywords["additionalProperties"] {
        if additional == .bool(false) {
          context.add(memberPath, "is not a field this schema allows here")
        } else {
          checkChild(value, against: additional, at: memberPath, in: &context)
        }
      }
    }
    checkObjectCounts(object, keywords, at: path, in: &context)
  }

  private func checkObjectCounts(
    _ object: JSONObject, _ keywords: JSONObject, at path: String,
    in context: inout ValidationContext
  ) {
    if case .array(let required)? = keywords["required"] {
      for name in required.compactMap(\.stringValue) where object[name] == nil {
        context.add(Self.child(path, name), "is required but missing")
      }
    }
    let count = Double(object.count)
    if let minimum = keywords.number("minProperties"), count < minimum {
      context.add(
        path, "has \(Self.count(count, "field")); at least \(Self.format(minimum)) needed")
    }
    if let maximum = keywords.number("maxProperties"), count > maximum {
      context.add(
        path, "has \(Self.count(count, "field")); at most \(Self.format(maximum)) allowed")
    }
  }

  func checkCombinators(
    _ value: JSONNode, _ keywords: JSONObject, at path: String,
    in context: inout ValidationContext
  ) {
    if case .array(let all)? = keywords["allOf"] {
      for schema in all { check(value, against: schema, at: path, in: &context) }
    }
    if case .array(let any)? = keywords["anyOf"],
      !any.contains(where: { isValid(value, $0, context) })
    {
      context.add(path, "matches none of the allowed forms" + closestReason(value, any, context))
    }
    if case .array(let one)? = keywords["oneOf"] {
      let matching = one.filter { isValid(value, $0, context) }.count
      if matching == 0 {
        context.add(path, "matches none of the allowed forms" + closestReason(value, one, context))
      } else if matching > 1 {
        context.add(path, "matches \(matching) of the forms where exactly one is allowed")
      }
    }
    if let excluded = keywords["not"], isValid(value, excluded, context) {
      context.add(path, "matches a form that is not allowed here")
    }
    if let condition = keywords["if"] {
      let branch = isValid(value, condition, context) ? keywords["then"] : keywords["else"]
      if let branch { check(value, against: branch, at: path, in: &context) }
    }
  }

  /// The first problem of the alternative that came closest, to help a person fix the value:
  /// the one with the fewest problems, and of those the one whose first problem lies deepest.
  private func closestReason(
    _ value: JSONNode, _ schemas: [JSONNode], _ context: ValidationContext
  ) -> String {
    let attempts = schemas.map { firstViolations(value, $0, context) }
    let closest = attempts.min { lhs, rhs in
      lhs.count != rhs.count
        ? lhs.count < rhs.count : (lhs.first?.path.count ?? 0) > (rhs.first?.path.count ?? 0)
    }
    guard let best = closest?.first else { return "" }
    let place = best.path.isEmpty ? "" : "\(best.path): "
    return " (closest: \(place)\(best.reason))"
  }

  private static func objectValue(_ value: JSONNode) -> JSONObject? {
    if case .object(let object) = value { return object }
    return nil
  }
}
