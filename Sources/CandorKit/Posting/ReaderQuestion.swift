/// A short question put to the reader on a line of its own ("You?", "Is this you?",
/// "Sound like you?"): it heads the lines around it and is neither a duty nor a
/// requirement.
enum ReaderQuestion {
  /// The section such a question opens: a question about who the reader is introduces
  /// what the posting asks of them; one about what was just said ("Sound like you?",
  /// "Interested?") closes the posting and leads to applying. Nil for any other line.
  static func kind(_ text: String) -> PostingSectionKind? {
    guard text.hasSuffix("?"), text.hasAtMostCharacters(40) else { return nil }
    let words = text.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }
    guard (1...5).contains(words.count) else { return nil }
    if words.contains(where: closingWords.contains) { return .apply }
    return words.contains("you") ? .requirements : nil
  }

  /// Words of a question about what came before it.
  private static let closingWords: Set<Substring> = [
    "sound", "sounds", "interested", "ready", "excited", "intrigued", "curious",
  ]
}
