/// The declared shape of one subcommand: what help shows and what the parser accepts.
struct CommandSpec: Sendable {
  var name: String
  /// One line shown in `candor --help` and at the top of the command's help.
  var abstract: String
  var arguments: [ArgumentSpec] = []
  var options: [OptionSpec] = []
  /// Extra paragraphs shown after the options.
  var discussion: String?
}

/// A positional argument.
struct ArgumentSpec: Sendable {
  var name: String
  var help: String
  var choices: [String]? = nil
  var isOptional = false
}

/// A `--name value` option or a `--name` flag.
struct OptionSpec: Sendable {
  var name: String
  /// The placeholder for the value in help ("FILE"); nil for a flag.
  var valueName: String?
  var help: String
  var choices: [String]? = nil
  var defaultValue: String? = nil
  /// The command cannot run without it; help shows it without brackets.
  var isRequired = false

  static func flag(_ name: String, _ help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: nil, help: help)
  }

  var isFlag: Bool { valueName == nil }
}

extension OptionSpec {
  /// `--job FILE`, required by the commands that work on one posting.
  static let job = OptionSpec(
    name: "job", valueName: "FILE",
    help: "The job posting (.txt, .md, .html, .json), or - for standard input.",
    isRequired: true)

  /// `--resume FILE`, required by the commands that work on one resume.
  static let resume = OptionSpec(
    name: "resume", valueName: "FILE",
    help: "Your resume (JSON Resume, .md, .txt, .pdf, .docx), or - for standard input.",
    isRequired: true)
}

extension OptionSpec {
  /// The same option, not required.
  var optional: OptionSpec {
    var copy = self
    copy.isRequired = false
    return copy
  }
}
