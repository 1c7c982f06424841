import CandorKit
import CandorSpelling
import Foundation

/// `candor review`: findings with fixes and a score for a letter, a before/after
/// comparison, or the rule documentation.
enum ReviewCommand {
  static let command = Command(spec: spec, run: run)

  static let spec = CommandSpec(
    name: "review",
    abstract: "Review a cover letter: findings with fixes and a scored breakdown.",
    arguments: [
      ArgumentSpec(
        name: "FILE",
        help: "The letter (.txt, .md, .html, .pdf, .docx, or the .json of candor write "
          + "--format json), or - for standard input.",
        isOptional: true),
      ArgumentSpec(
        name: "AFTER", help: "With --compare: the revised letter to compare FILE with.",
        isOptional: true),
    ],
    options: [
      OptionSpec(
        name: "job", valueName: "FILE",
        help: "The posting the letter answers: checks company, role, recipient and must-haves."),
      OptionSpec(
        name: "resume", valueName: "FILE",
        help: "Your resume: checks the letter's claims and builds concrete rewrites."),
      OptionSpec(
        name: "format", valueName: "FORMAT",
        help: "text: findings and score for people and editors; json: for programs.",
        choices: ["text", "json"], defaultValue: "text"),
      OptionSpec(
        name: "length", valueName: "LENGTH",
        help: "standard: a letter of 250–400 words; short: 120–180 words for a form's text box.",
        choices: ["standard", "short"], defaultValue: "standard"),
      .flag("strict", "Exit with status 1 when any finding is an error."),
      .flag("compare", "Compare FILE (before) with AFTER: scores, what was fixed, what is new."),
      .flag("rules", "List every rule with its summary."),
      OptionSpec(
        name: "explain", valueName: "RULE", help: "Show a rule's rationale, fix and examples."),
    ],
    discussion: """
      Silence a rule for one letter with a line such as <!-- candor-disable generic-opener -->.
      Spelling uses Hunspell with /usr/share/hunspell/en_US.dic (Debian's hunspell-en-us).
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
    if arguments.has("rules") {
      console.print(RuleDocumentation.list())
      return ExitStatus.success
    }
    if let id = arguments["explain"] {
      console.print(RuleDocumentation.explain(try rule(id)))
      return ExitStatus.success
    }
    let files = arguments.positionals
    let expected = arguments.has("compare") ? 2 : 1
    guard files.count >= expected else {
      let missing = files.isEmpty ? "FILE" : "AFTER"
      throw UsageError.missingArgument(missing, command: spec.name)
    }
    if files.count > expected {
      throw UsageError.unexpectedArgument(files[expected], command: spec.name)
    }
    try checkOneStandardInput(files, arguments)
    let inputs = try Inputs(arguments, console: console)
    return arguments.has("compare")
      ? try compare(files[0], files[1], inputs, arguments, console)
      : try review(files[0], inputs, arguments, console)
  }

  /// Standard input can be read once: `--compare - -`, or `-` for both a letter and
  /// `--job` or `--resume`, is refused before anything is read.
  private static func checkOneStandardInput(_ files: [String], _ arguments: ParsedArguments)
    throws
  {
    let claims =
      zip(["BEFORE", "AFTER"], files).filter { $0.1 == "-" }.map(\.0)
      + ["job", "resume"].filter { arguments[$0] == "-" }.map { "--\($0)" }
    guard claims.count > 1 else { return }
    let names = arguments.has("compare") ? claims : claims.map { $0 == "BEFORE" ? "FILE" : $0 }
    throw UsageError.conflict(
      "only one input can read stdin ('-'), but \(names.joined(separator: " and ")) both ask to",
      command: spec.name)
  }

  /// The body length `--length` asks for; nil keeps the length rule's own range.
  private static func wordRange(_ arguments: ParsedArguments) -> ClosedRange<Int>? {
    arguments["length"] == "short" ? Letter.shortWords : nil
  }

  private static func review(
    _ path: String, _ inputs: Inputs, _ arguments: ParsedArguments, _ console: Console
  ) throws -> Int32 {
    let file = try letter(path, console)
    let review = inputs.reviewer.review(
      file, job: inputs.job, resume: inputs.resume, wordRange: wordRange(arguments),
      resumeSource: inputs.resumeSource, today: WriteCommand.today())
    if arguments["format"] == "json" {
      console.print(JSONOutput.encode(review))
    } else {
      console.print(
        ReviewTextReporter.render(review, path: file.name, colour: usesColour(console)))
    }
    return arguments.has("strict") && review.hasErrors ? ExitStatus.findings : ExitStatus.success
  }

  private static func compare(
    _ beforePath: String, _ afterPath: String, _ inputs: Inputs, _ arguments: ParsedArguments,
    _ console: Console
  ) throws -> Int32 {
    let before = try letter(beforePath, console)
    let after = try letter(afterPath, console)
    let comparison = ReviewComparison(
      before: inputs.reviewer.review(
        before, job: inputs.job, resume: inputs.resume, wordRange: wordRange(arguments),
        resumeSource: inputs.resumeSource, today: WriteCommand.today()),
      after: inputs.reviewer.review(
        after, job: inputs.job, resume: inputs.resume, wordRange: wordRange(arguments),
        resumeSource: inputs.resumeSource, today: WriteCommand.today()))
    if arguments["format"] == "json" {
      console.print(JSONOutput.encode(comparison))
    } else {
      console.print(
        ComparisonTextReporter.render(
          comparison, beforePath: before.name, afterPath: after.name,
          colour: usesColour(console)))
    }
    let failed = arguments.has("strict") && comparison.after.hasErrors
    return failed ? ExitStatus.findings : ExitStatus.success
  }

  /// The letter at `path` (the letter's text when it is `candor write`'s JSON), refused when
  /// it is larger than a letter can be (``TextLimit/checkLetter(_:)``).
  private static func letter(_ path: String, _ console: Console) throws -> InputFile {
    let raw = try console.readFile(path)
    try TextLimit.checkLetterFile(raw)
    let file = try LetterSource.unwrapped(raw)
    try TextLimit.checkLetter(file)
    return file
  }

  private static func rule(_ id: String) throws(UsageError) -> Rule {
    if let rule = RuleCatalog.rule(id) { return rule }
    let ids = RuleCatalog.all.map(\.id)
    throw UsageError.invalidChoice(
      option: "explain", value: id, choices: ["a rule id from 'candor review --rules'"],
      suggestion: EditDistance.closest(to: id, in: ids))
  }

  /// Colour only when writing to a terminal, and never when NO_COLOR is set.
  private static func usesColour(_ console: Console) -> Bool {
    console === Console.standard && isatty(STDOUT_FILENO) != 0
      && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }

  /// The posting, resume and reviewer a review runs with.
  private struct Inputs {
    var job: JobPosting?
    var resume: ParsedResume?
    /// The resume file's text, which backs names its reading left out.
    var resumeSource: String?
    var reviewer: LetterReviewer

    init(_ arguments: ParsedArguments, console: Console) throws {
      job = try arguments["job"].map { path throws -> JobPosting in
        try PostingReader.read(try console.readFile(path))
      }
      let resumeFile = try arguments["resume"].map { try console.readFile($0) }
      resume = try resumeFile.map { try ResumeReader.read($0) }
      resumeSource = resumeFile?.text
      let checker = HunspellChecker.englishUS
      if checker == nil {
        console.printError(
          "candor review: note: spelling skipped: no Hunspell dictionary at "
            + "\(HunspellChecker.defaultDictionary).dic (install hunspell-en-us)")
      }
      reviewer = LetterReviewer(spellChecker: checker)
    }
  }
}
