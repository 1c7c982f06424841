/// Bracket-safe cuts for a requirement quoted in a letter: "CompTIA Security+ (required);
/// CySA+ a plus" is quoted "CompTIA Security+", never "CompTIA Security+ (required".
enum RequirementQuote {
  /// Where `marker` first stands in `text` outside any bracket, or nil.
  static func topLevel(_ marker: String, in text: String) -> String.Index? {
    guard text.hasBytes(marker) else { return nil }
    var depth = 0
    var index = text.startIndex
    while index < text.endIndex {
      if depth == 0, text[index...].hasPrefix(marker) { return index }
      let character = text[index]
      if "([{".contains(character) {
        depth += 1
      } else if ")]}".contains(character) {
        depth = max(0, depth - 1)
      }
      index = text.index(after: index)
    }
    return nil
  }

  /// `text` cut before its first bracket that never closes, so a quote never leaves one
  /// open: "Urbana-Champaign (ALA" → "Urbana-Champaign".
  static func closed(_ text: String) -> String {
    var open: [String.Index] = []
    for index in text.indices {
      let character = text[index]
      if "([{".contains(character) {
        open.append(index)
      } else if ")]}".contains(character), !open.isEmpty {
        open.removeLast()
      }
    }
    guard let first = open.first else { return text }
    return String(text[..<first]).trimmingSpaces()
  }

  /// `text` without a bracketed note of how much the posting wants it ("(required)",
  /// "(preferred)", "(a plus)"): the sentence around the quote already says that.
  static func withoutTierNote(_ text: String) -> String {
    guard text.hasBytes("(") else { return text }
    return tierNote.replacing(in: text, with: "")
  }

  private static let tierNote = Pattern(
    #"\s*\((?:required|preferred|strongly preferred|mandatory|essential|desired|optional"#
      + #"|a plus|nice to have|must have|must)\)"#)
}
