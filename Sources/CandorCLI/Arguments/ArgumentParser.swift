/// Parses raw arguments against a ``CommandSpec``.
enum ArgumentParser {
  static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError)
    -> ParsedArguments
  {
    var parsed = ParsedArguments()
    var index = 0
    var onlyPositionals = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
        parsed.positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      var name = String(argument.drop(while: { $0 == "-" }))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      guard let option = spec.options.first(where: { $0.name == name }) else {
        let names = spec.options.map { "--" + $0.name }
        throw .unknownOption(
          argument, command: spec.name, suggestion: EditDistance.closest(to: "--" + name, in: names)
        )
      }
      if option.isFlag {
        parsed.flags.insert(name)
        continue
      }
      guard let value = inlineValue ?? (index < arguments.count ? arguments[index] : nil) else {
        throw .missingValue(option: name, command: spec.name)
      }
      if inlineValue == nil { index += 1 }
      if let choices = option.choices, !choices.contains(value) {
        throw .invalidChoice(
          option: name, value: value, choices: choices,
          suggestion: EditDistance.closest(to: value, in: choices))
      }
      if let earlier = parsed.values[name], earlier != value {
        throw .conflict(
          "--\(name) is given twice ('\(earlier)' and '\(value)'); keep one", command: spec.name)
      }
      parsed.values[name] = value
    }
    try checkPositionals(parsed.positionals, spec)
    if let missing = spec.options.first(where: { $0.isRequired && parsed.values[$0.name] == nil }) {
      throw .missingArgument("--\(missing.name) \(missing.valueName ?? "")", command: spec.name)
    }
    try OutputFormat.infer(&parsed, spec: spec)
    for option in spec.options where parsed.values[option.name] == nil {
      if let value = option.defaultValue { parsed.values[option.name] = value }
    }
    return parsed
  }

  private static func checkPositionals(_ values: [String], _ spec: CommandSpec) throws(UsageError) {
    for (position, argument) in spec.arguments.enumerated() {
      guard position < values.count else {
        if argument.isOptional { continue }
        throw .missingArgument(argument.name, command: spec.name)
      }
      if let choices = argument.choices, !choices.contains(values[position]) {
        throw .invalidChoice(
          option: argument.name, value: values[position], choices: choices,
          suggestion: EditDistance.closest(to: values[position], in: choices))
      }
    }
    if values.count > spec.arguments.count {
      throw .unexpectedArgument(values[spec.arguments.count], command: spec.name)
    }
  }
}

/// Levenshtein distance, used to suggest the option or value a person meant.
enum EditDistance {
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased())
    let b = Array(b.lowercased())
    if a.isEmpty { return b.count }
    var row = Array(0...b.count)
    for i in 1...a.count {
      var previous = row[0]
      row[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let current = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = current
      }
    }
    return row[b.count]
  }

  /// The candidate nearest to `word`, if it is close enough to be a likely typo.
  static func closest(to word: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, distance(word, $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    let limit = max(2, word.count / 3)
    if let prefixed = candidates.first(where: { $0.hasPrefix(word) && word.count >= 3 }) {
      return prefixed
    }
    return best.1 <= limit ? best.0 : nil
  }
}
