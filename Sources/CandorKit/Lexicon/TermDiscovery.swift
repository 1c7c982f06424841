/// Finds skill-like terms the lexicon does not know: product names and acronyms that a
/// requirement line or skill list clearly names ("Experience with Snowflake and Looker",
/// "SSIS, BIDS", "PyATS").
///
/// A word counts when it is shaped like a product name (an acronym, inner capitals, a
/// digit or dot inside a name) and sits in a list or after a skill cue, or when it is a
/// capitalised word that is an item of a list a cue introduces. Words opening a sentence,
/// common English words, months, places and spellings the lexicon already has are skipped.
public enum TermDiscovery {
  /// Candidate terms in `text` that are not already lexicon entries, spelled as written,
  /// each once, in order of first appearance.
  public static func terms(in text: String, lexicon: Lexicon = .standard) -> [String] {
    terms(in: text, lexicon: lexicon) { line in
      let tokens = TokenText(Tokenizer.tokens(in: line))
      return (tokens, lexicon.matches(in: line, tokens: tokens))
    }
  }

  /// The same terms, taking each line's tokens and lexicon matches from `scan`, so a
  /// caller that has already scanned the lines need not tokenize or scan them again.
  static func terms(
    in text: String, lexicon: Lexicon, scan: (String) -> (TokenText, [TermMatch])
  ) -> [String] {
    var seen = Set<String>()
    var result: [String] = []
    let lines = text.utf8.contains(0x0A) ? text.split(separator: "\n").map(String.init) : [text]
    for line in lines where !line.isEmpty {
      let (tokens, matches) = scan(line)
      for term in terms(in: tokens, lexicon: lexicon, matches: matches)
      where seen.insert(Tokenizer.fold(term)).inserted {
        result.append(term)
      }
    }
    return result
  }

  // FIXME: lowercase product names ("dbt", "pandas") are never discovered; only the
  // lexicon finds them, since plain lowercase list items are too often ordinary words.
  private static func terms(in tokens: TokenText, lexicon: Lexicon, matches: [TermMatch])
    -> [String]
  {
    guard !isShouted(tokens) else { return [] }
    let known = knownTokens(tokens, matches)
    var result: [String] = []
    for group in DiscoveryContext.accepted(
      DiscoveryGroup.groups(in: tokens, known: known), tokens, known)
    {
      let first = tokens[group.start].range.lowerBound
      let last = tokens[group.end - 1].range.upperBound
      let spelling = String(tokens[group.start].text.base[first..<last])
      if lexicon.entry(for: spelling) == nil { result.append(spelling) }
    }
    return result
  }

  /// True for a line written mostly in capitals, where capitals do not mark names.
  private static func isShouted(_ tokens: TokenText) -> Bool {
    let words = tokens.tokens.filter { !$0.isPunctuation && $0.text.count > 1 }
    let capitals = words.filter { word in
      word.text.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }
    return words.count >= 3 && capitals.count * 5 >= words.count * 3
  }

  /// For each token, true when one of the line's lexicon matches covers it.
  private static func knownTokens(_ tokens: TokenText, _ matches: [TermMatch]) -> [Bool] {
    var known = [Bool](repeating: false, count: tokens.count)
    var index = 0
    for match in matches {
      while index < tokens.count && tokens[index].range.upperBound <= match.range.lowerBound {
        index += 1
      }
      while index < tokens.count && tokens[index].range.lowerBound < match.range.upperBound {
        known[index] = true
        index += 1
      }
    }
    return known
  }
}

/// A run of adjacent capitalised or name-shaped words, the unit term discovery reports.
struct DiscoveryGroup {
  var start: Int
  var end: Int
  /// True when a word is shaped like a product name: an acronym, inner capitals, or a
  /// digit or dot inside a name ("SSIS", "PyATS", "Neo4j", "Socket.IO").
  var hasNameShape: Bool

  /// The groups of `tokens`: runs of candidate words not covered by lexicon matches, with
  /// common words trimmed from both ends; runs made only of common words are dropped.
  static func groups(in tokens: TokenText, known: [Bool]) -> [DiscoveryGroup] {
    var result: [DiscoveryGroup] = []
    var index = 0
    while index < tokens.count {
      guard WordShape(tokens, index, known: known) != nil else {
        index += 1
        continue
      }
      var end = index + 1
      while end < tokens.count, WordShape(tokens, end, known: known) != nil { end += 1 }
      if let group = trimmed(index..<end, tokens, known) { result.append(group) }
      index = end
    }
    return result
  }

  private static func trimmed(_ run: Range<Int>, _ tokens: TokenText, _ known: [Bool])
    -> DiscoveryGroup?
  {
    let isCommon = { (index: Int) in DiscoveryWords.isCommon(tokens[index].folded) }
    var start = run.lowerBound
    var end = run.upperBound
    while start < end && isCommon(start) { start += 1 }
    while end > start && (isCommon(end - 1) || DiscoveryWords.isCompany(tokens[end - 1].folded)) {
      end -= 1
    }
    guard start < end else { return nil }
    let shapes = (start..<end).compactMap { WordShape(tokens, $0, known: known) }
    return DiscoveryGroup(start: start, end: end, hasNameShape: shapes.contains(.name))
  }
}

/// How a word looks: a product-name shape, or a plain capitalised word.
enum WordShape {
  case name, capitalised

  /// The shape of the token at `index` when it can be part of a discovered term.
  init?(_ tokens: TokenText, _ index: Int, known: [Bool]) {
    let token = tokens[index]
    guard !token.isPunctuation, !(index < known.count && known[index]) else { return nil }
    let letters = LetterCounts(token.text)
    guard letters.letters >= 1, token.text.utf8.count >= 2 else { return nil }
    let isCapitals = letters.upper == letters.letters
    // Two capitals are too often a code ("GB", "IV"); six or more, a shouted word.
    if isCapitals && !(3...5).contains(letters.upper) && !letters.hasDigit { return nil }
    if letters.startsWithLetter
      && (isCapitals || letters.hasInnerCapital && !isCapitals || letters.hasDigit
        || letters.hasInnerDot)
    {
      self = .name
    } else if letters.startsUpper && !tokens.opensSentence(index) {
      self = .capitalised
    } else {
      return nil
    }
  }
}

/// Letter-case facts about one word, gathered in a single pass.
struct LetterCounts {
  var letters = 0
  var upper = 0
  var hasDigit = false
  var hasInnerCapital = false
  var hasInnerDot = false
  var startsWithLetter = false
  var startsUpper = false

  init(_ word: Substring) {
    var isFirst = true
    for scalar in word.unicodeScalars {
      let isLetter: Bool
      let isUpper: Bool
      if scalar.isASCII {
        isUpper = (0x41...0x5A).contains(scalar.value)
        isLetter = isUpper || (0x61...0x7A).contains(scalar.value)
        hasDigit = hasDigit || (0x30...0x39).contains(scalar.value)
        hasInnerDot = hasInnerDot || (!isFirst && scalar == ".")
      } else {
        isLetter = scalar.properties.isAlphabetic
        isUpper = isLetter && scalar.properties.isUppercase
        hasDigit = hasDigit || scalar.properties.numericType != nil
      }
      if isLetter { letters += 1 }
      if isUpper { upper += 1 }
      if isFirst {
        startsWithLetter = isLetter
        startsUpper = isUpper
      } else if isUpper {
        hasInnerCapital = true
      }
      isFirst = false
    }
  }
}
