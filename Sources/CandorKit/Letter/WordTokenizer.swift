/// Splits prose into ``LetterWord``s: letters and digits, keeping the marks that belong
/// inside names (C++, C#, .NET, Node.js, R&D, O'Brien) and expanding contractions.
///
/// Hyphens separate words, so "self-starter" and "self starter" match the same phrases.
enum WordTokenizer {
  /// The words of all of `text`.
  static func words(in text: String) -> [LetterWord] {
    words(in: text, range: text.startIndex..<text.endIndex)
  }

  /// The words of `text` within `range`; on bytes when that part of the text is ASCII.
  static func words(in text: String, range: Range<String.Index>) -> [LetterWord] {
    asciiWords(in: text, range: range) ?? scalarWords(in: text, range: range)
  }

  /// `words(in:range:)` scalar by scalar, for any text.
  static func scalarWords(in text: String, range: Range<String.Index>) -> [LetterWord] {
    let scalars = text.unicodeScalars
    var words: [LetterWord] = []
    var index = range.lowerBound
    var previousIsWord = false
    while index < range.upperBound {
      let scalar = scalars[index]
      let startsDotted =
        scalar == "." && !previousIsWord && isLetter(scalars, after: index, range.upperBound)
      if isWordScalar(scalar) || startsDotted {
        let end = wordEnd(scalars, from: index, limit: range.upperBound)
        append(text, index..<end, to: &words)
        index = end
        previousIsWord = true
      } else {
        previousIsWord = false
        index = scalars.index(after: index)
      }
    }
    return words
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    ScalarClass.isWord(scalar)
  }

  private static func isLetter(
    _ scalars: String.UnicodeScalarView, after index: String.Index, _ limit: String.Index
  ) -> Bool {
    let next = scalars.index(after: index)
    return next < limit && ScalarClass.isLetter(scalars[next])
  }

  private static func isWordOrDigit(
    _ scalars: String.UnicodeScalarView, after index: String.Index, _ limit: String.Index
  ) -> Bool {
    let next = scalars.index(after: index)
    return next < limit && isWordScalar(scalars[next])
  }

  private static func wordEnd(
    _ scalars: String.UnicodeScalarView, from start: String.Index, limit: String.Index
  ) -> String.Index {
    var index = scalars.index(after: start)
    while index < limit {
      let scalar = scalars[index]
      if isWordScalar(scalar) {
        index = scalars.index(after: index)
      } else if scalar == "'" || scalar == "’" {
        guard isLetter(scalars, after: index, limit) else { break }
        index = scalars.index(after: index)
      } else if scalar == "." || scalar == "&" {
        guard isWordOrDigit(scalars, after: index, limit) else { break }
        index = scalars.index(after: index)
      } else if scalar == "+" || scalar == "#" {
        var end = index
        while end < limit, scalars[end] == "+" || scalars[end] == "#" {
          end = scalars.index(after: end)
        }
        if end < limit, isWordScalar(scalars[end]) { break }
        return end
      } else {
        break
      }
    }
    return index
  }

  static func append(
    _ text: String, _ range: Range<String.Index>, to words: inout [LetterWord]
  ) {
    let original = text[range]
    let isCapitalized = original.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false
    var key = original.lowercased()
    let apostrophes = key.utf8.contains(0x27) || key.unicodeScalars.contains("’")
    guard apostrophes else {
      words.append(LetterWord(range: range, key: key, isCapitalized: isCapitalized))
      return
    }
    key = String(String.UnicodeScalarView(key.unicodeScalars.map { $0 == "’" ? "'" : $0 }))
    for part in Contractions.expand(key) {
      words.append(LetterWord(range: range, key: part, isCapitalized: isCapitalized))
    }
  }
}

/// Expands "I'm", "don't", "it's" into the words they stand for.
enum Contractions {
  private static let isForms: Set<String> = [
    "it", "that", "there", "here", "what", "who", "he", "she", "where", "how",
  ]
  private static let negatives: [String: [String]] = [
    "can't": ["can", "not"], "won't": ["will", "not"], "shan't": ["shall", "not"],
    "ain't": ["am", "not"],
  ]

  static func expand(_ key: String) -> [String] {
    if let special = negatives[key] { return special }
    if key.hasSuffix("n't") { return [String(key.dropLast(3)), "not"] }
    guard let apostrophe = key.lastIndex(of: "'") else { return [key] }
    let base = String(key[..<apostrophe])
    switch key[key.index(after: apostrophe)...] {
    case "m": return [base, "am"]
    case "re": return [base, "are"]
    case "ve": return [base, "have"]
    case "ll": return [base, "will"]
    case "d": return [base, "would"]
    case "s" where base == "let": return ["let", "us"]
    case "s" where isForms.contains(base): return [base, "is"]
    case "s": return [base]
    default: return [key]
    }
  }
}
