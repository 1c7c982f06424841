/// A text's tokens as the word numbers of one ``PhraseIndex``, each looked up once, with the
/// numbers of the singular forms of words that may be plurals ("databases" → "database").
struct NumberedText {
  let text: TokenText
  /// Each token's word number; -1 for a word the index does not hold.
  let words: [Int32]
  /// For each word ending in "s", the numbers of the singular forms the index holds, in
  /// the order tried; empty for every other token.
  let stems: [[Int32]]

  init(_ text: TokenText, _ table: WordTable) {
    self.text = text
    words = text.tokens.map { table.number(of: $0.folded) ?? -1 }
    var stems = [[Int32]](repeating: [], count: text.count)
    for (position, token) in text.tokens.enumerated()
    where !token.isPunctuation && token.folded.utf8.last == UInt8(ascii: "s") {
      var forms = Plural.singulars(of: token.folded)
      if Plural.looksLikeAcronymPlural(token.text) { forms.append(String(token.folded.dropLast())) }
      stems[position] = forms.compactMap(table.number(of:))
    }
    self.stems = stems
  }

  var count: Int { text.count }

  subscript(position: Int) -> Token { text[position] }
}
