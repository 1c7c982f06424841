/// How a sentence opens, as a reader notices it: its first two words, with a capitalised
/// second word standing for any name, so "At Larkspur, I …" and "At Brightline, I …" share
/// the frame "at …". The reviewer counts frames; the composer keeps each under its limit.
enum SentenceFrame {
  /// The frame key ("your posting", "i also", "at …") and the range of the words it covers;
  /// nil for a sentence under three words.
  static func frame(of words: [LetterWord]) -> (key: String, range: Range<String.Index>)? {
    // "I'm" is two keys over one range: a contraction's parts count as its words.
    guard words.count >= 3 else { return nil }
    let second = words[1]
    let isName = second.isCapitalized && second.key != "i" && second.range != words[0].range
    let key = words[0].key + " " + (isName ? "…" : second.key)
    let end = isName ? words[0].range.upperBound : second.range.upperBound
    return (key, words[0].range.lowerBound..<end)
  }

  /// The frame key of each sentence in `text`.
  static func keys(in text: String) -> [String] {
    SentenceSplitter.split(text).compactMap { frame(of: WordTokenizer.words(in: $0))?.key }
  }
}
