/// A heading that names the document rather than its owner: "Curriculum Vitae", "CV",
/// "RÉSUMÉ", "Professional Resume", "Hoja de vida". Such a line is never a person's name.
enum DocumentTitle {
  /// True when every word of `text` is a word that titles a resume, and one of them
  /// names the document itself.
  static func isTitle(_ text: String) -> Bool {
    guard text.utf8.count <= 40 else { return false }
    let words = TextFolding.fold(text).split { !$0.isLetter }.map(String.init)
    return !words.isEmpty && words.allSatisfy(titleWords.contains)
      && words.contains(where: documentWords.contains)
  }

  /// Words that name the document ("vitae", "resume"), in English and other languages.
  private static let documentWords: Set<String> = [
    "cv", "resume", "vitae", "vita", "curriculum", "lebenslauf", "vida", "biodata",
  ]

  /// Words that may stand beside them in a title: "My Resume", "Resume of", "Hoja de vida".
  private static let titleWords = documentWords.union([
    "my", "of", "professional", "personal", "academic", "hoja", "de", "updated", "the",
  ])
}
