/// Reads a job posting in any supported format into a ``JobPosting``.
public enum PostingReader {
  /// Reads `file` (text, Markdown, HTML or JSON). Throws when the file holds nothing that
  /// looks like a posting.
  public static func read(_ file: InputFile, lexicon: Lexicon = .standard) throws(CandorError)
    -> JobPosting
  {
    try TextLimit.checkFile(file, TextLimit.posting, kind: "job posting")
    var (source, header) = try prepare(file)
    let page = source.pageTitle.map { PageTitle($0.text) }
    var rawTitle = TitleFinder.find(source, page: page)
    if let raw = rawTitle, let (title, company, place) = TitlePlace.split(raw.text) {
      source.offer(.company, company, line: raw.line)
      source.offer(.location, place, line: raw.line)
      rawTitle?.text = title
    }
    // Both the boundary and the sections ask which lines work as headings: asked once.
    var headingLike = source.lines.map(SectionClassifier.isHeadingLike)
    if let (end, note) = PostingBoundary.end(
      of: source.lines, mainTitle: rawTitle?.text, headingLike: headingLike)
    {
      source.lines = Array(source.lines[..<end])
      headingLike = Array(headingLike[..<end])
      source.notes.append(note)
    }
    let sections = SectionClassifier.classify(source.lines, headingLike: headingLike)
    let sentences = SentenceCache()
    let (title, department, company) = identify(
      &source, sections: sections, rawTitle: rawTitle, page: page, sentences: sentences)

    var posting = describe(
      source, sections: sections, lexicon: lexicon, company: company, sentences: sentences)
    posting.title = title
    posting.department = department
    posting.company = company
    posting.recipient = RecipientFinder.find(
      source.pageLines.isEmpty ? source.lines : source.lines + source.pageLines,
      company: company, stated: source.fields[.recipient])
    if posting.recipient == nil { posting.addressee = AddressedGroup.find(source.lines) }
    posting.location =
      LocationFinder.find(
        source, lines: source.lines, titleLine: rawTitle?.line, page: page, sentences: sentences,
        company: company)?.text
    posting.level = LevelInference.infer(
      title: title, stated: source[.experience], requirements: posting.requirements,
      text: source.lines.map(\.text).joined(separator: "\n"))
    // Paragraphs only a JSON-LD description holds ("… is wiring the new Riverside
    // Pavilion") are about the company too.
    let described = source.describedOnly.map {
      SectionedLine(line: $0, section: .intro, isHeading: false)
    }
    posting.hooks = HookFinder.find(sections + described, company: company, sentences: sentences)
    posting.notes = source.notes
    posting.lines = (header + source.lines + source.describedOnly).sorted { $0.line < $1.line }
    // The header's labels ("Ubicación:", "Empresa:") tell a short posting's language too.
    posting.language = LanguageDetector.detect(
      posting.lines.filter { !$0.isBlank }.map(\.text).joined(separator: "\n"))
    return posting
  }

  /// Loads the file, sets page furniture aside, repairs line structure and moves the
  /// labelled header lines out of the body.
  private static func prepare(_ file: InputFile) throws(CandorError)
    -> (PostingSource, [TextLine])
  {
    var source = try PostingLoader.load(file)
    try TextLimit.checkVisible(
      (source.lines + source.describedOnly).map(\.text), of: file, TextLimit.posting,
      kind: "job posting")
    try ResumeGivenAsPosting.refuse(source, file: file)
    PageNoise.strip(&source)
    JobBoardChrome.strip(&source)
    PrintedPageDebris.dropAdBlocks(&source)
    source.lines = LineRepair.repair(source.lines, joiningWrappedLines: source.format != .html)
    source.lines = InlineMarkup.strip(source.lines, format: source.format)
    source.lines = TableRows.asLabels(source.lines)
    source.lines = InlineDutiesHeading.split(source.lines)
    PrintedPageDebris.dropFragments(&source)
    let header = HeaderFields.extract(&source)
    return (source, header)
  }

  /// The cleaned title, its department and the company, noting where the title or company
  /// differs from what was stated.
  private static func identify(
    _ source: inout PostingSource, sections: [SectionedLine], rawTitle: SourcedValue?,
    page: PageTitle?, sentences: SentenceCache
  ) -> (title: String?, department: String?, company: String?) {
    let company = CompanyFinder.find(
      source, sections: sections, rawTitle: rawTitle?.text, page: page, sentences: sentences)?.text
    if let stated = source[.company], let company,
      company.folded != CompanyName.clean(stated).folded
    {
      source.notes.append("the posting calls the company \"\(company)\", not \"\(stated)\"")
    }
    let cleaned = rawTitle.map { TitleCleaner.clean($0.text, company: company) }
    if let raw = rawTitle?.text, let title = cleaned?.title, raw.trimmed != title {
      source.notes.append("tidied the title from \"\(raw.trimmed)\"")
    }
    return (cleaned?.title, cleaned?.department, company)
  }

  /// The parts that need no title or company: requirements, skills, pay, figures.
  private static func describe(
    _ source: PostingSource, sections: [SectionedLine], lexicon: Lexicon, company: String?,
    sentences: SentenceCache
  ) -> JobPosting {
    let document = DocumentSense { source.lines.map(\.text) }
    let scan = TermScan(lexicon: lexicon, document: document, company: company)
    let found = RequirementExtractor.requirements(sections, scan: scan, sentences: sentences)
    let skills = SkillCollector.collect(
      sections, requirements: found, scan: scan, sentences: sentences)
    let requirements = RequirementExtractor.weighRepetition(found, skills: skills)
    var posting = JobPosting(
      salary: SalaryParser.find(source, lines: source.lines, sentences: sentences),
      requirements: requirements,
      responsibilities: RequirementExtractor.responsibilities(sections),
      skills: skills,
      scaleFigures: ScaleFigureFinder.find(sections, sentences: sentences))
    posting.reading = scan.reading(of: sections)
    return posting
  }
}
