/// A sentence may join two claims of the writer's own, each with its own frame: "I would plan
/// it service by service, and I hold the CKA". A plan, a hope or a pending word in one clause
/// says nothing of the other, so each clause is checked on its own words.
extension UnsupportedClaimCheck {
  /// Words that join two clauses ("…, and I hold …", "…, but we shipped …").
  private static let clauseJoins: Set<String> = [
    "and", "but", "so", "yet", "while", "though", "although", "whereas",
  ]
  /// Subjects that open a clause of the writer's own.
  private static let ownSubjects: Set<String> = ["i", "we", "my", "our"]

  /// The clauses of `sentence`, cut before a join followed by the writer as subject ("and I",
  /// "but my") or before the writer after a semicolon ("; I"). A sentence with one clause is
  /// returned whole.
  static func clauses(_ sentence: LetterText.Sentence, _ text: String)
    -> [LetterText.Sentence]
  {
    let words = sentence.words
    var starts: [Int] = []
    for index in words.indices.dropFirst(2) where ownSubjects.contains(words[index].key) {
      let before = words[index - 1]
      // "I'm": a contraction's two words share a range; the cut goes before both.
      guard before.range != words[index].range else { continue }
      if clauseJoins.contains(before.key), !ownSubjects.contains(words[index - 2].key),
        words[index - 2].key != "you"
      {
        starts.append(index - 1)
      } else if LetterWord.gap(before, words[index], in: text).contains(";") {
        starts.append(index)
      }
    }
    guard !starts.isEmpty else { return [sentence] }
    let bounds = [0] + starts + [words.count]
    return zip(bounds, bounds.dropFirst()).map { first, end in
      var clause = sentence
      let lower = first == 0 ? sentence.range.lowerBound : words[first].range.lowerBound
      let upper = end == words.count ? sentence.range.upperBound : words[end].range.lowerBound
      clause.range = lower..<upper
      clause.words = Array(words[first..<end])
      return clause
    }
  }
}
