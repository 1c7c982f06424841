/// Finds where the main posting ends when a file holds more: a second posting pasted
/// after it, or a job board's list of similar jobs.
enum PostingBoundary {
  /// The index in `lines` where something other than the main posting starts, with a note.
  /// `headingLike` holds ``SectionClassifier/isHeadingLike(_:)`` of each line.
  static func end(
    of lines: [TextLine], mainTitle: String?, headingLike: [Bool]
  ) -> (Int, String)? {
    var seen = 0
    var hadSections = false
    let titleLevel = lines.first { $0.kind == .heading }?.level ?? 1
    let opensSection = zip(lines, headingLike).map { $1 && opensDutiesOrRequirements($0) }
    let lastSection = opensSection.lastIndex(of: true) ?? -1
    let copyStart = repeatOfStart(lines)
    for (index, line) in lines.enumerated() where !line.isBlank {
      seen += 1
      if index == copyStart {
        return (index, "the posting was pasted twice; the copy from line \(line.line) is set aside")
      }
      if isRelatedJobs(line, afterOpening: seen > 5) {
        return (index, "set aside a list of other jobs from line \(line.line)")
      }
      if seen > 5, ApplicationForm.starts(lines, at: index) {
        return (index, "set aside the application form from line \(line.line)")
      }
      if seen > 5, isBoardTail(line.text) {
        return (index, "set aside the job board's own text from line \(line.line) (\(line.text))")
      }
      let context = Context(
        titleLevel: titleLevel, mainTitle: mainTitle, hadSections: hadSections,
        sectionsFollow: lastSection > index)
      if seen > 5, let title = secondTitle(lines, at: index, context) {
        return (
          index,
          "a second posting (\"\(title)\") starts at line \(line.line); it was set aside"
        )
      }
      if opensSection[index] { hadSections = true }
    }
    return nil
  }

  /// Where the posting's first three lines come again, in order: the same posting pasted
  /// a second time.
  private static func repeatOfStart(_ lines: [TextLine]) -> Int? {
    let text = lines.indices.filter { !lines[$0].isBlank }
    guard text.count >= 8 else { return nil }
    let opening = text.prefix(3).map { lines[$0].text }
    for position in 3..<(text.count - 2) where lines[text[position]].text == opening[0] {
      if (1...2).allSatisfy({ lines[text[position + $0]].text == opening[$0] }) {
        return text[position]
      }
    }
    return nil
  }

  private struct Context {
    var titleLevel: Int
    var mainTitle: String?
    /// The main posting already listed duties or requirements.
    var hadSections: Bool
    /// Duties or requirements are listed after the line in question.
    var sectionsFollow: Bool
  }

  /// The title of a second posting starting at `index`, if one does: a repeated title
  /// field, a title after a separator, or a title line after the main posting's sections
  /// that is followed by sections of its own.
  private static func secondTitle(_ lines: [TextLine], at index: Int, _ context: Context)
    -> String?
  {
    let line = lines[index]
    if line.text.hasBytes(":"),
      let (field, value) = HeaderFields.labelled(line.text), field == .title,
      isOtherTitle(value, context)
    {
      return value
    }
    if isSeparator(line.text),
      let next = lines[(index + 1)...].prefix(3).first(where: { !$0.isBlank }),
      isOtherTitle(next.text, context)
    {
      return next.text
    }
    // The two flags first: most lines fail one, and the other checks cost far more.
    guard context.hadSections, context.sectionsFollow else { return nil }
    let isTitleLine =
      line.kind == .heading ? line.level <= context.titleLevel : standsAlone(lines, index)
    guard isTitleLine, isOtherTitle(line.text, context),
      !SectionClassifier.isSectionHeading(line.text)
    else { return nil }
    return line.text
  }

  private static func isOtherTitle(_ text: String, _ context: Context) -> Bool {
    PostingRoleWords.isTitleLike(text) && !same(text, context.mainTitle)
  }

  /// A short text line without sentence or label punctuation that stands apart: a blank
  /// line above it, or a section heading or "Label: value" line right below it.
  private static func standsAlone(_ lines: [TextLine], _ index: Int) -> Bool {
    let line = lines[index]
    guard line.kind == .text, line.text.wordCount <= 8, let last = line.text.last,
      !".:;,".contains(last)
    else { return false }
    if index == 0 || lines[index - 1].isBlank { return true }
    guard index + 1 < lines.count else { return false }
    let next = lines[index + 1]
    let namesSection =
      next.text.wordCount <= 6 && SectionClassifier.kind(ofHeading: next.text) != nil
    return namesSection || HeaderFields.labelled(next.text) != nil
  }

  /// For a heading-like line: true when it heads duties or requirements.
  private static func opensDutiesOrRequirements(_ line: TextLine) -> Bool {
    let kind = SectionClassifier.kind(ofHeading: line.text)
    return kind == .requirements || kind == .responsibilities || kind == .preferred
  }

  private static func same(_ text: String, _ title: String?) -> Bool {
    guard let title else { return false }
    let a = text.folded
    let b = title.folded
    return a == b || a.hasPrefix(b) || b.hasPrefix(a)
  }

  /// Marks one of which every separator line holds.
  private static let separatorMarks = ["--", "==", "__", "**", "~~", "##", "- -", "* *", "•"]
  private static let separator = Pattern(#"^([-=_*~#•]\s?){4,}$"#, requiring: separatorMarks)
  private static let separatorMarkSet = PhraseSet(separatorMarks)

  /// The marks are looked for in the untrimmed line first, so most lines are not trimmed.
  private static func isSeparator(_ text: String) -> Bool {
    separatorMarkSet.matches(text) && separator.matches(text.trimmed)
  }

  private static let relatedJobsHeads = Pattern.anyOf([
    "(similar|related|more|other|recommended|suggested) (jobs|positions|openings|roles)",
    "also hiring", "other open (positions|roles)", "(empleos|ofertas) similares",
    "ähnliche (jobs|stellen)", "offres similaires", "vagas semelhantes",
  ])
  private static let relatedJobs = Pattern("^" + relatedJobsHeads)
  /// "Similar jobs: Senior Data Engineer - Acme Corp | BI Developer - Zeta Inc": the list
  /// on the heading's own line, however long.
  private static let relatedJobsList = Pattern("^" + relatedJobsHeads + #"\s*:"#)

  /// "Jobs you may also like", "Recommended for you", "Next job:": what a board shows after
  /// a posting, which a page may also show above it, so only after the posting's opening.
  private static let nextJobsHeads = Pattern.anyOf([
    "(jobs|roles|positions|openings) (you|for you)( (may|might|could))?( also)?"
      + "( (like|love|be interested in|want))?",
    "you (may|might) also (like|be interested in)", "(recommended|suggested|picked) for you",
    "(next|previous) (job|posting|opening|position)s?",
  ])
  /// The heading alone, or with what follows its colon ("Next job: Senior Java Developer").
  private static let nextJobs = Pattern("^" + nextJobsHeads + #"\s*(?::.*)?$"#)
  private static let nextJobsList = Pattern("^" + nextJobsHeads + #"\s*:"#)

  /// A word each of `relatedJobs`' and `nextJobs`' alternatives holds.
  private static let relatedJobsWords = PhraseSet([
    "similar", "related", "more", "other", "recommended", "also hiring", "empleos", "ofertas",
    "hnliche", "offres", "vagas", "suggested", "you", "next", "previous",
  ])

  /// Characters a page draws a rule with around a heading ("===== Similar jobs =====").
  private static let ruleMarks = " =-_*~#•|"

  private static func isRelatedJobs(_ line: TextLine, afterOpening: Bool) -> Bool {
    let text = line.text
    guard text.hasAtMostCharacters(99) || text.hasBytes(":") else { return false }
    let trimmed = text.trimming(charactersIn: ruleMarks).trimmed
    let isShort = trimmed.hasAtMostCharacters(59) && trimmed.wordCount <= 6
    guard isShort || trimmed.hasBytes(":") else { return false }
    // In ASCII text case folding is plain, so a line without one of the words cannot match.
    if trimmed.utf8.allSatisfy({ $0 < 0x80 }), !relatedJobsWords.matches(trimmed) {
      return false
    }
    if isShort ? relatedJobs.matches(trimmed) : relatedJobsList.matches(trimmed) { return true }
    guard afterOpening else { return false }
    return isShort ? nextJobs.matches(trimmed) : nextJobsList.matches(trimmed)
  }

  /// What a job board shows under the posting: "People also viewed", "Hiring Lab - Jobs you
  /// may like", Glassdoor's "Company rating". Never the posting's own text.
  private static let boardTail = PhraseSet([
    "people also viewed", "people also searched", "jobs you may like",
    "jobs you might like", "jobs you may be interested in", "more jobs like this",
    "company rating", "see more jobs", "hiring insights", "powered by greenhouse",
    "powered by lever", "powered by workable", "powered by ashby", "powered by jobvite",
  ])

  private static func isBoardTail(_ text: String) -> Bool {
    guard text.hasAtMostCharacters(80), text.wordCount <= 10 else { return false }
    // The phrase set ignores case, so only a line that holds a phrase is lowercased.
    guard let found = boardTail.first(in: text) else { return false }
    // "Company rating" and "Powered by …" start the line; the others may follow the
    // board's name.
    let starts = found == "company rating" || found.hasPrefix("powered by")
    return !starts || text.trimmed.lowercased().hasPrefix(found)
  }
}
