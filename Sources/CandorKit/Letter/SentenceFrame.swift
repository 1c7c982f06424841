/// How a sentence opens, as a reader notices it: its first two words, with a capitalised
/// second word standing for any name, so "At Larkspur, I …" and "At Brightline, I …" share
/// the frame "at …". The reviewer counts frames; the composer keeps each under its limit.
enum SentenceFrame {
  /// The frame key ("your posting", "i also", "at …") and the range of the words it covers;
  /// nil for a sentence under three words.
  static func frame(of words: [LetterWord]) -> (key: String, range: Range<String.Index>)? {
    // "I'm" is two keys over one range: a contraction's parts count as its words.
    guard words.count >= 3 else { return nil }
    // "Harbor Point Logistics is also where …", "The Perfect Look is where …", "Grove and
    // Tam is where …": a name opening the sentence is any name.
    if let end = openingName(words) {
      guard end < words.count else { return nil }
      let next = words[end]
      return ("… " + next.key, words[0].range.lowerBound..<next.range.upperBound)
    }
    // "Uber is where I", "Nursing is also where I": a one-word name before "is where" is
    // any name, as a longer one is.
    if isOneWordName(words) {
      return ("… " + words[1].key, words[0].range.lowerBound..<words[1].range.upperBound)
    }
    let second = words[1]
    let isName = second.isCapitalized && second.key != "i" && second.range != words[0].range
    let key = words[0].key + " " + (isName ? "…" : second.key)
    let end = isName ? words[0].range.upperBound : second.range.upperBound
    return (key, words[0].range.lowerBound..<end)
  }

  /// The frame and the word after it, "also" skipped: "Your posting also asks for" and
  /// "Your posting asks for" are both "your posting asks"; nil when no word follows.
  static func formula(of words: [LetterWord]) -> (key: String, range: Range<String.Index>)? {
    guard let (key, range) = frame(of: words),
      var next = words.firstIndex(where: { $0.range.lowerBound >= range.upperBound })
    else { return nil }
    if words[next].key == "also", next + 1 < words.count { next += 1 }
    return (key + " " + words[next].key, range.lowerBound..<words[next].range.upperBound)
  }

  /// Where a name of two or more words opening the sentence ends: capitalised words, with
  /// "the" first or "and" and "of" between them; nil when the sentence opens otherwise.
  private static func openingName(_ words: [LetterWord]) -> Int? {
    let isName = { (word: LetterWord) in word.isCapitalized && word.key != "i" }
    let start = words[0].key == "the" && isName(words[1]) ? 1 : 0
    guard isName(words[start]), start == 1 || !openers.contains(words[0].key) else { return nil }
    var end = start + 1
    while end < words.count {
      if isName(words[end]) {
        end += 1
      } else if ["and", "of"].contains(words[end].key), end + 1 < words.count,
        isName(words[end + 1])
      {
        end += 2
      } else {
        break
      }
    }
    return end >= 2 ? end : nil
  }

  /// True when the sentence opens on one word that is no opener, then "is" or "was" and
  /// "where", with "also" between allowed: "Brightwell is where I", "Uber was also where I".
  private static func isOneWordName(_ words: [LetterWord]) -> Bool {
    guard words.count >= 3, !openers.contains(words[0].key), words[1].range != words[0].range,
      ["is", "was"].contains(words[1].key)
    else { return false }
    let next = words[2].key == "also" && words.count > 3 ? words[3] : words[2]
    return next.key == "where"
  }

  /// Words that open a sentence before a name ("At Larkspur", "My Smoogle project").
  private static let openers: Set<String> = [
    "at", "in", "on", "for", "as", "with", "from", "after", "before", "during", "since", "my",
    "your", "our", "the", "a", "an", "this", "that", "i", "it", "we", "you", "while", "when",
    "and", "but", "also", "here", "there", "to", "by", "of",
  ]

  /// The formulas a letter may use once (the reviewer's `repeated-formula`): a frame key or
  /// its start, such as "… is where" or "your posting".
  static let formulas = [
    "… is where", "… was where", "your posting", "your ad", "your listing", "the posting",
    "the role", "you ask", "you asked", "you need",
  ]

  /// The formulas the reviewer counts: `formulas` and "In my work at …", which a reader
  /// hears twice as well.
  // FIXME: the composer still opens two sentences with "In my work at/there"; keep it once.
  static let reviewedFormulas = formulas + ["in my work", "in my role", "in my time"]

  /// The formula key of a sentence's words when it opens with one of `formulas`, or with
  /// one of `reviewedFormulas` when `reviewed`.
  static func listedFormula(of words: [LetterWord], reviewed: Bool = false)
    -> (key: String, range: Range<String.Index>)?
  {
    guard let (key, range) = formula(of: words),
      zip(reviewed ? reviewedFormulas : formulas, reviewed ? reviewedStarts : formulaStarts)
        .contains(where: { formula, start in key == formula || key.hasPrefix(start) })
    else { return nil }
    return (key, range)
  }

  /// Each formula with the space after it, made once: a key may go on past a formula.
  private static let formulaStarts = formulas.map { $0 + " " }
  private static let reviewedStarts = reviewedFormulas.map { $0 + " " }

  /// The frame key of each sentence in `text`, and the formula key of each that opens with
  /// a listed formula.
  static func keys(in text: String) -> (frames: [String], formulas: [String]) {
    var frames: [String] = []
    var formulas: [String] = []
    for sentence in SentenceSplitter.sentences(in: text, range: text.startIndex..<text.endIndex) {
      // The frame lies in the first words: a sentence's first 80 characters are enough.
      let end =
        text.index(sentence.lowerBound, offsetBy: 80, limitedBy: sentence.upperBound)
        ?? sentence.upperBound
      let words = WordTokenizer.words(in: text, range: sentence.lowerBound..<end)
      if let frame = frame(of: words)?.key { frames.append(frame) }
      if let formula = listedFormula(of: words)?.key { formulas.append(formula) }
    }
    return (frames, formulas)
  }
}
