import Foundation

/// Picks how a keyword is shown: the posting's own spelling of the lexicon's term if it
/// uses one, otherwise its most used spelling cut to its core (see
/// ``core(_:key:lexicon:)``), the shortest on a tie. A degree joined to its field ("B.S. in
/// Computer Science") stays whole; a degree the lexicon spells out is cut like any term
/// ("High School diploma or equivalent" → "High School diploma").
enum KeywordSpelling {
  /// `headLast` is true for a language whose noun phrases end in their head (English), so
  /// that words before a term may be cut from its spelling.
  static func choose(
    _ spellings: [(text: String, count: Int)], key: String, category: KeywordCategory,
    lexicon: Lexicon, headLast: Bool = true
  ) -> String {
    // The posting's own spelling of the lexicon's term wins: it is the plainest. A spelling
    // that already is the term is its own core, so most keywords need no cutting at all.
    var cores: [(text: String, count: Int)] = []
    for spelling in spellings {
      let text =
        category == .degree && lexicon.entry(for: spelling.text) == nil
        ? spelling.text : core(spelling.text, key: key, lexicon: lexicon, headLast: headLast)
      // With one spelling there is nothing to choose between.
      if spellings.count == 1 || KeywordKey.normalized(text) == key {
        return category == .softSkill ? noun(for: text, lexicon: lexicon) : text
      }
      cores.append((text, spelling.count))
    }
    var best: (text: String, count: Int)?
    for spelling in cores {
      if let current = best,
        spelling.count < current.count
          || spelling.count == current.count && spelling.text.count >= current.text.count
      {
        continue
      }
      best = spelling
    }
    let chosen = best?.text ?? key
    return category == .softSkill ? noun(for: chosen, lexicon: lexicon) : chosen
  }

  /// The lexicon's own term when the spelling holds it as whole words ("written and verbal
  /// communication" → "communication", "REST web services" → "REST"); otherwise the spelling
  /// without modifier words at either end, as long as it still means the same term.
  static func core(_ spelling: String, key: String, lexicon: Lexicon, headLast: Bool = true)
    -> String
  {
    // A spelling of the term itself is its own core; most are, and this test is cheaper.
    guard spelling.utf8.contains(UInt8(ascii: " ")), KeywordKey.normalized(spelling) != key
    else { return spelling }
    if let term = lexicon.entry(for: spelling)?.term,
      let range = wholeWords(term, in: spelling), KeywordKey.normalized(term) == key
    {
      return String(spelling[range])
    }
    if let part = shortestPart(spelling, key: key, lexicon: lexicon, headLast: headLast) {
      return part
    }
    var words = spelling.split(separator: " ")
    while words.count > 1, let first = words.first, leading.contains(first.lowercased()) {
      words.removeFirst()
    }
    while words.count > 1, let last = words.last, trailing.contains(last.lowercased()) {
      words.removeLast()
    }
    let plain = words.joined(separator: " ")
    return plain != spelling && lexicon.key(for: plain) == key ? plain : spelling
  }

  /// The shortest run of words that still spells the same term, in a spelling that holds
  /// more words than it needs. A spelling that joins two terms gives up any words
  /// ("troubleshooting and performance optimizations" → "troubleshooting"); otherwise only
  /// lower-case words before the term's head go ("take ownership" → "ownership", "working
  /// with distributed teams" → "distributed teams"), so a name ("Elastic Beanstalk") and a
  /// head noun ("RN license") stay whole. Where the head comes first ("herramientas BI" in
  /// Spanish), only a joined spelling is cut.
  static func shortestPart(
    _ spelling: String, key: String, lexicon: Lexicon, headLast: Bool = true
  ) -> String? {
    let words = spelling.split(separator: " ")
    guard words.count > 1 else { return nil }
    let joined = words.count > 2 && words.contains { ["and", "or", "&"].contains($0) }
    guard joined || headLast else { return nil }
    for length in 1..<words.count {
      for start in 0...(words.count - length) {
        if !joined {
          guard start + length == words.count,
            words[..<start].allSatisfy({ $0.first?.isLowercase == true })
          else { continue }
        }
        let part = words[start..<(start + length)]
        let text = String(spelling[part.first!.startIndex..<part.last!.endIndex])
        if lexicon.key(for: text) == key { return text }
      }
    }
    return nil
  }

  /// Where `term` stands in `text` as whole words, ignoring letter case.
  static func wholeWords(_ term: String, in text: String) -> Range<String.Index>? {
    guard let range = FoldedSearch(text).ranges(of: term).first else { return nil }
    let before =
      range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
    let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
    return before.isLetter || after.isLetter ? nil : range
  }

  static let leading: Set<String> = [
    "strong", "excellent", "effective", "great", "good", "solid", "proven", "exceptional",
    "outstanding", "superb", "demonstrated", "clear",
  ]
  static let trailing: Set<String> = [
    "skills", "skill", "abilities", "ability", "experience", "knowledge", "proficiency",
    "background",
  ]

  /// A soft skill named by a verb or adjective of its word family ("collaborative",
  /// "collaborating") is shown by the lexicon's noun ("collaboration"), as keywords are.
  static func noun(for spelling: String, lexicon: Lexicon) -> String {
    guard !spelling.contains(" "), let term = lexicon.entry(for: spelling)?.term,
      term.count >= 6, spelling.lowercased().hasPrefix(term.lowercased().prefix(6)),
      ["ive", "ing", "ate"].contains(where: spelling.lowercased().hasSuffix)
    else { return spelling }
    return term
  }
}
