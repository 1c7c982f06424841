import Foundation

/// Renders a ``Letter`` for people (plain text, Markdown) and programs (JSON).
public enum LetterRenderer {
  public static func text(_ letter: Letter) -> String {
    letter.text
  }

  /// Markdown: paragraphs as in text; sign-off lines end with a hard break.
  public static func markdown(_ letter: Letter) -> String {
    letter.paragraphs.map { paragraph in
      guard paragraph.role == .signOff else { return escape(paragraph.text) }
      return paragraph.sentences.map { escape($0.text) }.joined(separator: "  \n")
    }.joined(separator: "\n\n") + "\n"
  }

  private static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      if "*_`[]<>#".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// The JSON document `candor write --format json` prints.
  public struct Document: Codable, Sendable {
    public var text: String
    public var wordCount: Int
    public var paragraphs: [LetterParagraph]
    public var options: LetterOptions
    public var plan: LetterPlan
    public var notes: [String]
    /// The reviewer's verdict on this very letter.
    public var review: Review?
  }

  public static func json(_ letter: Letter, notes: [String] = [], review: Review? = nil) -> String {
    let document = Document(
      text: letter.text, wordCount: letter.bodyWordCount, paragraphs: letter.paragraphs,
      options: letter.options, plan: letter.plan, notes: notes, review: review)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
