/// A keyword's result across the documents: found or not, the spelling used and where.
enum KeywordResults {
  static func result(for keyword: PostingKeyword, in documents: [DocumentMatch])
    -> KeywordResult
  {
    var locations: [MatchLocation] = []
    var foundAs: String?
    for document in documents {
      for occurrence in document.meetings(of: keyword) {
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
      weight: keyword.weight, found: foundAs != nil, foundAs: foundAs, locations: locations,
      inResume: shown(.resume), inLetter: shown(.letter))
  }
}
