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
  }

  let source: String
  let elements: [Element]
  let anchoredStart: Bool
  let anchoredEnd: Bool

  init(_ source: String) {
    self.source = source
    var parts = source.split(separator: " ").map(String.init)
    anchoredStart = parts.first == "^"
    anchoredEnd = parts.last == "$"
    if anchoredStart { parts.removeFirst() }
    if anchoredEnd { parts.removeLast() }
    elements = parts.map(Self.element)
  }

  private static func element(_ part: String) -> Element {
    if part.hasPrefix("~"), let count = Int(part.dropFirst()) { return .gap(count) }
    if part == "#num" { return .number }
    if part == "#cap" { return .capitalized }
    if part.hasPrefix("!") {
      return .notFollowedBy(Set(part.dropFirst().split(separator: "|").map(String.init)))
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
    guard case .words(let folded, let exact, let optional)? = elements.first, !optional else {
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
    }
  }

  private static func accepts(
    _ word: LetterWord, _ folded: Set<String>, _ exact: Set<String>, _ text: String
  ) -> Bool {
    if folded.contains(word.key) { return true }
    return !exact.isEmpty && exact.contains(String(text[word.range]))
  }
}
