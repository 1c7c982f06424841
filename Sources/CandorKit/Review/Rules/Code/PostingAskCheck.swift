/// "You ask for a teaching credential", "Your posting requires five years of Java": what a
/// letter says the posting asks for must be in it. The ask runs from its frame ("you ask
/// for", "you need", "the posting requires", "your team is looking for") to the end of its
/// clause; each lexicon term there must be one the posting names, each figure one it gives,
/// and an ask with neither must share a word of substance with the posting.
struct PostingAskCheck: CodeCheck {
  func run(_ context: ReviewContext) -> [Hit] {
    guard context.job != nil, context.language == "en" else { return [] }
    var hits: [Hit] = []
    for (_, sentence) in context.bodySentences {
      for ask in PostingAsks.asks(in: sentence, context.letter.text) {
        hits += Self.untrue(ask, in: sentence, context)
      }
    }
    return hits
  }

  /// The findings for one ask: its terms and figures the posting lacks, or the whole ask
  /// when it names neither and the posting has none of its words.
  private static func untrue(
    _ ask: Range<Int>, in sentence: LetterText.Sentence, _ context: ReviewContext
  ) -> [Hit] {
    let words = sentence.words
    let text = context.letter.text
    let span = words[ask.lowerBound].range.lowerBound..<words[ask.upperBound - 1].range.upperBound
    let terms = context.terms(in: span, of: Set(SkillCategory.allCases)).filter {
      $0.range.upperBound <= span.upperBound
    }
    var hits = terms.filter { !postingNames($0, context) }.map { term in
      Hit(
        range: term.range,
        message: "check '\(term.spelling)': the posting does not ask for it",
        suggestion: "quote only what the posting asks for")
    }
    let figures = words[ask].filter { PostingAsks.figure($0.key) != nil }
    hits += figures.filter { !postingGives($0.key, context) }.map { word in
      // "five years": the figure with what it counts.
      let next = words.firstIndex { $0.range.lowerBound > word.range.upperBound }
      let end = next.map { words[$0].range.upperBound } ?? word.range.upperBound
      let quote = ReviewContext.collapse(text[word.range.lowerBound..<end])
      return Hit(
        range: word.range,
        message: "check '\(quote)': the posting gives no such figure",
        suggestion: "give the posting's own figure, or leave it out")
    }
    guard terms.isEmpty, figures.isEmpty else { return hits }
    let outside = words[ask].filter { word in !terms.contains { $0.range.overlaps(word.range) } }
    let content = outside.map(\.key).filter(PostingAsks.isContent)
    guard !content.isEmpty, !content.contains(where: { postingHas($0, context) }) else {
      return hits
    }
    let quote = ReviewContext.collapse(text[span])
    return [
      Hit(
        range: span, message: "check '\(quote)': the posting does not ask for this",
        suggestion: "quote only what the posting asks for")
    ]
  }

  /// The posting names the term: among its skills, or in one of its lines as written.
  private static func postingNames(_ term: TermMatch, _ context: ReviewContext) -> Bool {
    if context.job?.skills.contains(where: { $0.term == term.term }) == true { return true }
    let spellings = [term.term, term.spelling].map { $0.lowercased() }
    return context.jobLines.contains { line in
      spellings.contains { ClaimSources.holds(line, $0) }
    }
  }

  /// A line of the posting gives the figure, in digits or in words ("5+ years", "five").
  private static func postingGives(_ key: String, _ context: ReviewContext) -> Bool {
    guard let value = PostingAsks.figure(key) else { return true }
    let digits = value == value.rounded() ? String(Int(value)) : String(value)
    let spelled = NumberWords.english.filter { $0.value == value }.map(\.key)
    return context.jobLines.contains { line in
      ([digits] + spelled).contains { ClaimSources.holds(line, $0) }
    }
  }

  /// A posting line holds a word with the content word's stem ("credential" for
  /// "credentials", "teaching" for "teach").
  private static func postingHas(_ key: String, _ context: ReviewContext) -> Bool {
    let stem = String(key.prefix(max(4, min(key.count - 2, 6))))
    return context.jobLines.contains { $0.contains(stem) }
  }
}
