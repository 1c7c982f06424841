import Foundation

/// Judges what a line looks like: part of an entry's heading ("Acme Corp", "Senior
/// Accountant", "Hyderabad") or running text that describes the work.
enum LineShape {
  /// A short line of mostly capitalised words that is not a sentence and does not wrap
  /// into the next line.
  static func isHeaderLike(_ line: ResumeLine, next: ResumeLine? = nil) -> Bool {
    switch line.kind {
    case .heading: return true
    case .bullet, .blank: return false
    case .text: break
    }
    let text = line.text
    let limit = hasStrongSeparator(text) ? (130, 16) : (90, 12)
    guard text.hasCharacters(atMost: limit.0) else { return false }
    let words = text.split(separator: " ")
    guard words.count <= limit.1, !endsSentence(text),
      !text.hasSuffix(","), !text.hasSuffix(";"), !text.hasSuffix(":")
    else { return false }
    if let next, next.kind == .text, next.text.first?.isLowercase == true { return false }
    if containsSentenceBreak(text) { return false }
    if words.count <= 2 { return words.first?.first?.isLowercase == false }
    return capitalisedRatio(withoutAsides(text)) >= 0.5
  }

  /// "Collections Assistant, Herpetology — University of Wisconsin Zoological Museum,
  /// Madison, WI": a spaced dash or a pipe sets a heading's pieces apart, so such a line
  /// may run longer than running text's heading limit.
  private static func hasStrongSeparator(_ text: String) -> Bool {
    text.utf8.count > 90 && (text.hasBytes(" — ") || text.hasBytes(" – ") || text.hasBytes(" | "))
  }

  private static let aside = Pattern(#"\([^()]*\)"#, caseSensitive: true)

  /// "Northway Outfitters (online outdoor gear store), Louisville": the text without what
  /// parentheses hold, an aside in running words that says nothing of the line's shape.
  static func withoutAsides(_ text: String) -> String {
    guard text.contains("(") else { return text }
    return aside.replacing(in: text, with: " ")
  }

  /// "hyperparameters. Tech Stack": a sentence ends inside the line.
  static func containsSentenceBreak(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    return words.dropLast().contains { word in
      word.hasSuffix(".") && word.hasCharacters(atLeast: 4) && word.first?.isLowercase == true
        && !isAbbreviation(word.dropLast())
    }
  }

  /// True when the text stops on a word that needs more after it ("and", "of", "de").
  static func endsOnJoiner(_ text: String) -> Bool {
    let last = lastWord(text).map { $0.lowercased() } ?? ""
    return [
      "and", "or", "of", "the", "to", "for", "with", "in", "on", "by", "from", "into", "a",
      "an", "&", "y", "de",
    ].contains(last)
  }

  /// True when the line reaches the width running text wraps at.
  static func isFull(_ line: ResumeLine, wrapWidth: Int) -> Bool {
    line.text.hasCharacters(atLeast: wrapWidth - wrapWidth / 5 - line.indent)
  }

  /// The share of content words (three letters or more, not function words) that start
  /// with a capital letter or a digit.
  static func capitalisedRatio(_ text: String) -> Double {
    let words = text.split { $0 == " " || $0 == "/" || $0 == "," || $0 == "(" || $0 == ")" }
      .filter { $0.hasCharacters(atLeast: 3) && !functionWords.contains($0.lowercased()) }
    guard !words.isEmpty else { return 1 }
    let capitalised = words.filter { $0.first?.isUppercase == true || $0.first?.isNumber == true }
    return Double(capitalised.count) / Double(words.count)
  }

  /// True when the text ends a sentence: a final ".", "!" or "?" that is not an
  /// abbreviation such as "Inc." or "Jr.".
  static func endsSentence(_ text: String) -> Bool {
    guard let last = text.last, ".!?".contains(last) else { return false }
    guard last == "." else { return true }
    let word = lastWord(text).map { $0.dropLast() } ?? ""
    return !isAbbreviation(word)
  }

  /// The last word of `text`, as `text.split(separator: " ").last` finds it without
  /// splitting the whole line.
  static func lastWord(_ text: String) -> Substring? {
    var end = text.endIndex
    while end > text.startIndex, text[text.index(before: end)] == " " {
      end = text.index(before: end)
    }
    guard end > text.startIndex else { return nil }
    var start = text.index(before: end)
    while start > text.startIndex, text[text.index(before: start)] != " " {
      start = text.index(before: start)
    }
    return text[start..<end]
  }

  /// "Inc", "Ltd", "Jr", "U.S", "B.S", "K": words a period does not end a sentence after.
  static func isAbbreviation(_ word: Substring) -> Bool {
    let bare = word.trimming(where: { $0 != "." && TrimSet.isPunctuation($0) })
    if bare.count <= 1 { return true }
    if bare.contains("."), bare.split(separator: ".").allSatisfy({ $0.count <= 3 }) {
      return true
    }
    return abbreviations.contains(bare.lowercased())
  }

  private static let functionWords: Set<String> = [
    "and", "the", "for", "with", "from", "into", "del", "los", "las", "por", "para", "des",
    "une", "aux", "und", "der", "die", "das", "via",
  ]

  private static let abbreviations: Set<String> = [
    "inc", "ltd", "co", "corp", "jr", "sr", "pvt", "dr", "mr", "ms", "mrs", "st", "bros",
    "etc", "vs", "no", "approx", "incl", "dept", "assoc", "intl", "govt", "mgmt", "eng",
    "e.g", "i.e", "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct",
    "nov", "dec", "hon", "prof", "univ", "tech", "est",
  ]
}
