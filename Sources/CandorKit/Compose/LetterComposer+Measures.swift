/// Measured statements a short letter has not told: a number says more than a list of
/// skills, so these come before the resume's fields.
extension LetterComposer {
  /// Sentences for the resume's measured statements whose figures the letter does not yet
  /// state (`said`), in resume order, while `isShort` holds: a summary's "… 840,000
  /// accident-free miles", a result with no verb ("100% on-time delivery rating for 2024
  /// across 310 loads"), an absolute ("Zero recordable safety incidents"). A figure already in
  /// the letter is never told twice.
  func unsaidMeasures(
    said: String, while isShort: (Int) -> Bool, _ narrator: inout Narrator
  ) -> [LetterSentence] {
    var sentences: [LetterSentence] = []
    var said = said
    var words = 0
    for item in resume.evidence where isShort(words) {
      var figures = item.metrics.filter { $0.unit != "years" }.map(\.text)
      // "Zero recordable safety incidents in 3 years" states its result in its first word.
      let statement = ClauseBuilder.trimmedStatement(item.text)
      if figures.isEmpty, NominalStatement.isAbsolute(statement) {
        figures = [ClauseBuilder.lowerFirst(statement, always: true)]
      }
      guard !figures.isEmpty, !figures.contains(where: { said.hasBytes($0) }),
        !EvidenceRanker.isVague(item.text), let text = measureSentence(item, &narrator)
      else { continue }
      narrator.record(text)
      said += " " + text
      words += WordCount.words(text)
      sentences.append(LetterSentence(text, sources: [.resume(item.path)]))
    }
    return sentences
  }

  /// The statement as an action when it has a verb, else as the noun phrase it is.
  private func measureSentence(_ item: Evidence, _ narrator: inout Narrator) -> String? {
    switch item.source {
    case .summary:
      return StatementPhrasing.summarySentence(ClauseBuilder.trimmedStatement(item.text))
    case .work, .volunteer, .project:
      if StatementPhrasing.canSay(item) { return narrator.sentence(for: item) }
      return NominalStatement.sentence(for: item, language: resume.language)
        ?? NominalStatement.result(item)
    default:
      return nil
    }
  }
}
