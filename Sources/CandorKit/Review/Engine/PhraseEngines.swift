/// The engines that work on phrase hits: existence, substitution and occurrence.
extension Existence {
  func run(_ hits: [PatternHit], _ context: ReviewContext, _ rule: Rule) -> [Hit] {
    switch mode {
    case .forbid:
      // Words the letter quotes from the posting are the posting's, not the writer's.
      return hits.filter {
        !isExcused($0, context)
          && !context.quotesPosting(context.range(of: $0), in: context.sentence($0))
      }
      .map { hit in
        let range = context.range(of: hit)
        let match = context.quote(range)
        let clause = context.quote(context.readable(range))
        // "{in-clause}" names the clause around a phrase that would not read on its own.
        let values = [
          "match": match, "clause": clause,
          "in-clause": clause == match ? "" : " in '\(clause)'",
        ]
        return Hit(
          range: range, message: Template.fill(message, values),
          suggestion: FixWriter.suggestion(fix, context, rule))
      }
    case .require:
      guard hits.isEmpty, let last = context.paragraphs(in: region).last,
        let sentence = context.paragraph(last).sentences.first
      else { return [] }
      return [
        Hit(
          range: context.firstWords(of: sentence), message: message,
          suggestion: FixWriter.suggestion(fix, context, rule))
      ]
    }
  }

  private func isExcused(_ hit: PatternHit, _ context: ReviewContext) -> Bool {
    let range = context.range(of: hit)
    let sentence = context.sentence(hit)
    switch excuse {
    case .none:
      return false
    case .nextStepInClosing:
      return NextStepPhrases.inClosing(context)
    case .figureOrNamed(let sizes):
      if hit.pattern < sizes { return !context.evidenceQuantities(in: sentence).isEmpty }
      return context.technologyMentions(in: sentence).contains { !$0.overlaps(range) }
    case .resumeShowsBreak:
      // A break the resume lists, states or leaves as a gap, as `candor write` reads it, or
      // one its text names where the reader placed nothing ("CAREER BREAK" as a heading).
      guard let resume = context.resume else { return false }
      return CareerBreak.source(in: resume.resume, today: context.today) != nil
        || CareerBreak.isNamed(inResume: context.resumeText)
    case .incidentInParagraph:
      return context.hasIncident(paragraph: hit.paragraph, around: sentence, excluding: range)
    case .namedRightAfter:
      // "SOAP web services": the category word is part of a named lexicon term.
      if context.terms.contains(where: {
        $0.range.lowerBound < range.lowerBound && $0.range.upperBound >= range.upperBound
          && $0.term.contains(where: \.isUppercase)
      }) {
        return true
      }
      let mentions = context.technologyMentions(in: sentence)
      let after = context.letter.text[range.upperBound..<sentence.range.upperBound]
      let introducers = [
        "(", ":", "—", " – ", "such as", "including", "like ", "e.g", "namely", "using ",
        " with ", " in ",
      ]
      let lead = after.prefix(24).lowercased()
      guard introducers.contains(where: { lead.contains($0) }) else { return false }
      return mentions.contains {
        $0.lowerBound >= range.upperBound
      }
    }
  }
}

extension Substitution {
  func run(_ hits: [PatternHit], _ context: ReviewContext) -> [Hit] {
    hits.map { hit in
      let range = context.range(of: hit)
      var replacement = pairs[hit.pattern].replacement
      // "Your going" at a sentence's start becomes "You're going".
      if context.letter.text[range].first?.isUppercase == true, let first = replacement.first {
        replacement = first.uppercased() + replacement.dropFirst()
      }
      let sentence = context.sentence(hit)
      let before = context.letter.text[sentence.range.lowerBound..<range.lowerBound]
      let after = context.letter.text[range.upperBound..<sentence.range.upperBound]
      var rewritten = ReviewContext.collapse(before + replacement + after)
      if replacement.isEmpty, let first = rewritten.first {
        rewritten = first.uppercased() + rewritten.dropFirst()
      }
      return Hit(
        range: range,
        message: Template.fill(
          message, ["match": context.quote(range), "replacement": replacement]),
        suggestion: "write '\(Template.shorten(rewritten))'")
    }
  }
}

extension Occurrence {
  func run(_ hits: [PatternHit], _ context: ReviewContext) -> [Hit] {
    let groups: [[PatternHit]]
    switch scope {
    case .letter: groups = [hits]
    case .paragraph: groups = Dictionary(grouping: hits, by: \.paragraph).values.map { $0 }
    case .sentence:
      groups = Dictionary(grouping: hits, by: { [$0.paragraph, $0.sentence] }).values.map { $0 }
    }
    return groups.filter { $0.count > limit }.map { group in
      let over = group.sorted { ($0.paragraph, $0.sentence) < ($1.paragraph, $1.sentence) }[limit]
      let range = context.range(of: over)
      let values = ["match": context.quote(range), "limit": "\(limit)", "value": "\(group.count)"]
      return Hit(range: range, message: Template.fill(message, values))
    }
  }
}

/// Fills `{name}` slots in house-style messages.
enum Template {
  static func fill(_ template: String, _ values: [String: String]) -> String {
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}"),
        let value = values[String(rest[rest.index(after: open)..<close])]
      else {
        result.append("{")
        rest = rest[rest.index(after: open)...]
        continue
      }
      result += value
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  /// Cuts long quotes to `limit` characters at a word boundary.
  static func shorten(_ text: String, limit: Int = 90) -> String {
    guard text.count > limit else { return text }
    let cut = text.prefix(limit)
    let end = cut.lastIndex(of: " ") ?? cut.endIndex
    return String(cut[..<end]) + "…"
  }
}
