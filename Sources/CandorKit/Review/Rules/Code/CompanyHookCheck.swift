/// Checks that the body names the company it is written to.
///
/// With a posting, the company is known. Without one, the target is guessed from the
/// recipient's address block, the greeting, a possessive such as "Northwind's mission", or a
/// name that both the opening and the closing mention.
struct CompanyHookCheck: CodeCheck {
  func run(_ context: ReviewContext) -> [Hit] {
    let words = context.bodySentences.flatMap(\.sentence.words)
    guard !words.isEmpty else { return [] }
    if let job = context.job, let company = job.company, !company.isEmpty {
      let places = [company] + Self.workplaces(in: job)
      guard !places.contains(where: { NameMatching.mentions(words, NameMatching.variants(of: $0)) })
      else { return [] }
      let message =
        namedOutsideBody(company, context)
        ? "name '\(company)' in the body, not only in the address or greeting"
        : "name '\(company)' and one specific reason it draws you"
      return [Hit(range: context.letterAnchor, message: message)]
    }
    let candidates = addressedNames(context)
    if candidates.contains(where: { NameMatching.mentions(words, NameMatching.variants(of: $0)) })
      || hasPossessiveHook(context) || hasRecurringName(context) || namesSomeoneFirst(context)
    {
      return []
    }
    return [
      Hit(
        range: context.letterAnchor,
        message: "name the company you are writing to and one specific reason it draws you")
    ]
  }

  private static let placeNouns: Set<String> = [
    "elementary", "school", "academy", "college", "hospital", "clinic", "center", "centre",
    "library", "store", "branch", "campus", "plant", "warehouse", "office", "pharmacy",
  ]

  /// The place the job is at when the company is its parent: "Maple Street Elementary" in a
  /// Cedar Hollow Unified School District posting. Capitalised names ending in a word such as
  /// "Elementary" or "Hospital", from the posting's first 40 lines.
  static func workplaces(in job: JobPosting) -> [String] {
    var names: [String] = []
    for line in job.lines.prefix(40) {
      let text = line.text
      let words = WordTokenizer.words(in: text, range: text.startIndex..<text.endIndex)
      for (index, word) in words.enumerated()
      where word.isCapitalized && placeNouns.contains(word.key) {
        var start = index
        // Back over capitalised words joined by spaces only: "Teacher — Maple" is two names.
        while start > 0, index - start < 4, words[start - 1].isCapitalized,
          LetterWord.gap(words[start - 1], words[start], in: text)
            .allSatisfy({ $0 == " " })
        {
          start -= 1
        }
        guard start < index else { continue }
        names.append(String(text[words[start].range.lowerBound..<word.range.upperBound]))
      }
    }
    return names
  }

  /// Without a posting the company is unknown: when the first body paragraph names an
  /// organisation ("Harbor Analytics is moving into fresh produce"), it may well be the hook,
  /// and the check cannot honestly say otherwise.
  private func namesSomeoneFirst(_ context: ReviewContext) -> Bool {
    guard let first = context.body.first else { return false }
    return context.paragraph(first).sentences.contains { sentence in
      let tools = context.technologyMentions(in: sentence) + context.terms.map(\.range)
      let words = sentence.words.filter { word in
        word.isCapitalized && word.key != "i" && !Self.titleWords.contains(word.key)
          && !tools.contains { $0.overlaps(word.range) }
      }
      // Two capitalised words in a row: "Harbor Analytics", not "Go" or "Python".
      return zip(words, words.dropFirst()).contains { pair in
        sentence.words.firstIndex(of: pair.0).map {
          sentence.words.indices.contains($0 + 1)
            && sentence.words[$0 + 1] == pair.1
        } ?? false
      }
    }
  }

  /// Words of job titles and fields of study: "Embedded Engineer", "Electrical Engineering".
  private static let titleWords: Set<String> = [
    "engineer", "engineering", "developer", "manager", "analyst", "designer", "scientist",
    "science", "specialist", "director", "lead", "intern", "officer", "administrator",
    "architect", "consultant", "associate", "assistant", "coordinator", "technician", "senior",
    "junior", "bachelor", "master", "degree", "studies", "dear", "sincerely", "regards",
  ]

  private func namedOutsideBody(_ company: String, _ context: ReviewContext) -> Bool {
    let variants = NameMatching.variants(of: company)
    return context.letter.paragraphs.filter { $0.role == .header || $0.role == .greeting }
      .contains { NameMatching.mentions($0.sentences.flatMap(\.words), variants) }
  }

  private static let greetingWords: Set<String> = [
    "dear", "hello", "hi", "hey", "greetings", "team", "hiring", "recruiting", "manager",
  ]

  /// Organisation lines in the header, and names in the greeting.
  private func addressedNames(_ context: ReviewContext) -> [String] {
    var names: [String] = []
    for paragraph in context.letter.paragraphs where paragraph.role == .header {
      for sentence in paragraph.sentences where sentence.words.count <= 6 {
        let line = String(context.letter.text[sentence.range])
        if !LetterLineShape.isContact(line.lowercased())
          && sentence.words.allSatisfy(\.isCapitalized)
        {
          names.append(line)
        }
      }
    }
    if let greeting = context.letter.greeting?.sentences.first {
      let rest = greeting.words.filter { !Self.greetingWords.contains($0.key) }
      names += rest.filter(\.isCapitalized).map { String(context.letter.text[$0.range]) }
    }
    return names
  }

  private static let hookNouns: Set<String> = [
    "team", "mission", "product", "products", "platform", "customers", "culture", "vision",
    "growth", "work", "approach", "engineering", "reputation", "commitment", "focus", "values",
    "story", "plan", "plans", "app", "users", "clients", "students", "patients",
  ]

  /// "Northwind's mission", "Acme’s platform", "Harbor Analytics' plan".
  private func hasPossessiveHook(_ context: ReviewContext) -> Bool {
    let text = context.letter.text
    return context.bodySentences.contains { _, sentence in
      zip(sentence.words, sentence.words.dropFirst()).contains { word, next in
        let written = text[word.range]
        let after = text[word.range.upperBound...].first
        let possessive =
          written.hasSuffix("'s") || written.hasSuffix("’s") || after == "'" || after == "’"
        return word.isCapitalized && word.key != "i" && possessive
          && Self.hookNouns.contains(next.key)
      }
    }
  }

  private static let targetWords: Set<String> = ["to", "at", "join", "joining", "about"]

  /// A name, not a technology or the signer, in two sentences across opening and closing,
  /// once after a word such as "join", "at" or "about".
  private func hasRecurringName(_ context: ReviewContext) -> Bool {
    let targeted = targetedNames(context)
    guard !targeted.isEmpty else { return false }
    if addressesReader(targeted, context) { return true }
    let opening = Set(context.paragraphs(in: .opening))
    let closing = Set(context.paragraphs(in: .closing))
    var seen: [String: (opening: Bool, closing: Bool, count: Int)] = [:]
    for (paragraph, sentence) in context.bodySentences {
      let keys = Set(sentence.words.map { NameMatching.nameKey($0.key) })
      for key in keys.intersection(targeted) {
        var entry = seen[key] ?? (false, false, 0)
        entry.opening = entry.opening || opening.contains(paragraph)
        entry.closing = entry.closing || closing.contains(paragraph)
        entry.count += 1
        seen[key] = entry
      }
    }
    return seen.values.contains { $0.opening && $0.closing && $0.count >= 2 }
  }

  /// "Your team at Brightwater Energy": a targeted name in a sentence that speaks to the
  /// reader.
  private func addressesReader(_ names: Set<String>, _ context: ReviewContext) -> Bool {
    context.bodySentences.contains { _, sentence in
      let keys = Set(sentence.words.map { NameMatching.nameKey($0.key) })
      return !keys.isDisjoint(with: names) && (keys.contains("your") || keys.contains("you"))
    }
  }

  /// Names (not technologies, not the signer) that follow "to", "at", "join" or "about".
  private func targetedNames(_ context: ReviewContext) -> Set<String> {
    let signer = Set(
      context.letter.paragraphs.filter { $0.role == .signature }.flatMap(\.sentences)
        .flatMap(\.words).map(\.key))
    var targeted: Set<String> = []
    for (_, sentence) in context.bodySentences {
      let tech = context.technologyMentions(in: sentence)
      let named = Set(context.namedThings(in: sentence))
      for (index, word) in sentence.words.enumerated() where index > 0 {
        guard Self.targetWords.contains(sentence.words[index - 1].key),
          named.contains(word), !signer.contains(word.key),
          !tech.contains(where: { $0.overlaps(word.range) })
        else { continue }
        targeted.insert(NameMatching.nameKey(word.key))
      }
    }
    return targeted
  }

}
