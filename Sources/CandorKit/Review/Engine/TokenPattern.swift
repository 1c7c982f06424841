/// A phrase pattern matched against ``LetterWord`` keys, so spacing, line breaks, case,
/// hyphens, quotes and contractions do not matter.
///
/// Syntax, elements separated by spaces:
/// - `word` or `one|two|three`: one word from the list. Lowercase alternatives match any
///   case; an alternative with a capital letter matches exactly as written ("Your").
/// - a trailing `?` makes the element optional: `the?`.
/// - `~N`: any 0 to N words.
/// - `#num`: a word with a digit; `#cap`: a capitalised word.
/// - `!a|b`: the next word is not one of these (consumes nothing).
/// - `<a|b`: the word before is not one of these (consumes nothing); only first.
/// - `=it's|you're`: a word written as this contraction, never the two words spelt out
///   ("it's", not "it is"); apostrophes may be curly.
/// - a leading `*` marks the element the finding is about: "more ~2 *then" quotes and
///   replaces only "then"; a marked word after the first must follow a space, not a comma
///   ("better, then" is not "better then").
/// - a leading `^` anchors the pattern to the first word of the sentence, a trailing `$`
///   to the last.
///
/// "I'm" is the two words `i am`; "don't" is `do not`.
struct TokenPattern: Sendable {
  enum Element: Sendable, Equatable {
    case words(folded: Set<String>, exact: Set<String>, optional: Bool)
    case gap(Int)
    case number
    case capitalized
    case notFollowedBy(Set<String>)
    case notPrecededBy(Set<String>)
    case contraction(Set<String>)
  }

  let source: String
  let elements: [Element]
  let anchoredStart: Bool
  let anchoredEnd: Bool
  /// The element marked with `*`, if any.
  let focus: Int?

  init(_ source: String) {
    self.source = source
    var parts = source.split(separator: " ").map(String.init)
    anchoredStart = parts.first == "^"
    anchoredEnd = parts.last == "$"
    if anchoredStart { parts.removeFirst() }
    if anchoredEnd { parts.removeLast() }
    focus = parts.firstIndex { $0.hasPrefix("*") && $0.count > 1 }
    elements = parts.map { Self.element($0.hasPrefix("*") ? String($0.dropFirst()) : $0) }
  }

  /// The words of a match (`start..<end`) that the marked element took, or the whole match
  /// when nothing is marked; nil when the marked word follows punctuation.
  func focusSpan(_ words: [LetterWord], _ start: Int, _ end: Int, in text: String)
    -> Range<Int>?
  {
    guard let focus else { return start..<end }
    guard let first = (start..<end).first(where: { accepts(elements[focus], words[$0], text) })
    else { return start..<end }
    var last = first + 1
    while last < end, words[last].range == words[first].range { last += 1 }
    if first > start, focus > 0 {
      let gap = LetterWord.gap(words[first - 1], words[first], in: text)
      guard gap.allSatisfy(\.isWhitespace) else { return nil }
    }
    return first..<last
  }

  private func accepts(_ element: Element, _ word: LetterWord, _ text: String) -> Bool {
    switch element {
    case .words(let folded, let exact, _): return Self.accepts(word, folded, exact, text)
    case .contraction(let forms): return Self.isWritten(word, as: forms, text)
    default: return false
    }
  }

  private static func element(_ part: String) -> Element {
    if part.hasPrefix("~"), let count = Int(part.dropFirst()) { return .gap(count) }
    if part == "#num" { return .number }
    if part == "#cap" { return .capitalized }
    if part.hasPrefix("!") {
      return .notFollowedBy(Set(part.dropFirst().split(separator: "|").map(String.init)))
    }
    if part.hasPrefix("<"), part.count > 1 {
      return .notPrecededBy(Set(part.dropFirst().split(separator: "|").map(String.init)))
    }
    if part.hasPrefix("="), part.count > 1 {
      return .contraction(Set(part.dropFirst().split(separator: "|").map(String.init)))
    }
    let optional = part.hasSuffix("?") && part.count > 1
    let body = optional ? String(part.dropLast()) : part
    var folded: Set<String> = []
    var exact: Set<String> = []
    for alternative in body.split(separator: "|").map(String.init) {
      if alternative.contains(where: \.isUppercase) {
        exact.insert(alternative)
      } else {
        folded.insert(alternative)
      }
    }
    return .words(folded: folded, exact: exact, optional: optional)
  }

  /// Lowercased keys a match can start with; empty when the first element is not a word.
  var firstKeys: [String] {
    var first = elements.first
    if case .notPrecededBy? = first, elements.count > 1 { first = elements[1] }
    if case .contraction(let forms)? = first {
      return forms.compactMap { Contractions.expand($0).first }
    }
    guard case .words(let folded, let exact, let optional)? = first, !optional else {
      return []
    }
    return Array(folded) + exact.map { $0.lowercased() }
  }

  /// The end (exclusive word index) of a match starting at `start`, or nil.
  func match(_ words: [LetterWord], at start: Int, in text: String) -> Int? {
    if anchoredStart && start != 0 { return nil }
    return match(element: 0, word: start, words, text)
  }

  private func match(element: Int, word: Int, _ words: [LetterWord], _ text: String) -> Int? {
    guard element < elements.count else {
      return anchoredEnd && word != words.count ? nil : word
    }
    switch elements[element] {
    case .words(let folded, let exact, let optional):
      if word < words.count, Self.accepts(words[word], folded, exact, text),
        let end = match(element: element + 1, word: word + 1, words, text)
      {
        return end
      }
      return optional ? match(element: element + 1, word: word, words, text) : nil
    case .gap(let count):
      for skip in 0...count where word + skip <= words.count {
        if let end = match(element: element + 1, word: word + skip, words, text) { return end }
      }
      return nil
    case .number:
      guard word < words.count, words[word].key.contains(where: \.isNumber) else { return nil }
      return match(element: element + 1, word: word + 1, words, text)
    case .capitalized:
      guard word < words.count, words[word].isCapitalized else { return nil }
      return match(element: element + 1, word: word + 1, words, text)
    case .notFollowedBy(let keys):
      if word < words.count, keys.contains(words[word].key) { return nil }
      return match(element: element + 1, word: word, words, text)
    case .notPrecededBy(let keys):
      if word > 0, keys.contains(words[word - 1].key) { return nil }
      return match(element: element + 1, word: word, words, text)
    case .contraction(let forms):
      guard word < words.count, Self.isWritten(words[word], as: forms, text) else { return nil }
      var next = word + 1
      while next < words.count, words[next].range == words[word].range { next += 1 }
      return match(element: element + 1, word: next, words, text)
    }
  }

  /// The word is written as one of `forms` ("it's", "it’s"), not spelt out.
  private static func isWritten(_ word: LetterWord, as forms: Set<String>, _ text: String)
    -> Bool
  {
    let written = text[word.range]
    guard written.unicodeScalars.contains(where: { $0 == "'" || $0 == "’" }) else {
      return false
    }
    return forms.contains(written.lowercased().replacingOccurrences(of: "’", with: "'"))
  }

  private static func accepts(
    _ word: LetterWord, _ folded: Set<String>, _ exact: Set<String>, _ text: String
  ) -> Bool {
    if folded.contains(word.key) { return true }
    return !exact.isEmpty && exact.contains(String(text[word.range]))
  }
}
