extension Phrase {
  /// The phrase for `spelling`, one of the spellings of `entry` (number `number` in the
  /// lexicon), with the entry's case and context flags; nil when it has no words.
  init?(spelling: String, of entry: Lexicon.Entry, number: Int) {
    if let (words, folded) = SpellingWords.plain(spelling) {
      (self.words, self.folded) = (words, folded)
    } else {
      let tokens = Tokenizer.trimmed(Tokenizer.tokens(in: spelling))
      guard !tokens.isEmpty else { return nil }
      words = tokens.map { String($0.text) }
      folded = tokens.map(\.folded)
    }
    self.entry = number
    category = entry.category
    caseSensitive = entry.caseSensitive.contains(spelling)
    ambiguous = entry.ambiguous.contains(spelling)
    homograph = entry.homographs.contains(spelling)
  }
}
