/// The format an `--output` file's extension names ("letter.pdf" is pdf), for commands that
/// take both `--format` and `--output`: without `--format` the extension decides, and a
/// `--format` the extension contradicts is refused rather than written into the wrong kind
/// of file.
enum OutputFormat {
  /// Sets `--format` from the extension of `--output` when `--format` was not given; throws
  /// when both are given and disagree. An extension the command cannot write, or none,
  /// leaves the arguments as they are.
  static func infer(_ parsed: inout ParsedArguments, spec: CommandSpec) throws(UsageError) {
    guard let choices = spec.options.first(where: { $0.name == "format" })?.choices,
      let path = parsed.outputPath, let named = format(of: path), choices.contains(named)
    else { return }
    guard let given = parsed["format"] else {
      parsed.values["format"] = named
      return
    }
    guard given != named, !(textual.contains(given) && textual.contains(named)) else { return }
    throw .conflict(
      "--format \(given) does not match --output \(path), which names a \(named) file; "
        + "change one or leave --format out", command: spec.name)
  }

  /// The format a file name's extension names, or nil for any other extension.
  static func format(of path: String) -> String? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    return byExtension[name[name.index(after: dot)...].lowercased()]
  }

  private static let byExtension = [
    "pdf": "pdf", "docx": "docx", "html": "html", "htm": "html", "json": "json",
    "md": "markdown", "markdown": "markdown", "txt": "text", "text": "text",
  ]

  /// Plain text and Markdown: either is readable as the other, so neither contradicts.
  private static let textual: Set<String> = ["text", "markdown"]
}
