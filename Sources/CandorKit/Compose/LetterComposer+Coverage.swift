/// The posting's must-haves the resume shows that the draft has not named yet.
extension LetterComposer {
  /// The posting's top must-haves the resume shows but the draft never names, in the
  /// posting's own spelling: credentials as held ("I also hold BLS and ACLS
  /// certification"), never as lines the resume merely "shows".
  func coverage(_ draft: LetterDraft, _ narrator: inout Narrator) -> LetterSentence? {
    let text = ([draft.opening, draft.closing] + draft.body).map(\.text).joined(separator: " ")
    let mentioned = HeldSkills.withKinds(Set(Lexicon.standard.matches(in: text).map(\.term)))
    // A term the letter wrote, even inside another name ("ECF" in "CM/ECF"), is shown.
    let lowered = text.lowercased()
    let missing = KeywordGapCheck.askedOfLetter(posting, .standard).filter {
      knownSkills.contains($0) && !mentioned.contains($0)
        && !RequirementOptions.contains(lowered, word: posting.spelling(of: $0).lowercased())
    }
    guard !missing.isEmpty else { return nil }
    // A kind held only through a product is named by the product: "HubSpot", not "CRM";
    // a product the posting also names ("an ERP system (SAP …)") is named once.
    var held = Set<String>()
    let terms = Array(
      missing.map { HeldSkills.product(standingFor: $0, in: resume) ?? $0 }.filter {
        held.insert($0).inserted
      }.prefix(4))
    let sources = [SourceRef(.posting, "requirements")]
    let names = terms.map { term in
      let spelled = HeldSpelling.spelling(posting.spelling(of: term), of: term, in: resume) {
        resumeText.text
      }
      return SlotValues.counted(RequirementCase.named(spelled))
    }
    let credentials = terms.allSatisfy {
      Lexicon.standard.entry(for: $0)?.category == .certification
    }
    let list = SlotValues.list(ClaimSafety.distinct(names))
    let slots = [credentials ? "credentials" : "skills": list]
    return narrator.fill(bank.coverage, slots, variant: variant).map {
      LetterSentence($0, sources: sources + [.resume("skills")])
    }
  }
}

extension LetterComposer {
  /// A credential the posting asks for that the resume states only as pending, in its
  /// summary or certificates, said as pending ("I am working toward the SHRM-CP."); nil
  /// when there is none or the letter names it already (`said`).
  func pendingCredentialSentence(said: String, _ narrator: inout Narrator) -> LetterSentence? {
    let asks = posting.requirements.map(\.text).joined(separator: "\n").lowercased()
    let lowered = said.lowercased()
    for item in resume.evidence where [.summary, .certificate].contains(item.source) {
      guard let (name, sentence) = PendingCredential.parts(item.text) else { continue }
      let key = name.lowercased()
      // A credential's name, never a summary's opening words ("Site coordinator …").
      let isCredential = Lexicon.standard.matches(in: name).contains {
        Lexicon.standard.entry(for: $0.term)?.category == .certification
      }
      guard isCredential, RequirementOptions.contains(asks, word: key),
        !RequirementOptions.contains(lowered, word: key)
      else { continue }
      narrator.record(sentence)
      return LetterSentence(sentence, sources: [.resume(item.path)])
    }
    return nil
  }
}
