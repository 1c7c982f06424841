/// Guesses a document's language from its most common short words.
public enum LanguageDetector {
  /// ISO 639-1 code such as "en" or "es".
  public static func detect(_ text: String) -> String {
    // FIXME: skeleton only; detection is being written.
    "en"
  }
}
