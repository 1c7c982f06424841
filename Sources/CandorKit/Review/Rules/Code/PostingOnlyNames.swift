/// Names the writer claims as their own that only the posting gives: "I am a LEED AP BD+C",
/// "I ran load calculations in Trane TRACE 3D Plus" when the posting asks for them and the
/// resume shows neither. The posting's words back what the letter says of the job ("you
/// ask for X"), never a claim of having X.
enum PostingOnlyNames {
  /// `ownedOnly`: the sentence is about the job, so only names the writer calls their own
  /// or worked on ("I used Omnicell like your unit") are claims (`FigureClaims.isOwned`).
  static func hits(_ sentence: LetterText.Sentence, _ context: ReviewContext, ownedOnly: Bool)
    -> [Hit]
  {
    guard let job = context.job else { return [] }
    let words = sentence.words
    let text = context.letter.text
    var hits: [Hit] = []
    var index = 0
    while index < words.count {
      guard var run = run(from: index, words, text) else {
        index += 1
        continue
      }
      // "the Army Corps of Engineers": a name with "of" or "and" inside is one name when
      // the posting writes it whole and the resume shows none of its parts; otherwise each
      // part is its own ("Kafka and Flink", "Microsoft Word and Excel" with both listed).
      if let joined = self.run(from: index, words, text, joining: true), joined != run,
        postingWrites(NameMatching.text(words, joined, in: text), context),
        parts(of: joined, words).allSatisfy({
          isPostingOnly(NameMatching.text(words, $0, in: text), job, context)
        })
      {
        run = joined
      }
      index = run.upperBound
      // A capital opening the sentence ("Here's", "At") is no name unless it is an acronym.
      if run.lowerBound == 0, !isCoded(text[words[0].range]) {
        let rest = words[run].firstIndex { $0.range != words[0].range } ?? run.upperBound
        guard rest < run.upperBound else { continue }
        run = rest..<run.upperBound
      }
      // "At Marrow and Salt, I …": an employer's frame is `NameClaims`' business.
      if run.lowerBound > 0, employerCues.contains(words[run.lowerBound - 1].key) {
        let name = NameMatching.properName(in: words, from: run.lowerBound, text: text)
        index = max(index, name?.upperBound ?? index)
        continue
      }
      let quote = NameMatching.text(words, run, in: text)
      let start = words[run.lowerBound].range.lowerBound
      guard quote.contains(where: \.isLetter),
        !ownedOnly || FigureClaims.isOwned(start, sentence), isPostingOnly(quote, job, context),
        !UnsupportedClaimCheck.isDisclaimed(start, in: sentence, text)
      else { continue }
      let range = start..<words[run.upperBound - 1].range.upperBound
      // "while adding Apple Watch support is the kind of project I…": the posting's own
      // phrase around the name describes the job, so the name may be no claim: a warning.
      let isJobsPhrase =
        !FigureClaims.isOwned(start, sentence) && quotesPosting(run, words, text, context)
      hits.append(
        Hit(
          range: range,
          message: "check '\(quote)': only the posting names it, your resume does not",
          severity: isJobsPhrase ? nil : .error))
    }
    return hits
  }

  /// A posting line holds the name with the words on either side of it ("adding Apple Watch
  /// support"): the letter repeats the posting's words about the job.
  private static func quotesPosting(
    _ run: Range<Int>, _ words: [LetterWord], _ text: String, _ context: ReviewContext
  ) -> Bool {
    guard run.lowerBound > 0 else { return false }
    // At the sentence's end the word before is enough: "from the Army Corps of Engineers."
    let last = min(run.upperBound, words.count - 1)
    let span = words[run.lowerBound - 1].range.lowerBound..<words[last].range.upperBound
    let phrase = ReviewContext.collapse(text[span]).lowercased()
    return context.jobLines.contains { ClaimSources.holds($0, phrase) }
  }

  /// Words before a name that make it an employer ("at", "joined", "for").
  private static let employerCues: Set<String> = ["at", "joined", "for"]

  /// The posting writes `quote` as whole words, and neither the resume (a state by its name
  /// or code), the company's or contact's name, the posting's title nor the lexicon (checked
  /// elsewhere) accounts for it.
  private static func isPostingOnly(_ quote: String, _ job: JobPosting, _ context: ReviewContext)
    -> Bool
  {
    let folded = quote.lowercased()
    guard context.jobLines.contains(where: { ClaimSources.holds($0, folded) }),
      !ClaimSources.holds(context.resumeText, folded),
      !ClaimSources.holds(context.resumeSource, folded),
      context.lexicon.entry(for: quote) == nil,
      // "Texas" where the resume writes "RN, TX", and the reverse.
      context.resumeNames(region: quote) != true
    else { return false }
    if let company = job.company, NameMatching.sameOrganisation(quote, company) { return false }
    if let contact = job.recipient?.name, ClaimSources.holds(contact.lowercased(), folded) {
      return false
    }
    return !ClaimSources.holds((job.title ?? "").lowercased(), folded)
  }

  /// The run of name words from `start`: capitalised words, acronyms and codes such as
  /// "3D" or "BD+C", with no punctuation between them that ends a name. With `joining`,
  /// "of" or "and" between two name words joins them: "Army Corps of Engineers".
  private static func run(
    from start: Int, _ words: [LetterWord], _ text: String, joining: Bool = false
  ) -> Range<Int>? {
    var end = start
    while end < words.count {
      let joins = { (at: Int) in
        at == start || !NameMatching.isBroken(between: words[at - 1], words[at], in: text)
      }
      if isNameWord(words[end], text), joins(end) {
        end += 1
      } else if joining, end > start, connectors.contains(words[end].key), end + 1 < words.count,
        isNameWord(words[end + 1], text), joins(end), joins(end + 1)
      {
        end += 2
      } else {
        break
      }
    }
    return end > start ? start..<end : nil
  }

  /// The runs of `joined` between its connectors: "Army Corps", "Engineers".
  private static func parts(of joined: Range<Int>, _ words: [LetterWord]) -> [Range<Int>] {
    var parts: [Range<Int>] = []
    var start = joined.lowerBound
    for index in joined where connectors.contains(words[index].key) {
      if index > start { parts.append(start..<index) }
      start = index + 1
    }
    if start < joined.upperBound { parts.append(start..<joined.upperBound) }
    return parts
  }

  /// A line of the posting holds `name` as whole words.
  private static func postingWrites(_ name: String, _ context: ReviewContext) -> Bool {
    let folded = name.lowercased()
    return context.jobLines.contains { ClaimSources.holds($0, folded) }
  }

  /// Small words inside a name ("Department of Ecology", "Fish and Wildlife").
  private static let connectors: Set<String> = ["of", "and"]

  private static func isNameWord(_ word: LetterWord, _ text: String) -> Bool {
    guard word.key != "i", !ProductNames.isNotProduct(word.key) else { return false }
    return word.isCapitalized || isCoded(text[word.range])
  }

  /// "3D", "BD", "170": a word of digits and capitals.
  private static func isCoded(_ written: Substring) -> Bool {
    written.contains(where: \.isNumber) && !written.contains(where: \.isLowercase)
      || (written.count >= 2 && written.allSatisfy(\.isUppercase))
  }
}
