import CandorKit
import Foundation

/// `--format html|pdf|docx`, `--paper` and `--style` for commands that write a letter (and,
/// later, a tailored resume) as a printable document.
enum DocumentOutput {
  static let formats = DocumentFormat.allCases.map(\.rawValue)

  static let paperOption = OptionSpec(
    name: "paper", valueName: "PAPER",
    help: "Paper for html, pdf and docx; by default letter in the US and Canada, else a4.",
    choices: DocumentStyle.Paper.allCases.map(\.rawValue))

  /// The options a command adds to offer document output.
  static var options: [OptionSpec] { [paperOption, styleOption] }

  static let styleOption = OptionSpec(
    name: "style", valueName: "STYLE",
    help: "Paragraphs in html, pdf and docx: ragged right or justified.",
    choices: DocumentStyle.Alignment.allCases.map(\.rawValue), defaultValue: "ragged")

  /// The page set-up from `--paper` and `--style`; the paper follows the posting's country,
  /// then the user's locale, when `--paper` is not given.
  static func style(_ arguments: ParsedArguments, postingLocation: String?) -> DocumentStyle {
    let paper =
      arguments["paper"].flatMap(DocumentStyle.Paper.init(rawValue:))
      ?? .preferred(forLocation: postingLocation, regionCode: Locale.current.region?.identifier)
    let alignment = arguments["style"].flatMap(DocumentStyle.Alignment.init(rawValue:))
    return DocumentStyle(paper: paper, alignment: alignment ?? .ragged)
  }

  /// The letter as an HTML, PDF or DOCX file's bytes.
  static func letter(
    _ letter: Letter, format: DocumentFormat, arguments: ParsedArguments, posting: JobPosting,
    resume: Resume, today: String
  ) throws -> Data {
    let style = style(arguments, postingLocation: posting.location)
    let header = LetterDocument.Header(
      sender: resume.basics, date: today, company: posting.company, location: posting.location)
    let document = LetterDocument.make(letter, header: header, paper: style.paper)
    return try DocumentLibrary.render(document, as: format, style: style)
  }

  /// Writes `letter` in `format` where `--output` says: the one call a command makes.
  static func writeLetter(
    _ letter: Letter, format: DocumentFormat, arguments: ParsedArguments, posting: JobPosting,
    resume: Resume, today: String, console: Console, command: String
  ) throws {
    let data = try self.letter(
      letter, format: format, arguments: arguments, posting: posting, resume: resume,
      today: today)
    try emit(data, format: format, arguments: arguments, console: console, command: command)
  }

  /// Writes a document to `--output` atomically; HTML may go to standard output, PDF and
  /// DOCX need a file.
  static func emit(
    _ data: Data, format: DocumentFormat, arguments: ParsedArguments, console: Console,
    command: String
  ) throws {
    try checkDestination(format, arguments, command: command)
    if let path = arguments.outputPath {
      try AtomicFile.write(data, to: path, inputs: arguments.inputPaths)
    } else {
      console.print(String(decoding: data, as: UTF8.self))
    }
  }

  /// Refuses PDF or DOCX without `--output FILE`, before any work or note: a binary file
  /// cannot go to standard output. `format` nil reads it from `--format`.
  static func checkDestination(
    _ format: DocumentFormat?, _ arguments: ParsedArguments, command: String
  ) throws {
    guard let format = format ?? arguments["format"].flatMap(DocumentFormat.init(rawValue:)),
      format != .html, arguments.outputPath == nil
    else { return }
    throw UsageError.conflict(
      "--format \(format.rawValue) writes a binary file; add --output FILE", command: command)
  }
}
