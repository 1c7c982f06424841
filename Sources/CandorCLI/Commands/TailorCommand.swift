import CandorKit
import Foundation

/// `candor tailor --job FILE --resume FILE`: a copy of the resume tailored to the posting,
/// with only the facts it already has.
enum TailorCommand {
  static let command = Command(spec: spec, run: run)

  static let formats = ["json", "markdown", "text"] + DocumentOutput.formats

  static let spec = CommandSpec(
    name: "tailor",
    abstract: "Reorder your resume's content for a job posting, adding nothing.",
    options: [
      .job, .resume,
      OptionSpec(
        name: "format", valueName: "FORMAT",
        help: "json: JSON Resume; markdown or text; html, pdf or docx for printing; without "
          + "it, the --output file's extension decides.",
        choices: formats, defaultValue: "json"),
      OptionSpec(
        name: "output", valueName: "FILE",
        help: "Write to FILE (replaced only once the new resume is complete) instead of stdout."),
      OptionSpec(
        name: "top", valueName: "N", help: "Highlights to keep per role and project.",
        defaultValue: "4"),
    ] + DocumentOutput.options,
    discussion: """
      Highlights are ordered by relevance to the posting and the top N per role kept, skills
      put the posting's must-haves first, and the summary's sentences are reordered. Nothing
      is added: no skill, number, employer, title or date that is not in your resume. What
      changed and the match rate before and after are written to standard error.
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
    let (jobPath, resumePath) = try arguments.postingAndResume(command: spec.name)
    try DocumentOutput.checkDestination(nil, arguments, command: spec.name)
    guard let top = Int(arguments["top"] ?? "4"), top >= 1 else {
      throw UsageError.invalidChoice(
        option: "top", value: arguments["top"] ?? "", choices: ["1", "2", "3", "…"],
        suggestion: nil)
    }
    let posting = try PostingReader.read(try console.readFile(jobPath))
    let resumeFile = try console.readFile(resumePath)
    let resume = try ResumeReader.read(resumeFile)
    console.warnLayout(of: resume, file: resumeFile, command: spec.name)
    // A role the reader could not read must not vanish from a copy the person sends.
    if let section = resume.unreadDatedSections?.first {
      throw CandorError.unreadSection(path: resumeFile.name, section: section)
    }
    let tailored = ResumeTailor.tailor(resume, for: posting, options: TailorOptions(top: top))
    try write(tailored.resume, arguments: arguments, posting: posting, console: console)
    for line in TailorReport.lines(tailored, readerNotes: resume.notes) {
      console.printError("candor tailor: \(line)")
    }
    return ExitStatus.success
  }

  private static func write(
    _ resume: Resume, arguments: ParsedArguments, posting: JobPosting, console: Console
  ) throws {
    let format = arguments["format"] ?? "json"
    if let document = DocumentFormat(rawValue: format) {
      let style = DocumentOutput.style(arguments, postingLocation: posting.location)
      let resumeStyle = DocumentStyle(
        paper: style.paper, alignment: style.alignment, fontFamily: "Liberation Sans",
        fontSize: 10.5, margin: 54)
      let data = try DocumentLibrary.render(
        ResumeDocument.make(resume), as: document, style: resumeStyle)
      try DocumentOutput.emit(
        data, format: document, arguments: arguments, console: console, command: spec.name)
      return
    }
    let text: String
    switch format {
    case "markdown": text = ResumeRenderer.markdown(resume)
    case "text": text = ResumeRenderer.text(resume)
    default: text = JSONOutput.encode(resume) + "\n"
    }
    if let path = arguments.outputPath {
      try AtomicFile.write(Data(text.utf8), to: path, inputs: arguments.inputPaths)
    } else {
      console.print(text)
    }
  }
}

/// What `candor tailor` reports on standard error.
enum TailorReport {
  /// The match rates, each change with what it left out, and every line the resume reader
  /// could not place (`readerNotes`): those are missing from the tailored copy too, and the
  /// person must hear so rather than lose a licence or a degree without a word.
  static func lines(_ tailored: TailoredResume, readerNotes: [String] = []) -> [String] {
    var lines = [
      "match rate \(percent(tailored.matchRateBefore)) before, "
        + "\(percent(tailored.matchRateAfter)) after"
    ]
    if tailored.changes.isEmpty { lines.append("nothing to reorder: the resume already fits") }
    for change in tailored.changes {
      lines.append("\(change.section): \(change.message)")
      lines += change.dropped.map { "  left out: \(short($0))" }
    }
    lines += readerNotes.map { "reader: \($0); so it is not in the tailored copy either" }
    return lines
  }

  /// A long highlight cut to about 90 characters at a word boundary.
  static func short(_ text: String) -> String {
    guard text.count > 92 else { return text }
    let cut = text.prefix(90)
    return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
  }

  private static func percent(_ rate: Double) -> String {
    "\(Int((rate * 100).rounded())) %"
  }
}
