/// A letter being assembled: the fixed parts and the optional sentences the length target
/// may add or drop, each kept apart so trimming never removes the next step.
struct LetterDraft {
  var opening: LetterParagraph
  var body: [LetterParagraph]
  /// A second company detail, said only to reach the length target.
  var company: LetterSentence?
  /// The posting's next company detail, said after `company` only to reach the length target.
  var companyAgain: LetterSentence?
  /// Names the posting's must-haves the resume shows that the letter has not mentioned.
  var coverage: LetterSentence?
  /// The concrete next step; never dropped.
  var nextStep: [LetterSentence]
  /// A project to walk through; the first thing dropped when the letter runs long.
  var showcase: LetterSentence?

  var closing: LetterParagraph {
    let sentences =
      [company, companyAgain, coverage].compactMap { $0 } + nextStep
      + [showcase].compactMap { $0 }
    return LetterParagraph(role: .closing, sentences: sentences)
  }

  var wordCount: Int {
    ([opening, closing] + body).reduce(0) { $0 + $1.wordCount }
  }

  /// Drops optional sentences, least important first, until the letter fits `limit`.
  mutating func trim(to limit: Int) {
    while wordCount > limit {
      if showcase != nil {
        showcase = nil
      } else if companyAgain != nil {
        companyAgain = nil
      } else if company != nil {
        company = nil
      } else if let last = body.indices.last, body[last].sentences.count > 2 {
        body[last].sentences.removeLast()
      } else if body.count > 1 {
        body.removeLast()
      } else {
        return
      }
    }
  }

  /// Drops a body sentence that tells again a credential the opening has named ("During my
  /// break I completed X training." … "I completed X training."). `names` gives each
  /// credential's name by the resume path a sentence cites for it; a sentence answering
  /// the posting (citing it too) stays, so no ask is left without its answer.
  mutating func dropRetold(_ names: [String: String]) {
    let opening = opening.text.lowercased()
    for index in body.indices {
      body[index].sentences.removeAll { sentence in
        !sentence.sources.contains { $0.kind == .posting }
          && sentence.sources.contains { source in
            guard let name = names[source.reference]?.lowercased(), name.count > 3 else {
              return false
            }
            return opening.hasBytes(name) && sentence.text.lowercased().hasBytes(name)
          }
      }
    }
  }

  /// Puts the coverage sentence at the end of the body, beside the evidence it sums up, so
  /// the closing keeps to the next step (and the company details said for length).
  mutating func moveCoverageToBody() {
    guard let sentence = coverage else { return }
    coverage = nil
    if body.isEmpty { body = [LetterParagraph(role: .body, sentences: [])] }
    body[body.count - 1].sentences.append(sentence)
  }

  /// Splits body paragraphs over `limit` words at the sentence boundary nearest their middle,
  /// preferring one where a new requirement is introduced, while paragraphs stay at most five.
  mutating func splitLongParagraphs(over limit: Int) {
    var index = 0
    while index < body.count {
      let paragraph = body[index]
      guard paragraph.wordCount > limit, paragraph.sentences.count >= 3, body.count < 3 else {
        index += 1
        continue
      }
      let cut = Self.splitPoint(paragraph.sentences)
      body[index] = LetterParagraph(role: .body, sentences: Array(paragraph.sentences[..<cut]))
      body.insert(
        LetterParagraph(role: .body, sentences: Array(paragraph.sentences[cut...])), at: index + 1)
    }
  }

  private static func splitPoint(_ sentences: [LetterSentence]) -> Int {
    let words = sentences.map { WordCount.spaced($0.text) }
    let half = words.reduce(0, +) / 2
    var best = 1
    var bestScore = Int.max
    var before = 0
    for cut in 1..<sentences.count {
      before += words[cut - 1]
      // A requirement and the evidence that answers it share their sources: one paragraph.
      let sources = sentences[cut].sources
      if sources == sentences[cut - 1].sources, sources.contains(where: { $0.kind == .posting }) {
        continue
      }
      let introducesRequirement = sentences[cut].sources.contains { $0.kind == .posting }
      let score = abs(before - half) - (introducesRequirement ? 15 : 0)
      if score < bestScore {
        best = cut
        bestScore = score
      }
    }
    return best
  }
}
