/// The names a requirement offers beyond the lexicon's terms: the capitalised options of an
/// example list ("a TMS such as McLeod or TMW") and its acronyms ("DOT and FMCSA"). A
/// requirement naming several is met when the resume names any one of them, as it is for
/// lexicon terms ("McLeod LoadMaster", "DOT Hours of Service").
enum RequirementOptions {
  /// The option names of `text`, as written.
  static func names(in text: String) -> [String] {
    var names: [String] = []
    for span in ExampleList.spans(in: text) {
      names += words(text[span]).filter { word in
        word.first?.isUppercase == true && !ContentWords.stopWords.contains(word.lowercased())
      }
    }
    names += listedAcronyms(in: text)
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
  }

  /// True when `resumeText` (lowercased) names one of a requirement's `options`, its
  /// ``names(in:)``.
  static func isMet(options: [String], resumeText: String) -> Bool {
    options.contains { contains(resumeText, word: $0.lowercased()) }
  }

  /// Acronyms listed with a joiner between them ("DOT and FMCSA", "BLS/ACLS"); acronyms that
  /// stand together as one name ("SAP ERP") are not options of each other.
  private static func listedAcronyms(in text: String) -> [String] {
    let pieces = text.split(separator: " ")
    var found: [String] = []
    for index in pieces.indices.dropLast(2) {
      let (first, joiner, second) = (pieces[index], pieces[index + 1], pieces[index + 2])
      guard ["and", "or", "&"].contains(joiner.lowercased()) else { continue }
      let left = String(first.trimmingPunctuation())
      let right = String(second.trimmingPunctuation())
      if isAcronym(left) && isAcronym(right) { found += [left, right] }
    }
    // The byte test first: Foundation's `contains` bridges every piece to `NSString`.
    for piece in pieces where piece.utf8.contains(0x2F) && piece.contains("/") {
      let parts = piece.split(separator: "/").map { String($0.trimmingPunctuation()) }
      if parts.count > 1, parts.allSatisfy(isAcronym) { found += parts }
    }
    return found
  }

  private static func words(_ text: Substring) -> [String] {
    text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "&" }).map(String.init)
  }

  /// "FMCSA", "DOT", "FP&A": two or more capitals and no small letter.
  private static func isAcronym(_ word: String) -> Bool {
    word.filter(\.isLetter).count >= 2 && word.allSatisfy { !$0.isLetter || $0.isUppercase }
  }

  /// `word` stands in `text` with no letter or digit on either side.
  static func contains(_ text: String, word: String) -> Bool {
    var start = text.startIndex
    while let found = text.byteRange(of: word, from: start) {
      let before =
        found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
      let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
      let isEdge = { (character: Character?) in
        character.map { !$0.isLetter && !$0.isNumber } ?? true
      }
      if isEdge(before) && isEdge(after) { return true }
      start = found.upperBound
    }
    return false
  }
}
