/// The engines that count: metric and repetition.
extension Metric {
  func run(_ context: ReviewContext) -> [Hit] {
    switch self {
    case .letterWords(let standard, let short, let long):
      let range = context.wordRange ?? standard
      let count = context.letter.bodyWordCount
      guard !range.contains(count) else { return [] }
      let values = ["limit": "\(range.lowerBound)–\(range.upperBound)", "value": "\(count)"]
      let message = Template.fill(count < range.lowerBound ? short : long, values)
      let far = count * 2 < range.lowerBound || count * 2 > range.upperBound * 3
      // Within a tenth of the range a letter is as long as its content needs: a suggestion.
      let near = count * 10 >= range.lowerBound * 9 && count * 10 <= range.upperBound * 11
      // A shorter letter (`--length short`) has its own limit, and its fix says so.
      let fix = context.wordRange.map {
        "aim for \($0.lowerBound)–\($0.upperBound) words: one or two results that match the "
          + "posting, and a next step"
      }
      return [
        Hit(
          range: context.letterAnchor, message: message, suggestion: fix,
          severity: far ? .error : near ? .suggestion : nil)
      ]
    case .paragraphWords(let standard, let message):
      // A short letter (a form's text box) may be one paragraph: its length limit is the
      // paragraph's.
      let limit = context.wordRange.map { max(standard, $0.upperBound) } ?? standard
      return context.body.map(context.paragraph).filter { !$0.isList && $0.wordCount > limit }
        .compactMap { paragraph in
          guard let first = paragraph.sentences.first else { return nil }
          let values = ["limit": "\(limit)", "value": "\(paragraph.wordCount)"]
          return Hit(range: context.firstWords(of: first), message: Template.fill(message, values))
        }
    case .sentenceWords(let limit, let message):
      return context.bodySentences.map(\.sentence).filter { $0.wordCount > limit }.map {
        let values = ["limit": "\(limit)", "value": "\($0.wordCount)"]
        return Hit(range: context.firstWords(of: $0), message: Template.fill(message, values))
      }
    case .sentenceOpenings(let word, let share, let message):
      return openings(word, share, message, context)
    }
  }

  private func openings(
    _ word: String, _ share: Double, _ message: String, _ context: ReviewContext
  )
    -> [Hit]
  {
    let sentences = context.bodySentences.map(\.sentence).filter { !$0.isListItem }
    let opening = sentences.filter { $0.words.first?.key == word }
    guard sentences.count >= 4, Double(opening.count) > share * Double(sentences.count) else {
      return []
    }
    let values = [
      "limit": "\(Int(share * 100))%", "value": "\(opening.count) of \(sentences.count)",
    ]
    return [Hit(range: context.letterAnchor, message: Template.fill(message, values))]
  }
}

extension Repetition {
  func run(_ context: ReviewContext) -> [Hit] {
    switch self {
    case .adjacentWords(let except, let message):
      return context.bodySentences.flatMap { _, sentence in
        zip(sentence.words, sentence.words.dropFirst()).compactMap { first, second in
          guard first.key == second.key, first.range != second.range,
            !except.contains(first.key), first.key.contains(where: \.isLetter),
            // "Spring, Spring MVC" is a list, not a doubled word: only a space may separate them.
            LetterWord.gap(first, second, in: context.letter.text)
              .allSatisfy(\.isWhitespace)
          else { return nil }
          let range = first.range.lowerBound..<second.range.upperBound
          return Hit(range: range, message: Template.fill(message, ["match": context.quote(range)]))
        }
      }
    case .sentenceOpenings(let run, let message):
      return repeatedOpenings(run, message, context)
    case .sentenceFrames(let limit, let message):
      return repeatedFrames(limit, message, context) { SentenceFrame.frame(of: $0) }
    case .formulaFrames(let limit, let message):
      return repeatedFrames(limit, message, context) { SentenceFrame.listedFormula(of: $0) }
    }
  }

  /// One hit per opening, on the sentence that reaches `limit`; `frame` gives a sentence's
  /// opening key and the words it covers, nil for a sentence not counted.
  private func repeatedFrames(
    _ limit: Int, _ message: String, _ context: ReviewContext,
    frame: ([LetterWord]) -> (key: String, range: Range<String.Index>)?
  ) -> [Hit] {
    var counts: [String: Int] = [:]
    var hits: [Hit] = []
    for (_, sentence) in context.bodySentences where !sentence.isListItem {
      guard let (key, range) = frame(sentence.words) else { continue }
      counts[key, default: 0] += 1
      guard counts[key] == limit else { continue }
      let quote = key.hasSuffix(" …") ? context.quote(range) + " …" : context.quote(range)
      let values = ["match": quote, "value": "\(limit)"]
      hits.append(Hit(range: range, message: Template.fill(message, values)))
    }
    return hits
  }

  private func repeatedOpenings(_ run: Int, _ message: String, _ context: ReviewContext) -> [Hit] {
    var hits: [Hit] = []
    var streak = 0
    var previous: String?
    for (_, sentence) in context.bodySentences where !sentence.isListItem {
      guard let first = sentence.words.first else { continue }
      streak = first.key == previous ? streak + 1 : 1
      previous = first.key
      if streak == run {
        // "I’m" opens with "I": name the word, not the contraction around it.
        let isContraction = sentence.words.count > 1 && sentence.words[1].range == first.range
        let written = String(context.letter.text[first.range])
        let quote =
          isContraction && first.isCapitalized
          ? first.key.prefix(1).uppercased() + first.key.dropFirst()
          : isContraction ? first.key : written
        let values = ["match": quote, "value": "\(run)"]
        hits.append(Hit(range: first.range, message: Template.fill(message, values)))
      }
    }
    return hits
  }
}
