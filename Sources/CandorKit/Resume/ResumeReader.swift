import Foundation

/// Reads a resume in any supported format into a ``ParsedResume``.
public enum ResumeReader {
  /// Reads `file` tolerantly, mapping what it recognises and noting the rest.
  ///
  /// JSON (by name or by content, see ``InputFile``) is read as JSON Resume, older and
  /// foreign field names mapped, and a syntax fault is reported with its line and column;
  /// text, Markdown and HTML are read by their headings and layout. `today` ends current
  /// roles when counting years of experience.
  public static func read(
    _ file: InputFile, lexicon: Lexicon = .standard, today: Date = Date()
  ) throws(CandorError) -> ParsedResume {
    try TextLimit.checkFile(file, TextLimit.resume, kind: "resume")
    let draft: ResumeDraft
    let texts: [(text: String, line: Int?)]
    let format = file.format
    if format == .json {
      draft = try JSONResumeReader.read(file)
      texts = ResumeSkills.texts(of: draft.resume)
    } else {
      draft = TextResumeReader.read(file)
      try TextLimit.checkVisible(
        draft.sourceLines.map(\.text), of: file, TextLimit.resume, kind: "resume")
      // "Rancho Cordova, California" under a role is where it was: "Cordova" there is a
      // town, not the framework.
      let places = Set(draft.resume.work.compactMap(\.location))
      texts = draft.sourceLines.filter { places.isEmpty || !places.contains($0.text.trimmed) }
        .map { ($0.text, $0.line) }
    }
    try check(draft.resume, file: file, format: format, notes: draft.notes)
    let resume = draft.resume
    var scan = LexiconMemo(lexicon, document: DocumentSense { texts.map(\.text) })
    let evidence = EvidenceBuilder.build(resume, lines: draft.lines, scan: &scan)
    let mentions = ResumeSkills.collect(
      texts, names: ResumeOrganizations.of(resume), scan: &scan)
    // A stated floor ("over 5 years") gives way to more years of dated roles.
    let periods = draft.periods.sorted { $0.key < $1.key }.flatMap { work, stretches in
      stretches.map { WorkPeriod(work: work, start: $0.start.iso, end: $0.end.iso) }
    }
    let lengths = draft.lengths.sorted { $0.key < $1.key }.map(WorkLength.init)
    let month = ExperienceYears.month(of: today)
    let dated = ExperienceYears.years(
      resume.work, periods: periods, lengths: lengths, today: month)
    // A stated count gives way to more years of dated roles ("7 years" in a summary over
    // roles from 2017 on), and the outline shows both; unless the resume is years old.
    let count = StatedYears.years(in: resume.basics)
    let written = ExperienceYears.years(
      resume.work, periods: periods, lengths: lengths,
      today: ExperienceYears.lastWritten(resume.work, today: month))
    let stated = count.flatMap {
      dated <= $0.years || StatedYears.outlasts($0.years, dated: dated, asWritten: written)
        ? $0.years : nil
    }
    var parsed = ParsedResume(
      resume: resume, evidence: evidence,
      skills: ResumeSkills.addingListed(
        resume.skills, to: mentions, lines: draft.sourceLines, lexicon: lexicon),
      yearsOfExperience: stated ?? dated,
      language: LanguageDetector.detect(draft.text), format: format, notes: draft.notes,
      document: file.document, yearsAreStated: stated != nil)
    parsed.workPeriods = periods.isEmpty ? nil : periods
    parsed.workLengths = lengths.isEmpty ? nil : lengths
    if let stated, dated > stated { parsed.datedYears = dated }
    parsed.statedYears = stated == nil ? count?.years : nil
    parsed.unreadDatedSections = draft.unreadDated.isEmpty ? nil : draft.unreadDated
    if draft.columnsRunTogether { parsed.layoutWarning = runTogetherWarning }
    return parsed
  }

  static let runTogetherWarning =
    "the resume's two columns seem run together on each line (as copying from a PDF viewer "
    + "gives), so parts of it may be misread; give a one-column copy of it, or the PDF itself"

  /// A resume needs experience, education, skills or projects (a student may have only
  /// projects); anything else is some other text. In JSON, a section of the wrong type is
  /// named: "work: expected a list, found text".
  private static func check(
    _ resume: Resume, file: InputFile, format: InputFormat, notes: [String]
  ) throws(CandorError) {
    guard resume.work.isEmpty, resume.education.isEmpty, resume.skills.isEmpty,
      resume.projects.isEmpty
    else { return }
    let sections = ["work:", "experience:", "education:", "skills:", "projects:"]
    let wrongType = notes.first { note in
      note.contains("expected a list") && sections.contains(where: note.hasPrefix)
    }
    let reason =
      format == .json
      ? "it has no work, education, skills or projects entries"
        + (wrongType.map { " (\($0.replacingOccurrences(of: "; skipped", with: "")))" } ?? "")
      : "found no experience, education, skills or projects (no heading such as "
        + "'Experience', 'Education', 'Skills' or 'Projects' and no dated roles)"
    throw .notAResume(path: file.name, reason: reason)
  }
}
