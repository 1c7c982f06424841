/// Checks body words with the spell checker, skipping what a dictionary cannot know: names
/// (capitalised words inside a sentence), acronyms, words with digits, lexicon terms, links,
/// and every word of the posting and the resume. Also catches a known term glued to the next
/// word ("PostgreSQLand"), a real word typed for the posting's or resume's word beside the
/// same neighbour (``RealWordSlips``), a name that lost its capital (``NameCaseSlips``) and
/// a misspelt sign-off ("Sincerly,").
struct SpellingCheck: CodeCheck {
  func run(_ context: ReviewContext) -> [Hit] {
    guard let checker = context.spellChecker else { return [] }
    let texts = Self.sourceTexts(context)
    let vocabulary = Self.vocabulary(texts)
    let slips = RealWordSlips(texts)
    let names = Set(
      context.bodySentences.flatMap { context.namedThings(in: $0.sentence) }.map(\.key))
    var hits: [Hit] = []
    var checked = 0
    // Letters repeat their words: each spelling is judged once per letter.
    var verdicts: [Verdict.Key: Verdict?] = [:]
    for (_, sentence) in context.bodySentences {
      let links =
        Self.linkRanges(in: sentence.range, context.letter.text)
        + Self.foreignQuotes(in: sentence.range, context.letter.text)
      for (index, word) in sentence.words.enumerated() {
        if index > 0 && sentence.words[index - 1].range == word.range { continue }
        if links.contains(where: { $0.contains(word.range.lowerBound) }) { continue }
        let text = context.letter.text[word.range]
        // "mis-ships", "re-slotted": a prefix before a hyphen is no word of its own.
        if Self.prefixes.contains(word.key),
          context.letter.text[word.range.upperBound...]
            .first == "-"
        {
          continue
        }
        let startsName = index + 1 < sentence.words.count && sentence.words[index + 1].isCapitalized
        let isFirst = index == 0 && !startsName
        // "Ridgeline's crews": a capitalised possessive is a name even first in a sentence.
        // "Quickbooks Onlin": a word beside a lexicon term, and no part of it, is checked
        // when it is one slip from a dictionary word (not "Cisco Viptela").
        let isName =
          word.isCapitalized
          && (!isFirst || names.contains(word.key) || Self.isPossessive(text))
          && !(Self.isBesideTerm(word, context) && Self.isSlip(text, checker))
        let key = Verdict.Key(text: String(text), isName: isName)
        let verdict: Verdict?
        if let known = verdicts[key] {
          verdict = known
        } else {
          verdict = check(text, word, isName, checker, vocabulary, context)
          verdicts[key] = verdict
        }
        if let verdict {
          hits.append(
            Hit(range: word.range, message: verdict.message, suggestion: verdict.suggestion))
        } else if let fix = slips.fix(sentence.words, index, context.letter.text, vocabulary),
          checker.isCorrect(String(text))
        {
          hits.append(
            Hit(
              range: word.range,
              message: "fix the spelling of '\(text)' (did you mean '\(fix)', as your "
                + "\(context.resume == nil ? "posting" : "posting or resume") writes it?)",
              suggestion: "write '\(fix)'"))
        }
      }
      checked += sentence.words.count
    }
    if Self.looksForeign(misspelt: hits.count, of: checked) { return [] }
    return hits + NameCaseSlips.hits(context) + [Self.signOffSlip(context)].compactMap { $0 }
  }

  /// "Sincerly,": a sign-off line one slip from a common sign-off.
  private static func signOffSlip(_ context: ReviewContext) -> Hit? {
    let text = context.letter.text
    guard
      let paragraph = context.letter.paragraphs.first(where: {
        $0.role == .signOff || $0.role == .signature
      })
    else { return nil }
    let line = text[paragraph.range].prefix { $0 != "\n" }
    guard line.hasSuffix(","), let fix = LetterLineShape.signOff(nearest: String(line.dropLast()))
    else { return nil }
    let written = line.dropLast()
    let start = line.startIndex
    return Hit(
      range: start..<written.endIndex,
      message: "fix the spelling of '\(written)' (did you mean '\(fix)'?)",
      suggestion: "write '\(fix)'")
  }

  /// When a large share of words fail, the letter is not English whatever the detector
  /// said, and flagging every word would help no one.
  static func looksForeign(misspelt: Int, of words: Int) -> Bool {
    misspelt >= 8 && misspelt * 4 >= words
  }

  /// What the check says about one spelling, wherever in the letter it stands.
  private struct Verdict {
    struct Key: Hashable {
      var text: String
      var isName: Bool
    }

    var message: String
    var suggestion: String?
  }

  private func check(
    _ text: Substring, _ word: LetterWord, _ isName: Bool, _ checker: any SpellChecker,
    _ vocabulary: Set<String>, _ context: ReviewContext
  ) -> Verdict? {
    if isName || !Self.isCheckable(text) {
      guard !vocabulary.contains(word.key),
        text.unicodeScalars.contains(where: ScalarClass.isUppercase),
        let glued = Self.gluedTerm(text, checker, context.lexicon)
      else { return nil }
      return Verdict(message: "add a space in '\(text)'", suggestion: "write '\(glued)'")
    }
    guard !TechWords.contains(word.key, in: vocabulary),
      !TechWords.contains(word.key, in: AcceptedWords.all),
      !TechWords.contains(word.key, in: TechWords.all)
    else {
      return nil
    }
    // The dictionary's answers are cached, so it is asked before the costlier lexicon.
    let plain = Self.plainForm(text)
    guard !checker.isCorrect(plain), context.lexicon.entry(for: String(text)) == nil,
      !TechWords.stems(of: word.key).contains(where: { context.lexicon.entry(for: $0) != nil })
    else {
      return nil
    }
    let american = AcceptedWords.americanForms(of: plain.lowercased())
    guard !american.contains(where: checker.isCorrect) else { return nil }
    // "cutover", "psychoeducation": a field's compound of dictionary words.
    if SpellingCompounds.accepts(plain.lowercased(), checker) { return nil }
    // "sauté", "café", "protégé": English keeps a loanword's accents the dictionary drops.
    if !plain.utf8.allSatisfy({ $0 < 0x80 }),
      checker.isCorrect(plain.folding(options: .diacriticInsensitive, locale: nil))
    {
      return nil
    }
    // A fix must not turn the word into a different word the posting, resume or lexicon uses
    // on its own terms ("cron" → "con" is harmful): only plain-dictionary fixes that keep the
    // word's first letter and differ by a small edit (a cost of at most 2) are offered:
    // "funtctions" gets no fix rather than "fictions".
    let typed = plain.lowercased()
    // "SAP Arriba": a near miss of a lexicon product ("Ariba") is that product, not the
    // dictionary's nearest word ("Arroba").
    let products = Self.nearProducts(plain, context.lexicon)
    // "loyality" beside a posting that says "loyalty": a word the posting or resume uses,
    // one slip away, is what the writer meant, ahead of the dictionary's nearest word.
    let own = Self.nearOwnWords(typed, vocabulary).map { SpellingFixes.inCase(of: plain, $0) }
    let words = SpellingFixes.ranked(checker.suggestions(for: plain), for: plain).filter {
      SpellingFixes.cost(typed, $0.lowercased()) <= 2
        && Self.isSafeFix($0, for: plain, vocabulary, context.lexicon)
    }
    var options: [String] = []
    for fix in products + own + words where !options.contains(fix) && options.count < 3 {
      options.append(fix)
    }
    let hint = options.isEmpty ? "" : " (did you mean '\(options.joined(separator: "', '"))'?)"
    return Verdict(
      message: "fix the spelling of '\(text)'\(hint)",
      suggestion: options.first.map { "write '\($0)'" })
  }

  /// Lexicon spellings of one word, with a capital, one cheap slip from a capitalised `word`
  /// ("Ariba" for "Arriba", "Tableau" for "Tablaeu"): a doubled or left-out letter, a vowel
  /// for a vowel, two letters swapped. Closest first. A lowercase word is a slip of a
  /// dictionary word ("dara" is no "Dari").
  static func nearProducts(_ word: String, _ lexicon: Lexicon) -> [String] {
    let typed = word.lowercased()
    guard word.first?.isUppercase == true, typed.count >= 4, let first = typed.first else {
      return []
    }
    var found: [(spelling: String, cost: Double)] = []
    for entry in lexicon.entries {
      for spelling in [entry.term] + entry.aliases {
        guard spelling.first?.isUppercase == true, spelling.lowercased().first == first,
          abs(spelling.count - typed.count) <= 1, !spelling.contains(" "),
          spelling.allSatisfy(\.isLetter)
        else { continue }
        let cost = SpellingFixes.cost(typed, spelling.lowercased())
        if cost > 0, cost <= 0.5 { found.append((spelling, cost)) }
      }
    }
    var seen: Set<String> = []
    return found.sorted { $0.cost < $1.cost }.map(\.spelling).filter { seen.insert($0).inserted }
  }

  /// Words of the posting and resume one slip from `typed` (``RealWordSlips/isSlip(_:_:)``),
  /// closest first.
  static func nearOwnWords(_ typed: String, _ vocabulary: Set<String>) -> [String] {
    guard typed.count >= 4 else { return [] }
    return vocabulary.filter { abs($0.count - typed.count) <= 1 && RealWordSlips.isSlip(typed, $0) }
      .map { (word: $0, cost: SpellingFixes.cost(typed, $0)) }
      .sorted { ($0.cost, $0.word) < ($1.cost, $1.word) }.map(\.word)
  }

  /// The word follows or precedes a lexicon term across a space, outside it.
  private static func isBesideTerm(_ word: LetterWord, _ context: ReviewContext) -> Bool {
    let text = context.letter.text
    return context.terms.contains { term in
      guard !term.range.overlaps(word.range) else { return false }
      let gap =
        term.range.upperBound <= word.range.lowerBound
        ? text[term.range.upperBound..<word.range.lowerBound]
        : text[word.range.upperBound..<min(term.range.lowerBound, text.endIndex)]
      return gap == " "
    }
  }

  /// A dictionary word is one cheap slip from `text` ("Onlin" → "Online").
  private static func isSlip(_ text: Substring, _ checker: any SpellChecker) -> Bool {
    let plain = String(text)
    guard !checker.isCorrect(plain) else { return false }
    return checker.suggestions(for: plain).contains { fix in
      !fix.contains(" ") && !fix.contains("-")
        && SpellingFixes.cost(plain.lowercased(), fix.lowercased()) <= 0.5
    }
  }

  /// Prefixes written with a hyphen ("mis-ships", "co-manager").
  private static let prefixes: Set<String> = [
    "mis", "re", "pre", "co", "non", "sub", "un", "de", "multi", "semi", "anti", "post",
  ]

  /// "Ridgeline's", "Ridgeline’s".
  private static func isPossessive(_ text: Substring) -> Bool {
    text.hasSuffix("'s") || text.hasSuffix("’s")
  }

  /// A suggested fix keeps the first letter, adds no hyphen, is not a different lexicon,
  /// posting or resume term (those come from ``nearOwnWords(_:_:)`` when one slip away), and
  /// does not just drop a consonant ("upsets" for "upserts", "con" for "cron") unless that
  /// letter was typed twice ("functionns").
  static func isSafeFix(
    _ fix: String, for word: String, _ vocabulary: Set<String>, _ lexicon: Lexicon
  ) -> Bool {
    let folded = fix.lowercased()
    guard folded.first == word.lowercased().first, !fix.contains(" ") else { return false }
    // "precept-ed" for "precepted" splits an inflection off its verb.
    if fix.contains("-") && !word.contains("-") { return false }
    let original = Array(word.lowercased())
    if vocabulary.contains(folded) || lexicon.entry(for: fix) != nil {
      // "radiograpy" → "radiography": a long word that lost one letter of a term is that
      // term ("cron" is no "con": a fix that drops a letter stays out).
      return original.count >= 6 && folded.count == original.count + 1
        && SpellingFixes.dropsTyped(String(original), folded) == 0
    }
    let shorter = Array(folded)
    guard shorter.count < original.count else { return true }
    guard shorter.count == original.count - 1 else { return !isSubsequence(shorter, original) }
    let cut = shorter.indices.first { shorter[$0] != original[$0] } ?? shorter.count
    guard Array(original[..<cut] + original[(cut + 1)...]) == shorter else { return true }
    let doubled =
      (cut > 0 && original[cut - 1] == original[cut])
      || (cut + 1 < original.count && original[cut + 1] == original[cut])
    // "loyality" → "loyalty": a vowel said and typed where the word has none.
    return doubled || "aeiou".contains(original[cut])
  }

  private static func isSubsequence(_ short: [Character], _ long: [Character]) -> Bool {
    var rest = long[...]
    for character in short {
      guard let found = rest.firstIndex(of: character) else { return false }
      rest = rest[(found + 1)...]
    }
    return true
  }

  /// Words worth checking: letters only, not all capitals, not a product-shaped name.
  private static func isCheckable(_ text: Substring) -> Bool {
    var letters = 0
    var lowercase = false
    for scalar in text.unicodeScalars {
      if ScalarClass.isDigit(scalar) || "." == scalar || "+" == scalar || "#" == scalar
        || "&" == scalar
      {
        return false
      }
      if ScalarClass.isLetter(scalar) {
        letters += 1
        if !ScalarClass.isUppercase(scalar) { lowercase = true }
      }
    }
    return letters >= 2 && lowercase && !ReviewContext.looksLikeTechnology(text)
  }

  /// The word without a possessive "'s" and with a plain apostrophe.
  private static func plainForm(_ text: Substring) -> String {
    var word =
      text.unicodeScalars.contains("’")
      ? String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "’" ? "'" : $0 }))
      : String(text)
    if word.hasSuffix("'s") { word.removeLast(2) }
    return word
  }

  /// "PostgreSQLand" → "PostgreSQL and": a lexicon term followed by a dictionary word.
  static func gluedTerm(_ text: Substring, _ checker: any SpellChecker, _ lexicon: Lexicon)
    -> String?
  {
    guard text.count >= 5, text.count <= 30, lexicon.entry(for: String(text)) == nil,
      !checker.isCorrect(String(text))
    else { return nil }
    var split = text.index(before: text.endIndex)
    while split > text.index(text.startIndex, offsetBy: 2) {
      let head = String(text[..<split])
      let tail = String(text[split...])
      if tail.count >= 2, tail.allSatisfy(\.isLowercase), let entry = lexicon.entry(for: head),
        head == entry.term || entry.aliases.contains(head), checker.isCorrect(tail)
      {
        return head + " " + tail
      }
      split = text.index(before: split)
    }
    return nil
  }

  /// Email addresses, links and handles ("@sam-ortiz", "<sam-ortiz>") inside `range`.
  private static func linkRanges(in range: Range<String.Index>, _ text: String)
    -> [Range<String.Index>]
  {
    let chunk = text[range]
    guard
      chunk.utf8.contains(0x40) || chunk.utf8.contains(0x3C)
        || ScalarClass.containsFolded(chunk, "://") || ScalarClass.containsFolded(chunk, "www.")
    else { return [] }
    var result: [Range<String.Index>] = []
    var start = range.lowerBound
    for index in chunk.indices where chunk[index].isWhitespace {
      result.append(start..<index)
      start = text.index(after: index)
    }
    result.append(start..<range.upperBound)
    return result.filter { piece in
      let word = text[piece]
      return word.utf8.contains(0x40) || ScalarClass.containsFolded(word, "://")
        || ScalarClass.containsFolded(word, "www.")
        || (word.utf8.contains(0x3C) && word.utf8.contains(0x3E))
    }
  }

  /// Marks that open a quotation in another language, each with the mark that closes it:
  /// "«¿Por qué?»", "¡Hola!", „Warum?“.
  private static let foreignMarks: [Character: Set<Character>] = [
    "¿": ["?"], "¡": ["!"], "«": ["»"], "‹": ["›"], "„": ["“", "”"],
  ]

  /// The spans from a mark that opens a quotation in another language to its closing mark
  /// (or the sentence's end): the words inside are no English misspellings.
  private static func foreignQuotes(in range: Range<String.Index>, _ text: String)
    -> [Range<String.Index>]
  {
    let chunk = text[range]
    var result: [Range<String.Index>] = []
    var index = chunk.startIndex
    while let open = chunk[index...].firstIndex(where: { foreignMarks[$0] != nil }) {
      let closers = foreignMarks[chunk[open]] ?? []
      let close = chunk[open...].firstIndex(where: closers.contains) ?? chunk.endIndex
      result.append(open..<close)
      guard close < chunk.endIndex else { break }
      index = chunk.index(after: close)
    }
    return result
  }

  /// The posting's lines, title, company and contact, and the resume's text.
  private static func sourceTexts(_ context: ReviewContext) -> [String] {
    var texts: [String] = context.job?.lines.map(\.text) ?? []
    if let job = context.job {
      texts += [job.title, job.company, job.recipient?.name].compactMap { $0 }
    }
    if context.resume != nil { texts.append(context.resumeText) }
    return texts
  }

  /// Every word of `texts`, folded.
  private static func vocabulary(_ texts: [String]) -> Set<String> {
    var words: Set<String> = []
    for text in texts {
      for word in WordTokenizer.words(in: text, range: text.startIndex..<text.endIndex) {
        words.insert(word.key)
      }
    }
    return words
  }
}
