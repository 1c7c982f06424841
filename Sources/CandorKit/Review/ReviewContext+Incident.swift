/// Concrete incidents: sentences that tell an action with a result, the only thing that backs
/// a soft-skill claim.
extension ReviewContext {
  /// `sentence` or the one after it in its paragraph (in a list, its item) tells a concrete
  /// incident: a sentence with an action verb ("led", "cut", "I run") and a result (a number
  /// that measures work, a named technology, project or employer, or an outcome verb such as
  /// "reduced"), which is not itself a vague claim ("databases and APIs"). "I have 3 cats"
  /// has no action; "I know Python" neither. A result two sentences away backs another
  /// claim, not this one. Words inside `excluded` (the claim) do not count. In the claim's
  /// own sentence, an action dated by its year is an incident too ("I am detail-oriented:
  /// the 2023 audit closed with no adjustments").
  func hasIncident(
    paragraph index: Int, around sentence: LetterText.Sentence,
    excluding excluded: Range<String.Index>? = nil
  ) -> Bool {
    let sentences = letter.paragraphs[index].sentences
    let scope: [LetterText.Sentence]
    if sentence.isListItem {
      scope = sentences.filter { $0.item == sentence.item }
    } else {
      let position = sentences.firstIndex { $0.range == sentence.range } ?? 0
      scope = Array(sentences[position...].prefix(2))
    }
    return scope.contains { isIncident($0, excluding: excluded) }
      || isDatedAction(sentence, excluding: excluded)
  }

  /// The sentence tells an action outside `excluded` on an occasion its year names ("in
  /// 2023", "the 2023 audit"); "since 2015" is a span, not an occasion.
  private func isDatedAction(
    _ sentence: LetterText.Sentence, excluding excluded: Range<String.Index>?
  ) -> Bool {
    let words = sentence.words.filter { word in excluded.map { !$0.overlaps(word.range) } ?? true }
    guard words.contains(where: Self.isActionVerb) else { return false }
    return words.indices.contains { index in
      let key = words[index].key
      guard key.count == 4, let year = Int(key), (1950...2099).contains(year) else { return false }
      return index == 0 || !["since", "from", "until", "by"].contains(words[index - 1].key)
    }
  }

  /// One sentence tells an action with a result and is not a vague claim.
  func isIncident(
    _ sentence: LetterText.Sentence, excluding excluded: Range<String.Index>? = nil
  ) -> Bool {
    func outside(_ range: Range<String.Index>) -> Bool {
      excluded.map { !$0.overlaps(range) } ?? true
    }
    let words = sentence.words.filter { outside($0.range) }
    let actions = words.filter(Self.isActionVerb)
    guard !actions.isEmpty, !Self.isVagueClaim(sentence.words, letter.text) else { return false }
    if actions.contains(where: { Self.outcomeVerbs.contains($0.key) }) { return true }
    return !evidenceQuantities(in: sentence).isEmpty
      || technologyMentions(in: sentence).contains(where: outside)
      || namedThings(in: sentence).contains { outside($0.range) }
  }

  /// The sentence holds one of the vague-technology rule's phrases.
  static func isVagueClaim(_ words: [LetterWord], _ text: String) -> Bool {
    let patterns = SpecificityRules.vagueTechnology.check.patterns
    return words.indices.contains { start in
      patterns.contains { $0.match(words, at: start, in: text) != nil }
    }
  }

  /// A past-tense verb ("shipped", "led") or a present verb of doing ("run", "leads").
  static func isActionVerb(_ word: LetterWord) -> Bool {
    let key = word.key
    if irregularActions.contains(key) || presentActions.contains(key) { return true }
    return key.count > 4 && key.hasSuffix("ed") && !stateAdjectives.contains(key)
      && key.allSatisfy(\.isLetter)
  }

  /// Verbs that are both an action and its result.
  static let outcomeVerbs: Set<String> = [
    "reduced", "cut", "increased", "saved", "doubled", "halved", "tripled", "grew", "raised",
    "lowered", "eliminated", "prevented", "won", "launched", "shipped", "resolved", "fixed",
    "recovered", "shortened", "sped", "automated", "migrated",
  ]

  private static let irregularActions: Set<String> = [
    "built", "rebuilt", "led", "ran", "wrote", "rewrote", "cut", "made", "grew", "drove",
    "took", "brought", "taught", "won", "sold", "found", "began", "kept", "set", "gave", "held",
    "spent", "oversaw", "paid", "caught", "chose", "broke", "sped", "met", "sent", "shut",
    "fought", "undertook", "overcame", "stood", "understood", "split", "wound",
  ]

  private static let presentActions: Set<String> = [
    "run", "runs", "lead", "leads", "build", "builds", "maintain", "maintains", "manage",
    "manages", "ship", "ships", "write", "writes", "design", "designs", "mentor", "mentors",
    "train", "trains", "teach", "teaches", "coordinate", "coordinates", "handle", "handles",
    "own", "owns", "organize", "organizes", "organise", "organises", "schedule", "schedules",
    "answer", "answers", "resolve", "resolves", "supervise", "supervises", "review", "reviews",
  ]

  /// Words ending in "-ed" that describe a state, not an action.
  private static let stateAdjectives: Set<String> = [
    "skilled", "experienced", "detailed", "motivated", "organized", "organised", "interested",
    "excited", "thrilled", "based", "dedicated", "talented", "qualified", "focused", "driven",
    "seasoned", "accomplished", "advanced", "committed", "determined", "educated", "related",
    "oriented", "self-motivated", "varied", "esteemed", "valued", "respected", "honored",
    "honoured", "pleased", "delighted", "inspired", "fascinated", "dreamed", "versed",
    "talented", "required", "preferred", "needed", "proceed", "exceed", "succeed", "indeed",
    "embed", "speed", "breed", "bleed", "agreed", "tired", "retired", "married", "assured",
    "aimed", "hoped", "wanted", "wished", "loved", "liked", "enjoyed", "believed", "learned",
    "gained", "impressed", "intrigued", "attracted", "drawn", "prepared", "equipped",
    "positioned", "suited", "involved", "exposed", "acquainted", "familiarized",
  ]
}
