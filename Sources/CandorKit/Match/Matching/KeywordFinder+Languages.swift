extension KeywordFinder {
  /// An occurrence of a "bilingual" ask in the place where `document` names its second
  /// spoken language: a resume listing English and Spanish is bilingual in other words.
  /// Nothing when the ask is absent, already found, or fewer than two languages are named.
  func bilingualOccurrence(in document: MatchDocument, found: [Occurrence]) -> Occurrence? {
    let key = KeywordKey.normalized(Self.bilingualTerm)
    guard asksFor(key), !found.contains(where: { $0.key == key }) else { return nil }
    var languages = Set<String>()
    for (index, place) in document.places.enumerated() {
      for match in lexicon.matches(in: place.text)
      where lexicon.entry(for: match.term)?.isSpokenLanguage == true {
        languages.insert(match.term)
        if languages.count == 2 {
          return Occurrence(key: key, spelling: match.spelling, place: index, words: 1)
        }
      }
    }
    return nil
  }

  /// The lexicon term a resume's languages can meet.
  private static let bilingualTerm = "bilingual"
}
