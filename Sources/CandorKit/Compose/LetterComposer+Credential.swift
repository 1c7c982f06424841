/// A short credential and the degree beside it, said in one sentence.
extension LetterComposer {
  /// "I hold a CPA licence and a B.S. in Accounting from Boise State University.": a
  /// certificate naming one credential of at most six words, said with the plan's earned
  /// degree, so neither takes a thin sentence of its own. The wording is the next of the
  /// letter's credential wordings, so no two credential sentences open alike. Nil for any
  /// other statement, a degree still being completed or already cited by a sentence of
  /// `said`, or a credential whose place follows a comma. `said` is read only for a
  /// certificate.
  func credentialWithDegree(
    _ item: Evidence, said: () -> [LetterSentence], _ narrator: inout Narrator
  ) -> LetterSentence? {
    guard item.source == .certificate, let education = plan.education,
      education.isExpected != true, let degree = SlotValues.degreeName(education),
      !said().contains(where: { $0.sources.contains(.resume(education.path)) }),
      StatementPhrasing.credentialSentences(for: item) != nil
    else { return nil }
    let name = CredentialName.cleaned(ClauseBuilder.trimmedStatement(item.text))
    let phrase = CredentialPhrase(name)
    let held = phrase.held
    guard !phrase.isPlural, !held.hasBytes(","), WordCount.spaced(held) <= 6,
      let text = narrator.credential(
        phrase.wordings(and: "\(SlotValues.withArticle(degree)) from \(education.institution)"))
    else { return nil }
    narrator.record(text)
    return LetterSentence(text, sources: [.resume(item.path), .resume(education.path)])
  }
}
