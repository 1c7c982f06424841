/// ``Lexicon/normalized(_:)`` without Foundation for plain ASCII text, which is nearly
/// every term and spelling: the same result, a fraction of the time.
enum KeywordKey {
  static func normalized(_ text: String) -> String {
    guard text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "_") }) else {
      return Lexicon.normalized(text)
    }
    return Tokenizer.tokens(in: text).filter { !$0.isPunctuation || $0.text == "&" }
      .map(\.folded).joined(separator: " ")
  }
}
