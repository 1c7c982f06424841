/// One organisation named again and again in the body: "At Northgate Logistics, I … In my
/// work at Northgate Logistics, I … As a Supervisor at Northgate Logistics, I …". The names
/// counted are the posting's company, the resume's employers, schools and groups, and any
/// run of two or more capitalised words; the greeting and signature are not counted.
struct RepeatedNameCheck: CodeCheck {
  /// Times one name may stand in the body before the letter reads as a form.
  let limit: Int

  func run(_ context: ReviewContext) -> [Hit] {
    let text = context.letter.text
    let sentences = context.bodySentences.map(\.sentence)
    let names = Set(Self.known(context) + Self.capitalisedRuns(sentences, text))
    var repeated: [(name: String, places: [Range<String.Index>])] = []
    // Longest first: "Blue Ridge Pet Clinic" named six times is one finding, not a second
    // for the "Ridge Pet Clinic" inside it.
    for name in names.sorted(by: { ($0.count, $0) > ($1.count, $1) }) {
      let places = sentences.flatMap { Self.places(of: name, in: $0) }
      guard places.count >= limit, !repeated.contains(where: { $0.name.contains(name) })
      else { continue }
      repeated.append((name, places))
    }
    return repeated.sorted { $0.places[0].lowerBound < $1.places[0].lowerBound }.map {
      Hit(
        range: $0.places[limit - 1],
        message: "name '\($0.name)' less often: the body names it \($0.places.count) times; "
          + "after the first, write 'there' or 'the team', or group its results in one sentence")
    }
  }

  /// Words that open a sentence before a name ("At Northgate Logistics, I …").
  private static let openers: Set<String> = [
    "at", "as", "in", "while", "during", "before", "after", "with", "for", "since", "from",
    "on", "when", "my", "the", "our", "your", "this", "that", "beyond", "through", "i",
  ]

  /// The posting's company and the organisations the resume names.
  private static func known(_ context: ReviewContext) -> [String] {
    var names = [context.job?.company].compactMap { $0 }
    if let resume = context.resume?.resume {
      names += resume.work.compactMap(\.name) + resume.volunteer.compactMap(\.organization)
      names += resume.education.compactMap(\.institution)
    }
    return names.map { ReviewContext.collapse(Substring($0)) }.filter { $0.count >= 3 }
  }

  /// Runs of two or more capitalised words in the sentences ("Blue Ridge Pet Clinic").
  private static func capitalisedRuns(_ sentences: [LetterText.Sentence], _ text: String)
    -> [String]
  {
    sentences.flatMap { sentence -> [String] in
      let words = sentence.words
      return words.indices.compactMap { index in
        let afterOpener = index == 1 && openers.contains(words[0].key)
        guard words[index].isCapitalized, !(index == 0 && openers.contains(words[0].key)),
          index == 0 || afterOpener || !words[index - 1].isCapitalized,
          let name = NameMatching.properName(in: words, from: index, text: text),
          name.count >= 2
        else { return nil }
        return NameMatching.text(words, name, in: text)
      }
    }
  }

  /// Where `name` stands in `sentence`, word for word and opening on a capital, whatever
  /// spaces or line breaks part its words.
  private static func places(of name: String, in sentence: LetterText.Sentence)
    -> [Range<String.Index>]
  {
    let keys = NameMatching.keys(name)
    let words = sentence.words
    guard !keys.isEmpty, words.count >= keys.count else { return [] }
    return (0...(words.count - keys.count)).compactMap { start in
      let run = words[start..<(start + keys.count)]
      guard run.first?.isCapitalized == true,
        zip(run, keys).allSatisfy({ NameMatching.nameKey($0.key) == $1 })
      else { return nil }
      return words[start].range.lowerBound..<words[start + keys.count - 1].range.upperBound
    }
  }
}
