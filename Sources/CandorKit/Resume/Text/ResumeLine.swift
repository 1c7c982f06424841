/// One line of a text, Markdown or HTML resume after cleaning, with what its layout says.
struct ResumeLine: Sendable, Equatable {
  enum Kind: Sendable { case text, bullet, heading, blank }

  var text: String
  var kind: Kind
  /// The 1-based line in the source file.
  var line: Int
  /// Leading spaces in the source line (plain text only).
  var indent = 0
  /// Heading level (1 is the largest); 0 for other lines.
  var level = 0
  /// The bullet mark used, which tells list levels apart ("•" items, "-" sub-items).
  var marker: Character?

  var isBlank: Bool { kind == .blank }
  /// A bullet mark with no text: PDF text often puts the marks and items on separate lines.
  var isDanglingBullet: Bool { kind == .bullet && text.isEmpty }

  static func blank(at line: Int) -> ResumeLine {
    ResumeLine(text: "", kind: .blank, line: line)
  }
}

/// A resume's lines and the width its paragraphs wrap at.
struct ResumeText: Sendable {
  var lines: [ResumeLine]
  /// The length a full line of running text reaches; lines this long continue on the next.
  var wrapWidth: Int
  /// Key–value pairs of a Markdown file's YAML front matter, keys lowercased.
  var frontMatter: [String: String] = [:]
  /// Two columns were pasted run together on each line (see ``RunTogetherColumns``).
  var columnsRunTogether = false
}
