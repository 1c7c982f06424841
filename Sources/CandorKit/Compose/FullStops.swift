/// A sentence's full stops, one where a name ending in one ("Brightwire Electric Co.",
/// "Acme Inc.", "Ed Park Jr.") closes it: "at Brightwire Electric Co." not "Co..".
enum FullStops {
  /// `text` with each doubled full stop made one; an ellipsis ("...") is kept.
  static func single(_ text: String) -> String {
    guard text.hasBytes("..") else { return text }
    let characters = Array(text)
    var result = ""
    for (index, character) in characters.enumerated() {
      if character == ".", index > 0, characters[index - 1] == ".",
        index < 2 || characters[index - 2] != ".",
        index + 1 == characters.count || characters[index + 1] != "."
      {
        continue
      }
      result.append(character)
    }
    return result
  }
}
