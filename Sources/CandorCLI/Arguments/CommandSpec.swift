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
