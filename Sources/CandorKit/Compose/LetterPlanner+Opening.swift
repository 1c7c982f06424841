import Foundation

/// Who the letter is addressed to and the company details it can open on.
extension LetterPlanner {
  func recipient() -> PlannedRecipient {
    if let typed = options.recipient?.trimmingSpaces(), !typed.isEmpty {
      let name = TypedName.cased(TypedName.withoutPostNominals(typed))
      return PlannedRecipient(name: name, addressee: name, source: .option("--to"))
    }
    if let contact = posting.recipient {
      // "Dear Dr. Vance," only when the posting writes "Dr."; no honorific is ever guessed.
      let surname = contact.name.split(separator: " ").last.map(String.init) ?? contact.name
      let addressee = contact.honorific.map { "\($0) \(surname)" } ?? contact.name
      return PlannedRecipient(
        name: contact.name, addressee: addressee, source: contact.line.map(SourceRef.posting))
    }
    if let company = posting.company {
      return PlannedRecipient(name: nil, addressee: "\(company) team", source: nil)
    }
    // "Dear Staff Nurse hiring team," reads well; a title's unit after a dash or comma
    // ("Research Associate – Cardiac Lab hiring team") does not, so only its head is used.
    if let title = posting.title.map(Self.titleHead), WordCount.spaced(title) <= 5 {
      return PlannedRecipient(name: nil, addressee: "\(title) hiring team", source: nil)
    }
    return PlannedRecipient(name: nil, addressee: "hiring team", source: nil)
  }

  /// `--hook` wins; then the posting's hooks, most specific first, then a scale figure.
  func hooks() -> [PlannedHook] {
    var hooks: [PlannedHook] = []
    if let text = options.hook?.trimmingSpaces(), !text.isEmpty {
      hooks.append(PlannedHook(text: text, source: .option("--hook")))
    }
    let order: [CompanyHook.Kind] = [.initiative, .product, .scale, .growth, .mission, .culture]
    // A detail about the company ("we", "our", its name) before one about its industry
    // ("companies in this market are run inefficiently"), which "where …" would misplace.
    func rank(_ hook: CompanyHook) -> (Int, Int, Int) {
      (refersToCompany(hook.text) ? 0 : 1, order.firstIndex(of: hook.kind) ?? 9, hook.line)
    }
    // Each hook ranked once, not on every comparison (the rank lowercases and splits it).
    let ranks = posting.hooks.map(rank)
    let ranked = posting.hooks.indices.sorted { ranks[$0] < ranks[$1] }.map { posting.hooks[$0] }
    // A duty or a requirement ("lead opening and closing shifts") says what the hire will
    // do, not something about the company, and reads wrongly after "I read that".
    // By line, or by text on a line that holds several asks: a JSON-LD description puts
    // every sentence, the company's too, on the script's one line.
    let askLines = (posting.responsibilities.map(\.line) + posting.requirements.map(\.line))
    let shared = Set(
      Dictionary(askLines.map { ($0, 1) }, uniquingKeysWith: +).filter {
        $0.value > 1
      }.keys)
    let asks =
      posting.responsibilities
      + posting.requirements.map {
        PostingLine(text: $0.text, line: $0.line)
      }
    let isAsk = { (sentence: String, line: Int) in
      let words = sentence.trimmingPunctuation()
      return asks.contains { ask in
        ask.line == line && (!shared.contains(line) || ask.text.hasBytes(words))
      }
    }
    for hook in ranked
    where !isAsk(hook.text, hook.line)
      && ClaimSafety.namesOnlyKnownTools(hook.text, knownSkills, in: posting)
      && Self.isStatement(hook.text)
    {
      guard let text = Self.shortened(hook.text) else { continue }
      hooks.append(PlannedHook(text: text, source: .posting(line: hook.line)))
    }
    // A scale figure ("ships orders to 900 stores") stands in for a missing hook, or is the
    // second company detail a short letter can say when the posting states only one hook.
    for figure in posting.scaleFigures where hooks.count < 2 && !isAsk(figure.sentence, figure.line)
    {
      let source = SourceRef.posting(line: figure.line)
      let isNew = !hooks.contains { $0.source == source }
      let isSafe = ClaimSafety.namesOnlyKnownTools(figure.sentence, knownSkills, in: posting)
      guard hooks.isEmpty || (isNew && isSafe) else { continue }
      hooks.append(PlannedHook(text: figure.sentence, source: source))
    }
    return hooks
  }

  /// True when `text` speaks of the company itself: its name, or "we", "our", "us".
  func refersToCompany(_ text: String) -> Bool {
    if ClauseBuilder.mayHoldCompanyVoice(text) {
      var saysWe = false
      LetterWords.forEach(in: text, longestPlain: 5) {
        saysWe = saysWe || Self.weWords.contains($0)
      }
      if saysWe { return true }
    }
    guard let company = posting.company?.lowercased(), !company.isEmpty else { return false }
    return text.lowercased().hasBytes(company)
  }

  /// The words of a company speaking of itself.
  private static let weWords: Set<String> = ["we", "our", "us", "we're", "ours"]

  /// A declarative sentence: not a question ("Want to build …?") nor a call to action
  /// ("Join us …"), which cannot follow "I read that".
  static func isStatement(_ text: String) -> Bool {
    let trimmed = text.trimmingSpaces()
    guard !trimmed.hasSuffix("?"), !trimmed.hasSuffix("!") else { return false }
    let first = trimmed.split(separator: " ", maxSplits: 1).first.map { $0.lowercased() } ?? ""
    return !Verbs.isBase(first)
      && !["want", "are", "do", "join", "come", "ready", "looking"]
        .contains(first)
  }

  /// A job title without what follows a dash, comma or bracket ("Research Associate –
  /// Cardiac Lab" gives "Research Associate").
  static func titleHead(_ title: String) -> String {
    var head = title[...]
    for marker in [" – ", " — ", " - ", ", ", " (", " | "] {
      if let cut = head.byteRange(of: marker) { head = head[..<cut.lowerBound] }
    }
    return head.trimmingSpaces()
  }

  /// A hook short enough to quote in one sentence: its first clause when it runs long.
  static func shortened(_ hook: String) -> String? {
    let words = WordCount.spaced(hook)
    if words <= 26 { return hook }
    for marker in ["; ", " — ", " – ", ", and ", ", which ", ", where "] {
      if let cut = hook.byteRange(of: marker) {
        let head = String(hook[..<cut.lowerBound])
        let count = WordCount.spaced(head)
        if count >= 8 && count <= 26 { return head }
      }
    }
    return nil
  }
}
