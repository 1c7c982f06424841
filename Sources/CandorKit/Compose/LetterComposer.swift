/// Realises a plan as paragraphs in one tone, then fits the length target.
struct LetterComposer {
  let plan: LetterPlan
  let resume: ParsedResume
  let options: LetterOptions
  let bank: PhraseBank

  private var variant: Int { options.variant }
  private var wordRange: ClosedRange<Int> { options.length == .short ? 120...180 : 250...380 }

  func compose() -> [LetterParagraph] {
    var narrator = Narrator()
    var slots = SlotValues(plan: plan, resume: resume, options: options).common()
    if let lead = plan.lead {
      let sentence = narrator.sentence(for: lead.evidence)
      slots["lead"] = sentence
      slots["leadLower"] = ClauseBuilder.lowerFirst(sentence)
    }
    let sources = SourceMap(plan: plan)
    var body = bodyParagraphs(sources, &narrator)
    var closing = closingParagraph(slots, sources)
    let opening = paragraph(
      .opening, bank.opening[plan.opener.rawValue] ?? [], slots, sources.common, variant)
    fitLength(opening: opening, body: &body, closing: &closing, &narrator)
    return [greeting(slots, sources), opening] + body + [closing, signOff()]
  }

  private func greeting(_ slots: [String: String], _ sources: SourceMap) -> LetterParagraph {
    let kind = plan.recipient.name == nil ? "team" : "person"
    return paragraph(.greeting, bank.greeting[kind] ?? [], slots, sources.common, 0)
  }

  /// One paragraph for the first two points, a second for the third and the level emphasis.
  private func bodyParagraphs(_ sources: SourceMap, _ narrator: inout Narrator)
    -> [LetterParagraph]
  {
    var sentences: [[LetterSentence]] = []
    for (index, point) in plan.points.enumerated() {
      let slots = SlotValues.point(point, sentence: narrator.sentence(for: point.evidence.evidence))
      let text = PhraseBank.fill(bank.point, slots, variant: variant + index) ?? slots["evidence"]!
      sentences.append(SentenceSources.sentences(text, sources: sources.point(point)))
    }
    if options.length == .standard, let emphasis = plan.emphasis {
      let slots = SlotValues.point(
        PlannedPoint(requirement: "", tier: .other, line: 0, evidence: emphasis),
        sentence: narrator.sentence(for: emphasis.evidence))
      if let text = PhraseBank.fill(bank.level[plan.level.rawValue] ?? [], slots, variant: variant)
      {
        sentences.append(
          SentenceSources.sentences(text, sources: [.resume(emphasis.evidence.path)]))
      }
    }
    let groups =
      sentences.count <= 2
      ? [sentences] : [Array(sentences.prefix(2)), Array(sentences.dropFirst(2))]
    return groups.filter { !$0.isEmpty }.map {
      LetterParagraph(role: .body, sentences: $0.flatMap { $0 })
    }
  }

  private func closingParagraph(_ slots: [String: String], _ sources: SourceMap) -> LetterParagraph
  {
    var sentences: [LetterSentence] = []
    if let text = PhraseBank.fill(bank.closing, slots, variant: variant) {
      sentences.append(LetterSentence(text, sources: sources.topic))
    }
    if options.length == .standard,
      let text = PhraseBank.fill(bank.showcase, slots, variant: variant)
    {
      sentences.append(LetterSentence(text, sources: sources.showcase))
    }
    return LetterParagraph(role: .closing, sentences: sentences)
  }

  private func signOff() -> LetterParagraph {
    var lines = [LetterSentence(bank.signOff[variant % bank.signOff.count])]
    if let name = plan.signOff.name {
      lines.append(LetterSentence(name, sources: [.resume("basics.name")]))
    }
    if !plan.signOff.contacts.isEmpty {
      lines.append(
        LetterSentence(plan.signOff.contacts.joined(separator: " · "), sources: [.resume("basics")])
      )
    }
    return LetterParagraph(role: .signOff, sentences: lines)
  }

  private func paragraph(
    _ role: LetterParagraph.Role, _ patterns: [String], _ slots: [String: String],
    _ sources: [String: [SourceRef]], _ variant: Int
  ) -> LetterParagraph {
    let text = PhraseBank.fill(patterns, slots, variant: variant) ?? ""
    let sentences = SentenceSources.sentences(text, slots: slots, sources: sources)
    return LetterParagraph(role: role, sentences: sentences)
  }

  /// Adds reserve evidence below the range; drops the least important sentences above it.
  private func fitLength(
    opening: LetterParagraph, body: inout [LetterParagraph], closing: inout LetterParagraph,
    _ narrator: inout Narrator
  ) {
    func count() -> Int {
      ([opening, closing] + body).reduce(0) { $0 + $1.wordCount }
    }
    var reserve = plan.reserve.makeIterator()
    while count() < wordRange.lowerBound, !body.isEmpty, let next = reserve.next() {
      let text = narrator.sentence(for: next.evidence)
      let target = body.indices.min { body[$0].wordCount < body[$1].wordCount }!
      body[target].sentences.append(LetterSentence(text, sources: [.resume(next.evidence.path)]))
    }
    while count() > wordRange.upperBound {
      if closing.sentences.count > 1 {
        closing.sentences.removeLast()
      } else if let last = body.indices.last, body[last].sentences.count > 1 {
        body[last].sentences.removeLast()
      } else if body.count > 1 {
        body.removeLast()
      } else {
        break
      }
    }
  }
}
