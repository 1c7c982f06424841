/// A printable document as a sequence of blocks, independent of the output format.
///
/// Letters and resumes are both built as documents, so the PDF, DOCX and HTML writers
/// lay out the same blocks the same way.
public struct Document: Sendable, Equatable, Codable {
  /// The title stored in the file's metadata (PDF Title, DOCX core properties, HTML title).
  public var title: String
  /// The author stored in the file's metadata.
  public var author: String?
  public var blocks: [DocumentBlock]
  /// Whether the writers should try to keep the document on one page (letters).
  public var prefersOnePage: Bool

  public init(
    title: String, author: String? = nil, blocks: [DocumentBlock], prefersOnePage: Bool = false
  ) {
    self.title = title
    self.author = author
    self.blocks = blocks
    self.prefersOnePage = prefersOnePage
  }

  /// The document's words as plain text: one line per line of a block, a blank line
  /// between blocks. The writers' text layers read back to this, whitespace aside.
  public var plainText: String {
    blocks.compactMap(\.plainText).joined(separator: "\n\n") + "\n"
  }
}

/// One block of a document.
public enum DocumentBlock: Sendable, Equatable, Codable {
  /// A title (level 1: a person's name) or section heading (level 2 and below).
  case heading(String, level: Int)
  /// Running text, wrapped to the text width and justified when the style says so.
  case paragraph(String)
  /// One list item, shown with a bullet.
  case bullet(String)
  /// Short lines kept together and never justified: an address, a date, a signature.
  case lines([String])
  /// Extra vertical space, in points.
  case spacer(Double)

  /// The block's text with its lines separated by newlines; nil for a spacer.
  public var plainText: String? {
    switch self {
    case .heading(let text, _), .paragraph(let text), .bullet(let text): return text
    case .lines(let lines): return lines.joined(separator: "\n")
    case .spacer: return nil
    }
  }
}

extension DocumentBlock {
  /// Whether a line may never break inside `word`: names and technologies with a hyphen,
  /// slash, dot or plus inside ("Okonkwo-Reyes", "CI/CD", "Node.js"). Very long words (web
  /// addresses) may still break, so they never cross the margin.
  package static func keepsTogether(_ word: Substring) -> Bool {
    word.count <= 60 && word.dropFirst().dropLast().contains { "-‐‑–/.+".contains($0) }
  }
}

/// How a document is set on the page.
public struct DocumentStyle: Sendable, Equatable, Codable {
  /// Paper sizes the writers support.
  public enum Paper: String, Sendable, CaseIterable, Codable {
    case letter, a4

    /// Width and height in PostScript points (1/72 inch).
    public var size: (width: Double, height: Double) {
      switch self {
      case .letter: return (612, 792)
      case .a4: return (595.2756, 841.8898)
      }
    }
  }

  /// How running text meets the right margin.
  public enum Alignment: String, Sendable, CaseIterable, Codable {
    case ragged, justified
  }

  public var paper: Paper
  public var alignment: Alignment
  /// A font family Debian ships (Liberation or DejaVu), so the PDF can embed it.
  public var fontFamily: String
  /// Body text size in points.
  public var fontSize: Double
  /// Page margin on every side, in points.
  public var margin: Double

  public init(
    paper: Paper = .letter, alignment: Alignment = .ragged,
    fontFamily: String = "Liberation Serif", fontSize: Double = 11, margin: Double = 72
  ) {
    self.paper = paper
    self.alignment = alignment
    self.fontFamily = fontFamily
    self.fontSize = fontSize
    self.margin = margin
  }
}
