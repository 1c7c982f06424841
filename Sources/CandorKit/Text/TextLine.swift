/// One logical line of a document after its markup is understood.
public struct TextLine: Sendable, Codable, Equatable {
  /// What the line is in the document's structure.
  public enum Kind: String, Sendable, Codable {
    case heading, bullet, text, blank
  }

  /// The line's text, without bullet markers, heading marks or inline markup.
  public var text: String
  public var kind: Kind
  /// Heading level (1 is the largest), or bullet nesting depth starting at 1; 0 otherwise.
  public var level: Int
  /// The 1-based line in the source file where this line starts.
  public var line: Int

  public init(_ text: String, kind: Kind = .text, level: Int = 0, line: Int) {
    self.text = text
    self.kind = kind
    self.level = level
    self.line = line
  }

  public var isBlank: Bool { kind == .blank }
}
