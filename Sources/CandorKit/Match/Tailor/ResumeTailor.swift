/// Tailors a resume to a posting without inventing anything: highlights reordered by
/// relevance and the top ones per role kept, skills reordered with the posting's
/// must-haves first, and the summary's sentences reordered. Every fact in the result is in
/// the input.
public enum ResumeTailor {
  public static func tailor(
    _ parsed: ParsedResume, for posting: JobPosting, options: TailorOptions = TailorOptions(),
    lexicon: Lexicon = .standard
  ) -> TailoredResume {
    let keywords = Array(
      KeywordExtractor.keywords(of: posting, lexicon: lexicon).prefix(KeywordMatcher.keywordLimit))
    let scorer = RelevanceScorer(
      posting: posting, keywords: keywords, resume: parsed.resume, lexicon: lexicon)
    var resume = parsed.resume
    var changes: [TailorChange] = []
    for index in resume.work.indices {
      let section = "Experience" + (resume.work[index].name.map { ": \($0)" } ?? "")
      let (kept, change) = HighlightSelection.select(
        resume.work[index].highlights, section: section, top: options.top, scorer: scorer)
      resume.work[index].highlights = kept
      changes += change.map { [$0] } ?? []
    }
    for index in resume.projects.indices {
      let section = "Projects" + (resume.projects[index].name.map { ": \($0)" } ?? "")
      let (kept, change) = HighlightSelection.select(
        resume.projects[index].highlights, section: section, top: options.top, scorer: scorer)
      resume.projects[index].highlights = kept
      changes += change.map { [$0] } ?? []
    }
    if let (skills, change) = SkillOrder.reorder(
      resume.skills, keywords: keywords, lexicon: lexicon)
    {
      resume.skills = skills
      changes.append(change)
    }
    if let summary = resume.basics?.summary,
      let (reordered, change) = SummaryOrder.reorder(summary, scorer: scorer)
    {
      resume.basics?.summary = reordered
      changes.append(change)
    }
    let before = rate(parsed.resume, posting, lexicon)
    let after = rate(resume, posting, lexicon)
    return TailoredResume(
      resume: resume, changes: changes, matchRateBefore: before, matchRateAfter: after)
  }

  private static func rate(_ resume: Resume, _ posting: JobPosting, _ lexicon: Lexicon) -> Double {
    KeywordMatcher.match(posting: posting, resume: ParsedResume(resume: resume), lexicon: lexicon)
      .matchRate
  }
}

/// Picks and orders one entry's highlights.
enum HighlightSelection {
  static func select(
    _ highlights: [String]?, section: String, top: Int, scorer: RelevanceScorer
  ) -> ([String]?, TailorChange?) {
    guard let highlights, highlights.count > 1 else { return (highlights, nil) }
    let order = scorer.ranked(highlights)
    let kept = order.prefix(max(top, 1)).map { highlights[$0] }
    let dropped = order.dropFirst(max(top, 1)).sorted().map { highlights[$0] }
    guard kept != Array(highlights.prefix(kept.count)) || !dropped.isEmpty else {
      return (highlights, nil)
    }
    var message = "highlights ordered by relevance to the posting"
    if !dropped.isEmpty {
      message += "; kept \(kept.count) of \(highlights.count)"
    }
    return (
      kept, TailorChange(kind: .highlights, section: section, message: message, dropped: dropped)
    )
  }
}
