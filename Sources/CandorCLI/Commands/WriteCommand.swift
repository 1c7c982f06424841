import CandorKit
import CandorSpelling
import Foundation

/// `candor write --job FILE --resume FILE`: a grounded cover letter for one posting.
enum WriteCommand {
  static let command = Command(spec: spec, run: run)

  static let spec = CommandSpec(
    name: "write",
    abstract: "Write a grounded cover letter for a job posting from your resume.",
    options: [
      .job, .resume,
      OptionSpec(
        name: "tone", valueName: "TONE", help: "How the letter sounds.",
        choices: LetterOptions.Tone.allCases.map(\.rawValue), defaultValue: "formal"),
      OptionSpec(
        name: "level", valueName: "LEVEL",
        help: "Career stage to emphasise; auto infers it from your titles and years.",
        choices: LetterOptions.LevelChoice.allCases.map(\.rawValue), defaultValue: "auto"),
      OptionSpec(
        name: "opener", valueName: "SITUATION",
        help: "How the letter opens; auto picks from a referrer, your employer, gaps and field.",
        choices: LetterOptions.OpenerChoice.allCases.map(\.rawValue), defaultValue: "auto"),
      OptionSpec(name: "referrer", valueName: "NAME", help: "Who referred you (for a referral)."),
      OptionSpec(name: "to", valueName: "NAME", help: "The person to address, if you know them."),
      OptionSpec(
        name: "hook", valueName: "TEXT",
        help: "A company-specific detail to open on; wins over the posting's own."),
      OptionSpec(
        name: "variant", valueName: "N", help: "Pick an alternative phrasing (0, 1, 2, …).",
        defaultValue: "0"),
      OptionSpec(
        name: "length", valueName: "LENGTH",
        help: "standard: 250–380 words; short: 120–180 words for application text boxes.",
        choices: LetterOptions.Length.allCases.map(\.rawValue), defaultValue: "standard"),
      OptionSpec(
        name: "format", valueName: "FORMAT",
        help: "Output format; without it, the --output file's extension decides (.pdf, .md, …).",
        choices: ["text", "markdown", "json"] + DocumentOutput.formats, defaultValue: "text"),
      OptionSpec(
        name: "output", valueName: "FILE",
        help: "Write to FILE (replaced only once the new letter is complete) instead of stdout."),
    ] + DocumentOutput.options,
    discussion: """
      Every number, employer, title and technology in the letter comes from your resume, the
      posting, or an option you typed; requirements your resume does not show are never
      claimed and are listed on standard error.
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
    let (jobPath, resumePath) = try arguments.postingAndResume(command: spec.name)
    try DocumentOutput.checkDestination(nil, arguments, command: spec.name)
    let options = try letterOptions(arguments)
    let jobFile = try console.readFile(jobPath)
    let posting = try PostingReader.read(jobFile)
    let resumeFile = try console.readFile(resumePath)
    let resume = try ResumeReader.read(resumeFile)
    console.warnLayout(of: resume, file: resumeFile, command: spec.name)
    let letter = try LetterWriter.write(
      posting: posting, resume: resume, options: options, today: Self.today())
    // The letter's own review: JSON output carries it whole (spelling included); for every
    // format, an error it finds is said on standard error rather than shipped unsaid.
    let json = arguments["format"] == "json"
    let review = LetterReviewer(spellChecker: json ? HunspellChecker.englishUS : nil)
      .review(
        text: letter.text, job: posting, resume: resume,
        wordRange: options.length == .short ? letter.targetWords : nil, today: Self.today())
    let notes =
      WriteNotes.notes(posting: posting, resume: resume.resume, letter: letter)
      + WriteNotes.reviewErrors(review)
    for note in notes { console.printError("candor write: note: \(note)") }
    if let format = DocumentFormat(rawValue: arguments["format"] ?? "") {
      try DocumentOutput.writeLetter(
        letter, format: format, arguments: arguments, posting: posting, resume: resume.resume,
        today: Self.today(), console: console, command: spec.name)
      return ExitStatus.success
    }
    let output: String
    switch arguments["format"] {
    case "json": output = LetterRenderer.json(letter, notes: notes, review: review)
    case "markdown": output = LetterRenderer.markdown(letter)
    default: output = LetterRenderer.text(letter)
    }
    if let path = arguments.outputPath {
      try AtomicFile.write(Data(output.utf8), to: path, inputs: arguments.inputPaths)
    } else {
      console.print(output)
    }
    return ExitStatus.success
  }

  static func letterOptions(_ arguments: ParsedArguments) throws(UsageError) -> LetterOptions {
    guard let variant = Int(arguments["variant"] ?? "0"), variant >= 0 else {
      throw .invalidChoice(
        option: "variant", value: arguments["variant"] ?? "", choices: ["0", "1", "2", "…"],
        suggestion: nil)
    }
    // A name or hook goes into the letter as written: a line break would split the greeting.
    for option in ["to", "referrer", "hook"] {
      guard let value = arguments[option] else { continue }
      if value.contains(where: { $0.isNewline || ($0.asciiValue.map { $0 < 0x20 } ?? false) }) {
        throw .invalidText(option: option, reason: "it holds a line break or control character")
      }
      if value.trimmingCharacters(in: .whitespaces).isEmpty {
        throw .invalidText(option: option, reason: "it is empty")
      }
    }
    return LetterOptions(
      tone: LetterOptions.Tone(rawValue: arguments["tone"] ?? "") ?? .formal,
      level: LetterOptions.LevelChoice(rawValue: arguments["level"] ?? "") ?? .auto,
      opener: LetterOptions.OpenerChoice(rawValue: arguments["opener"] ?? "") ?? .auto,
      referrer: arguments["referrer"], recipient: arguments["to"], hook: arguments["hook"],
      variant: variant,
      length: LetterOptions.Length(rawValue: arguments["length"] ?? "") ?? .standard)
  }

  /// Today's date (ISO 8601) in the local time zone; CANDOR_TODAY overrides it for
  /// reproducible runs. Read with `localtime_r`: a `DateFormatter` brought 2.5 MB of ICU's
  /// date-formatting code and data into the process for these ten characters.
  static func today() -> String {
    if let fixed = ProcessInfo.processInfo.environment["CANDOR_TODAY"] { return fixed }
    var now = time(nil)
    var parts = tm()
    if localtime_r(&now, &parts) == nil { gmtime_r(&now, &parts) }
    return isoDate(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1,
      day: Int(parts.tm_mday))
  }

  /// `year-month-day` with a four-digit year and two-digit month and day.
  static func isoDate(year: Int, month: Int, day: Int) -> String {
    func padded(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(width - digits.count, 0)) + digits
    }
    return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
  }
}

/// What `candor write` tells the person on standard error.
enum WriteNotes {
  static func notes(posting: JobPosting, resume: Resume, letter: Letter) -> [String] {
    var notes: [String] = []
    if (resume.basics?.name ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
      notes.append("your resume gives no name, so the letter is signed without one; add it")
    }
    if posting.language != "en" {
      notes.append("the posting is in '\(posting.language)'; the letter is written in English")
    }
    if posting.company == nil {
      // `--to` or the posting's contact is greeted by name, not as a team.
      let recipient = letter.plan.recipient
      let whom =
        recipient.name.map { "is addressed to \($0)" } ?? "addresses the \(recipient.addressee)"
      notes.append("the posting names no company; the letter \(whom)")
    }
    if letter.plan.opener == .return, letter.plan.breakSource?.kind == .option {
      notes.append(
        "the resume shows no career break, so the letter names none; give the "
          + "break in the resume or use --opener match")
    }
    if letter.plan.opener != .referral,
      let name = StatedReferral.referenceAt(posting.company, in: resume),
      let company = posting.company
    {
      notes.append(
        "your references name \(name) at \(company); if \(name) referred you, give "
          + "--referrer '\(name)' to open the letter on it")
    }
    if let short = shortNote(letter) { notes.append(short) }
    let unmet = letter.plan.unmetRequirements
    if !unmet.isEmpty {
      notes.append(
        "your resume shows no evidence for these must-haves, so the letter does not claim them: "
          + unmet.map { "'\($0)'" }.joined(separator: "; "))
    }
    return notes
  }

  /// Each error `candor review` finds in the written letter, with its line and rule, so a
  /// letter a reader would reject is never passed on unsaid. Length is left to
  /// ``shortNote(_:)``, which says why the letter is short.
  static func reviewErrors(_ review: Review) -> [String] {
    review.findings.filter { $0.severity == .error && $0.rule != "letter-length" }.map {
      "candor review finds an error on line \($0.line) of this letter: \($0.message) "
        + "[\($0.rule)]; fix it before you send the letter"
    }
  }

  /// A letter under its target length, and why; under half the target, `candor review`
  /// counts the length as an error, and the note says so and what to do.
  static func shortNote(_ letter: Letter) -> String? {
    let words = letter.bodyWordCount
    let target = letter.targetWords.lowerBound
    guard words < target else { return nil }
    let far = words * 2 < target
    let size =
      far
      ? "under half the \(target)-word target, so candor review counts its length as an error"
      : "under the \(target)-word target"
    let remedy =
      far && letter.options.length == .standard
      ? "; or give --length short for an application form's text box" : ""
    return "the letter is \(words) words, \(size): your resume gave "
      + "\(letter.plan.statementCount) statement(s) Candor can quote without changing their "
      + "meaning; add dated roles with concrete results to it" + remedy
  }
}
