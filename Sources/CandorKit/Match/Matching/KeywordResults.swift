/// A keyword's result across the documents: found or not, the spelling used and where.
enum KeywordResults {
  static func result(for keyword: PostingKeyword, in documents: [DocumentMatch])
    -> KeywordResult
  {
    var locations: [MatchLocation] = []
    var foundAs: String?
    // Shown itself, the keyword's own occurrences count; otherwise an alternative's.
    let owned = documents.map { $0.occurrences(of: keyword) }
    let own = owned.contains { !$0.isEmpty }
    for (document, ownFound) in zip(documents, owned) {
      for occurrence in own ? ownFound : document.meetings(of: keyword) {
        foundAs = foundAs ?? occurrence.spelling
        let location = document.document.places[occurrence.place].location
        if !locations.contains(location) { locations.append(location) }
      }
    }
    let shown = { (kind: MatchLocation.Document) -> Bool? in
      documents.first { $0.document.kind == kind }.map { $0.shows(keyword) }
    }
    return KeywordResult(
      term: keyword.term, category: keyword.category, tier: keyword.tier,
      weight: keyword.weight, found: foundAs != nil, foundAs: foundAs,
      isMetByAlternative: foundAs != nil && !own, locations: locations,
      inResume: shown(.resume), inLetter: shown(.letter))
  }
}
