/// Lexicon terms that are only a word of a name the posting gives a company or product: "AI"
/// in "Brindle Labs builds Acme AI Studio, …" or in the company "Orrin AI" is no skill the
/// posting asks for.
enum NamedTerms {
  /// `matches` of `text` without the terms inside the name `company` (when it is longer
  /// than the term) or inside a product's name: in a prose line, a term between two
  /// capitalised words that are neither terms nor job-title words, the first of them not
  /// opening a sentence ("Acme AI Studio"; "Senior Python Developer" keeps Python).
  static func kept(_ matches: [TermMatch], in text: String, company: String?) -> [TermMatch] {
    guard !matches.isEmpty else { return matches }
    let named = company.map { namedRanges(of: $0, in: text) } ?? []
    // Whether the line is prose is asked only of a term between two name words: most
    // lines have none.
    var prose: Bool?
    return matches.filter { match in
      let inCompany = named.contains { $0.contains(match.range) && $0 != match.range }
      guard !inCompany else { return false }
      guard isInsideName(match.range, in: text, terms: matches) else { return true }
      if prose == nil { prose = isProse(text) }
      return prose == false
    }
  }

  /// Where `company` is written in `text`, as whole words, with a legal form written after
  /// it ("Groupe Bellerive SAS": SAS is no tool there); a one-word name alone holds no other
  /// word.
  private static func namedRanges(of company: String, in text: String)
    -> [Range<String.Index>]
  {
    FoldedSearch(text).ranges(of: company).filter { range in
      !(range.lowerBound > text.startIndex
        && text[text.index(before: range.lowerBound)].isLetter)
        && !(range.upperBound < text.endIndex && text[range.upperBound].isLetter)
    }.compactMap { range in
      if let end = CompanyName.formEnd(after: range.upperBound, in: text) {
        return range.lowerBound..<end
      }
      return company.contains(" ") ? range : nil
    }
  }

  /// True when most of the words of `text` start in lower case: a sentence, not a heading or
  /// a title-case line, where every word is capitalised.
  static func isProse(_ text: String) -> Bool {
    if let ascii = asciiIsProse(text) { return ascii }
    let initials = text.split(separator: " ").compactMap { $0.first { $0.isLetter } }
    return initials.filter(\.isLowercase).count * 2 > initials.count
  }

  /// `isProse` read on bytes, for an ASCII text (nil for any other): there a byte is a
  /// character, so words part at every space and a letter is A–Z or a–z.
  private static func asciiIsProse(_ text: String) -> Bool? {
    var text = text
    return text.withUTF8 { bytes -> Bool? in
      var lower = 0
      var initials = 0
      var atWordStart = true
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if byte == 0x20 {
          atWordStart = true
        } else if atWordStart, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A {
          atWordStart = false
          initials += 1
          if byte >= 0x61 { lower += 1 }
        }
      }
      return lower * 2 > initials
    }
  }

  /// True when the words on both sides of `range`, each one space away, are name words and
  /// the first of them does not open the text or a sentence (its capital may be the
  /// sentence's).
  private static func isInsideName(
    _ range: Range<String.Index>, in text: String, terms: [TermMatch]
  ) -> Bool {
    guard let before = word(before: range.lowerBound, in: text),
      let after = word(after: range.upperBound, in: text),
      isNameWord(before, in: text, terms: terms), isNameWord(after, in: text, terms: terms)
    else { return false }
    let head = text[..<before.lowerBound].trimmingSpaces()
    guard let last = head.last else { return false }
    return !".!?:;•-–—(\"".contains(last)
  }

  /// The word that ends one space before `index`.
  private static func word(before index: String.Index, in text: String)
    -> Range<String.Index>?
  {
    guard index > text.startIndex, text[text.index(before: index)] == " " else { return nil }
    let end = text.index(before: index)
    var start = end
    while start > text.startIndex, text[text.index(before: start)].isLetter {
      start = text.index(before: start)
    }
    return start < end ? start..<end : nil
  }

  /// The word that starts one space after `index`.
  private static func word(after index: String.Index, in text: String)
    -> Range<String.Index>?
  {
    guard index < text.endIndex, text[index] == " " else { return nil }
    let start = text.index(after: index)
    var end = start
    while end < text.endIndex, text[end].isLetter { end = text.index(after: end) }
    return start < end ? start..<end : nil
  }

  /// A capitalised word of two letters or more with a lowercase letter ("Acme", "Studio"),
  /// neither part of a term nor a job-title word.
  private static func isNameWord(
    _ range: Range<String.Index>, in text: String, terms: [TermMatch]
  ) -> Bool {
    let word = text[range]
    guard word.count >= 2, word.first?.isUppercase == true, word.contains(where: \.isLowercase),
      !terms.contains(where: { $0.range.overlaps(range) })
    else { return false }
    let lowered = word.lowercased()
    return !TitleNouns.shared.contains(lowered) && !titleWords.contains(lowered)
  }

  /// Words that open or qualify a job title rather than name a product.
  private static let titleWords: Set<String> = [
    "senior", "junior", "staff", "principal", "lead", "chief", "head", "entry", "mid",
    "level", "sr", "jr", "associate", "certified", "licensed", "registered",
  ]
}
