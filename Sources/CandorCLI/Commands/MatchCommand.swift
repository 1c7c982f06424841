import CandorKit
import Foundation

/// `candor match --job FILE (--resume FILE | --letter FILE | both)`: an explainable,
/// offline ATS keyword match.
enum MatchCommand {
  static let command = Command(spec: spec, run: run)

  static let spec = CommandSpec(
    name: "match",
    abstract: "Measure how well a resume or letter matches a job posting's keywords.",
    options: [
      .job, OptionSpec.resume.optional,
      OptionSpec(
        name: "letter", valueName: "FILE", help: "Your cover letter (.txt, .md), or - for stdin."),
      OptionSpec(
        name: "format", valueName: "FORMAT",
        help: "text: a report for people; json: matchRate, keywords and the rest for programs.",
        choices: ["text", "json"], defaultValue: "text"),
    ],
    discussion: """
      Give --resume, --letter or both. The match rate is the weighted share of the posting's
      keywords the documents show, whole words only, aliases included. Recommendations name
      only keywords your resume already supports; gaps are never advised. Same inputs, same
      numbers.
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
    let paths = ["job", "resume", "letter"].compactMap { arguments[$0] }
    if paths.filter({ $0 == "-" }).count > 1 {
      throw UsageError.conflict("only one input can read stdin", command: spec.name)
    }
    guard arguments["resume"] != nil || arguments["letter"] != nil else {
      throw UsageError.conflict("give --resume FILE, --letter FILE or both", command: spec.name)
    }
    let posting = try PostingReader.read(try console.readFile(arguments["job"] ?? "-"))
    let resumeFile = try arguments["resume"].map { try console.readFile($0) }
    let resume = try resumeFile.map { try ResumeReader.read($0) }
    if let resume, let resumeFile {
      console.warnLayout(of: resume, file: resumeFile, command: spec.name)
    }
    let letter = try arguments["letter"].map { try console.readFile($0).text }
    let report = KeywordMatcher.match(
      posting: posting, resume: resume, resumeSource: resumeFile.flatMap(lineSource),
      letter: letter)
    console.print(
      arguments["format"] == "json"
        ? JSONOutput.encode(report) : MatchReportText.render(report))
    return ExitStatus.success
  }

  /// The text whose lines a report can cite: the file itself, not text taken from a PDF or
  /// DOCX, whose lines a person cannot look up.
  static func lineSource(_ file: InputFile) -> String? {
    let name = file.name.lowercased()
    return name.hasSuffix(".pdf") || name.hasSuffix(".docx") ? nil : file.text
  }
}
