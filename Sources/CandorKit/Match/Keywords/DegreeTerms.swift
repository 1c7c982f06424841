/// Degree requirements as one term each: "B.S. in Computer Science" rather than a degree
/// and a field, and "BS, MS or PhD" as one requirement that any of them satisfies.
enum DegreeTerms {
  /// `hits` with each degree joined to the field that follows it ("in Computer Science"),
  /// and every degree on the line gathered into the first. A field the lexicon knows that
  /// is a skill besides a subject of study stays a keyword of its own too ("GIS" in
  /// "Bachelor's degree in Geography, GIS or a related field").
  static func merge(_ hits: [TermHit], in text: String) -> (hits: [TermHit], degrees: [TermHit]) {
    guard hits.contains(where: { $0.category == .degree }) else { return (hits, []) }
    var result: [TermHit] = []
    var degrees: [TermHit] = []
    var index = 0
    while index < hits.count {
      var hit = hits[index]
      index += 1
      guard hit.category == .degree else {
        result.append(hit)
        continue
      }
      if let field = fieldEnd(after: hit, in: text, next: index < hits.count ? hits[index] : nil) {
        // "Bachelor's degree (finance, …)": the keyword is the degree, the bracket its choice.
        let bracket = bracketEnd(from: hit.range.upperBound, field: field, in: text)
        if bracket == nil {
          hit.range = hit.range.lowerBound..<field
          hit.spelling = String(text[hit.range])
        }
        let first = index
        while index < hits.count, hits[index].range.lowerBound < field { index += 1 }
        let listed = index
        index = skipFields(from: index, after: field, in: hits, text: text)
        result += hits[first..<index].filter {
          $0.isKnown && $0.category != .degree && !disciplines.contains($0.key)
        }
        // "in statistics, economics, business or a related field": the whole choice is an
        // option of the ask, so that a degree in any field listed, or a related one, meets
        // it; the keyword itself keeps the first field, as people name it.
        let end = index > listed ? hits[index - 1].range.upperBound : field
        if let choice = bracket ?? relatedTail(after: end, in: text)
          ?? (index > listed ? end : listedDisciplines(after: end, in: text))
        {
          var whole = hit
          whole.range = hit.range.lowerBound..<choice
          whole.spelling = String(text[whole.range])
          whole.key = hit.key + " (choice)"
          degrees.append(hit)
          degrees.append(whole)
          continue
        }
      }
      degrees.append(hit)
    }
    guard let first = degrees.first else { return (result, []) }
    result.append(first)
    return (result.sorted { $0.range.lowerBound < $1.range.lowerBound }, degrees)
  }

  /// The end of a subject written in lower case at `words` ("in business or construction
  /// management", "in computer science"), one of `disciplines`, two words tried first.
  private static func lowercaseDiscipline(at start: WordScanner) -> String.Index? {
    var words = start
    var phrase = ""
    var found: String.Index?
    for _ in 0..<2 {
      guard let word = words.peek(), word.first?.isLowercase == true else { break }
      phrase += (phrase.isEmpty ? "" : " ") + word
      if disciplines.contains(phrase) { found = word.endIndex }
      words.advance()
    }
    return found
  }

  /// Subjects of study that name a degree's field and no skill a posting asks for apart
  /// from the degree ("B.S. in Computer Science or Mathematics"), as lexicon keys.
  private static let disciplines = StudyFields.disciplines

  /// The index after further fields listed with the first ("in Computer Science,
  /// Mathematics or Economics"): they belong to the degree, not to the skills.
  private static func skipFields(
    from start: Int, after end: String.Index, in hits: [TermHit], text: String
  ) -> Int {
    var index = start
    var previousEnd = end
    while index < hits.count, isField(hits[index]),
      EitherOr.joins(text[previousEnd..<hits[index].range.lowerBound])
        || isListGap(text[previousEnd..<hits[index].range.lowerBound])
    {
      previousEnd = hits[index].range.upperBound
      index += 1
    }
    return index
  }

  /// The end of subjects the lexicon lacks listed after a degree's field ("in supply chain,
  /// business or engineering"): each one of `disciplines`, after a comma, "or" or "and".
  private static func listedDisciplines(after end: String.Index, in text: String)
    -> String.Index?
  {
    var rest = text[end...].prefix { !".;(\n".contains($0) }
    var found: String.Index?
    while let first = rest.first, first == "," || first == " " {
      rest = rest.drop { $0 == " " || $0 == "," }
      for joiner in ["or ", "and "] where rest.hasPrefix(joiner) {
        rest = rest.dropFirst(joiner.count)
      }
      let item = rest.prefix { $0 != "," }
      let cut =
        [" or ", " and "].compactMap { item.range(of: $0)?.lowerBound }.min() ?? item.endIndex
      let name = item[..<cut].trimmingCharacters(in: .whitespaces)
      guard disciplines.contains(name.lowercased()),
        let last = item[..<cut].lastIndex(where: { $0 != " " })
      else { break }
      found = text.index(after: last)
      rest = rest[cut...]
    }
    return found
  }

  /// "Bachelor's degree (finance, economics or related)": after a bracket opened before the
  /// field, the choice runs to the bracket's close.
  private static func bracketEnd(from start: String.Index, field: String.Index, in text: String)
    -> String.Index?
  {
    guard text[start..<field].contains("(") else { return nil }
    let rest = text[field...].prefix { $0 != "\n" && $0 != "(" }
    return rest.firstIndex(of: ")").map(text.index(after:))
  }

  /// The end of "…, business or a related field" / "or equivalent" in the clause after a
  /// degree's fields: the choice the posting offers runs to there.
  private static func relatedTail(after end: String.Index, in text: String) -> String.Index? {
    let clause = text[end...].prefix { !".;(\n".contains($0) }
    guard clause.count <= 60 else { return nil }
    let lowered = clause.lowercased()
    for tail in ["related field", "equivalent"] {
      if let range = lowered.range(of: tail) {
        let offset = lowered.distance(from: lowered.startIndex, to: range.upperBound)
        return clause.index(clause.startIndex, offsetBy: offset)
      }
    }
    return nil
  }

  private static func isField(_ hit: TermHit) -> Bool {
    hit.category == .domain || hit.category == .hardSkill || !hit.isKnown
  }

  /// ", ", " and ", ", and ": what separates items of one list; also fields the lexicon
  /// lacks listed between known ones (", Economics, Marketing, "), each capitalised.
  private static func isListGap(_ gap: Substring) -> Bool {
    let words = gap.split(whereSeparator: { $0 == " " || $0 == "," })
    guard gap.contains(",") else { return words == ["and"] || words == ["&"] }
    return words.allSatisfy { $0.first?.isUppercase == true || $0 == "and" || $0 == "&" }
  }

  /// Where the field named after a degree ends: the next term when only "in" or "of"
  /// (and perhaps "degree") stands between, or a run of capitalised words after "in".
  private static func fieldEnd(after degree: TermHit, in text: String, next: TermHit?)
    -> String.Index?
  {
    var rest = text[degree.range.upperBound...]
    if rest.first == "." { rest = rest.dropFirst() }  // "B.S." matched as "B.S"
    var words = WordScanner(rest)
    if words.peek()?.lowercased() == "degree" { words.advance() }
    // "Bachelor's degree (finance, economics or related)": the bracket lists the fields.
    if words.enterBracket() {
      if let next, next.range.lowerBound == words.position, next.category == .degree {
        return nil
      }
    } else {
      guard let lead = words.peek()?.lowercased(), lead == "in" || lead == "of" else {
        return nil
      }
      words.advance()
    }
    if let next, next.range.lowerBound == words.position, isField(next) {
      return next.range.upperBound
    }
    if let end = lowercaseDiscipline(at: words) { return end }
    var end: String.Index?
    var count = 0
    while count < 4, let word = words.peek() {
      if word.first?.isUppercase == true {
        end = word.endIndex
        count += 1
      } else if !(word == "and" || word == "&") || end == nil {
        break
      }
      words.advance()
    }
    return end
  }
}

/// Reads the space-separated words of a string one at a time, stopping at punctuation.
struct WordScanner {
  private var rest: Substring

  init(_ text: Substring) { rest = text }

  /// Where the next word starts, after spaces.
  var position: String.Index {
    rest.firstIndex { $0 != " " } ?? rest.endIndex
  }

  /// The next word: letters, digits, apostrophes, "&", "+" and "#"; nil at punctuation.
  func peek() -> Substring? {
    let start = position
    let word = rest[start...].prefix { $0.isLetter || $0.isNumber || "'’&+#.".contains($0) }
    let trimmed = word.hasSuffix(".") ? word.dropLast() : word
    return trimmed.isEmpty ? nil : trimmed
  }

  /// Steps into a bracket that opens next ("(finance, …"); false when none does.
  mutating func enterBracket() -> Bool {
    let start = position
    guard start < rest.endIndex, rest[start] == "(" else { return false }
    rest = rest[rest.index(after: start)...]
    return true
  }

  mutating func advance() {
    guard let word = peek() else { return }
    rest = rest[word.endIndex...]
  }
}
