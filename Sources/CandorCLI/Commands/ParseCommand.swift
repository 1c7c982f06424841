import CandorKit

/// `candor parse job|resume FILE`: shows what Candor understood from a file.
enum ParseCommand {
  static let command = Command(spec: spec, run: run)

  static let spec = CommandSpec(
    name: "parse",
    abstract: "Read a job posting or resume and show what Candor understood.",
    arguments: [
      ArgumentSpec(
        name: "KIND", help: "What the file is: a job posting or a resume.",
        choices: ["job", "resume"]),
      ArgumentSpec(
        name: "FILE",
        help:
          "The file to read: text (.txt, .md, .html, .json) or a document (.pdf, .docx), or"
          + " - for standard input."),
    ],
    options: [
      OptionSpec(
        name: "format", valueName: "FORMAT",
        help: "text: an indented outline for people; json: the model (JSON Resume for resumes).",
        choices: ["text", "json"], defaultValue: "text"),
      .flag(
        "strict",
        "Validate a JSON resume against the JSON Resume schema; exit 2 naming the first "
          + "failing field."),
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
    let isJSON = arguments["format"] == "json"
    let isStrict = arguments.has("strict")
    if arguments.positionals[0] == "job" {
      if isStrict {
        throw UsageError.conflict("--strict applies to resumes only", command: spec.name)
      }
      let file = try console.readFile(arguments.positionals[1])
      let posting = try hinted(file, expected: .posting, console: console) {
        try PostingReader.read(file)
      }
      console.print(isJSON ? JSONOutput.encode(posting) : PostingOutline.render(posting))
    } else {
      let file = try console.readFile(arguments.positionals[1])
      if isStrict { try validate(file) }
      let parsed = try hinted(file, expected: .resume, console: console) {
        try ResumeReader.read(file)
      }
      console.warnLayout(of: parsed, file: file, command: spec.name)
      // The outline lists the notes itself; JSON keeps them in `meta.candor` and shows
      // them on standard error too, for a person running the command.
      if isJSON {
        for note in parsed.notes { console.printError("candor parse: \(file.name): note: \(note)") }
      }
      console.print(
        isJSON ? JSONOutput.encode(parsed.resumeWithFindings) : ResumeOutline.render(parsed))
    }
    return ExitStatus.success
  }

  /// What `read` returns, after a note when the file reads as the other kind than the one
  /// asked for: a resume given to `parse job`, a posting to `parse resume`. It is only a
  /// hint, and the file is still read; an error that already names the other reader
  /// stands alone, one line.
  private static func hinted<T>(
    _ file: InputFile, expected: ContentKind, console: Console, read: () throws -> T
  ) throws -> T {
    guard let kind = ContentKind.guess(file.text), kind != expected else { return try read() }
    let command = "candor parse " + (kind == .resume ? "resume" : "job")
    let hint =
      "candor parse: \(file.name): note: this reads like a \(kind.rawValue), not a "
      + "\(expected.rawValue); to read it as one, run: \(command) \(file.name)"
    do {
      let value = try read()
      console.printError(hint)
      return value
    } catch let error as CandorError where error.message.contains("`\(command)`") {
      throw error
    } catch {
      console.printError(hint)
      throw error
    }
  }

  /// `--strict`: a JSON resume must match the JSON Resume schema.
  private static func validate(_ file: InputFile) throws {
    guard file.format == .json else {
      throw UsageError.conflict(
        "\(file.name): --strict validates JSON resumes only", command: spec.name)
    }
    try ResumeReader.validate(file)
  }
}
