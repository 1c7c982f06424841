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
    // Most requirements hold no bracket: one byte pass answers them without reading
    // characters. A bracket is ASCII, so no byte of another character is mistaken for one.
    guard text.utf8.contains(where: isOpeningBracket) else { return text }
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

  /// "(", "[" or "{" as a byte.
  private static func isOpeningBracket(_ byte: UInt8) -> Bool {
    byte == 0x28 || byte == 0x5B || byte == 0x7B
  }

  /// `text` without a bracketed note of how much the posting wants it ("(required)",
  /// "(preferred)", "(a plus)"): the sentence around the quote already says that.
  static func withoutTierNote(_ text: String) -> String {
    guard text.hasBytes("(") else { return text }
    return tierNote.replacing(in: text, with: "")
  }

  /// `text` without a closing cue that says how strongly it is asked ("OSHA 30 a plus",
  /// "Spanish preferred", "CDL is a bonus"): the cue is the posting's, never the letter's.
  /// With `ideally`, a short last item the cue qualified alone stays a wish, not a glued
  /// item: "2+ years of acute care experience, ICU preferred" → "2+ years of acute care
  /// experience, ideally ICU".
  static func withoutTrailingCue(_ text: String, ideally: Bool = false) -> String {
    let lowered = text.lowercased()
    for cue in trailingCues where lowered.hasSuffix(cue) && lowered.count > cue.count + 2 {
      let kept = String(text.dropLast(cue.count)).trimmingSpaces()
      guard ideally, let comma = topLevel(", ", in: kept) else { return kept }
      let (head, item) = (kept[..<comma], kept[kept.index(comma, offsetBy: 2)...])
      guard !item.contains(","), WordCount.spaced(head) >= 3,
        (1...3).contains(WordCount.spaced(item)),
        !["and", "or"].contains(item.prefix { $0 != " " }.lowercased())
      else { return kept }
      return head + ", ideally " + item
    }
    return text
  }

  /// Longest first, so "is a plus" is cut whole rather than as "a plus".
  private static let trailingCues = [
    " strongly preferred", " is a big plus", " is a plus", " is a bonus", " is preferred",
    " is required", " nice to have", " would be a plus", " a big plus", " a plus", " a bonus",
    " preferred", " required", " desired",
  ].sorted { $0.count > $1.count }

  private static let tierNote = Pattern(
    #"\s*\((?:required|preferred|strongly preferred|mandatory|essential|desired|optional"#
      + #"|a plus|nice to have|must have|must)\)"#)
}
