/// Must-haves the planner found no evidence for that the letter answers all the same with a
/// quote: a sentence quoting the resume names the ask's acronym ("I have earned a CLAD
/// certificate" for "CLAD / English learner authorization") or two of its words in a row
/// ("I run weekly vendor payment runs" for "Vendor payment runs and …"). The note that the
/// resume shows no evidence leaves these out, so it never contradicts the letter. An ask for
/// a number of years stays in the note: a quote sharing its words does not show the years.
enum AnsweredAsks {
  /// `asks` (requirement texts of `posting`) that no quoting sentence of `paragraphs`
  /// answers. A sentence citing the ask's own line ("The closest my resume comes is …") is
  /// the letter saying it lacks it, never an answer.
  static func unanswered(
    _ asks: [String], in paragraphs: [LetterParagraph], posting: JobPosting
  ) -> [String] {
    guard !asks.isEmpty else { return asks }
    // Each quoting sentence's words and word pairs, read once for every ask.
    let quoting = paragraphs.flatMap(\.sentences).filter { sentence in
      sentence.sources.contains { $0.kind == .resume && !$0.reference.hasPrefix("basics") }
    }.map { sentence in
      let words = AlphanumericWords.of(sentence.text)
      return (sentence: sentence, words: Set(words), pairs: Set(pairs(of: words)))
    }
    return asks.filter { ask in
      let requirement = posting.requirements.first { $0.text == ask }
      // "6+ years of IT industry experience": a quote shares words with it but never shows
      // the years, which the planner found missing.
      if requirement?.years != nil { return true }
      let line = requirement?.line
      let answers = quoting.filter { quote in
        line.map { !quote.sentence.sources.contains(.posting(line: $0)) } ?? true
      }
      guard !answers.isEmpty else { return true }
      let acronyms = acronyms(in: ask)
      if answers.contains(where: { quote in acronyms.contains(where: quote.words.contains) }) {
        return false
      }
      let asked = Set(pairs(of: AlphanumericWords.of(ask)))
      return answers.allSatisfy { $0.pairs.isDisjoint(with: asked) }
    }
  }

  /// The ask's acronyms that stand alone: "CLAD" of "CLAD / English learner authorization",
  /// never "SQL" of "SQL Server", a longer name the letter's "SQL" does not answer.
  private static func acronyms(in ask: String) -> [String] {
    let words = ask.split(separator: " ")
    return words.indices.compactMap { index in
      let word = String(words[index].trimmingPunctuation())
      guard isAcronym(word) else { return nil }
      let next = words.indices.contains(index + 1) ? words[index + 1].first : nil
      return next?.isUppercase == true ? nil : word
    }
  }

  /// "CLAD", "OSHA": three or more capitals.
  private static func isAcronym(_ token: String) -> Bool {
    token.count >= 3 && token.allSatisfy(\.isUppercase)
  }

  /// Each two content words in a row of `words` (``AlphanumericWords``), lowercased:
  /// "vendor payment", "payment runs".
  private static func pairs(of words: [String]) -> [String] {
    let words = words.map { $0.lowercased() }.filter {
      $0.count > 2 && !stopWords.contains($0)
    }
    return zip(words, words.dropFirst()).map { "\($0) \($1)" }
  }

  private static let stopWords: Set<String> = [
    "and", "the", "for", "with", "from", "your", "our", "you", "this", "that", "any", "all",
    "years", "year", "experience", "ability", "must", "have", "has", "are", "will",
  ]
}
