/// An opening paragraph of one sentence that names neither the role nor the company: "I am
/// applying for this position." Such a line tells the reader nothing the envelope did not,
/// and it is all the first paragraph says.
struct ThinOpeningCheck: CodeCheck {
  func run(_ context: ReviewContext) -> [Hit] {
    guard let first = context.paragraphs(in: .opening).first else { return [] }
    let paragraph = context.paragraph(first)
    guard paragraph.sentences.count == 1, let sentence = paragraph.sentences.first,
      !sentence.isListItem, let start = sentence.words.first?.range.lowerBound,
      !Self.namesTarget(sentence.words, context)
    else { return [] }
    return [
      Hit(
        range: start..<sentence.range.upperBound,
        message: "the opening paragraph names neither the role nor the company: add both and "
          + "your strongest result")
    ]
  }

  /// The sentence names the posting's company or title, or, with no posting, any name past
  /// its first word other than "I".
  private static func namesTarget(_ words: [LetterWord], _ context: ReviewContext) -> Bool {
    guard let job = context.job else {
      return words.dropFirst().contains { $0.isCapitalized && $0.key != "i" }
    }
    let names = [job.company, job.title].compactMap { $0 }.filter { !$0.isEmpty }
    return names.contains { NameMatching.mentions(words, NameMatching.variants(of: $0)) }
  }
}
