/// The items of a header's licence line ("Class A CDL (Illinois), Hazmat and Tanker
/// endorsements, clean MVR, DOT medical card current") sorted into credentials, which
/// become certificates, and record or status facts ("clean MVR", a driving record), which
/// stay statements of the summary.
enum HeaderLicences {
  /// The credentials of `items`, each without a trailing status word ("DOT medical card
  /// current" → "DOT medical card"), and the facts: items that name no credential but a
  /// record or a state ("clean MVR", "background check clear"), each as a sentence.
  static func sorted(_ items: [ResumeLine]) -> (credentials: [ResumeLine], facts: [BodyItem]) {
    var credentials: [ResumeLine] = []
    var facts: [BodyItem] = []
    for item in items {
      if isFact(item.text) {
        facts.append(BodyItem(text: sentence(item.text), line: item.line, isBullet: false))
      } else {
        let name = withoutStatus(item.text)
        credentials.append(ResumeLine(text: name, kind: item.kind, line: item.line))
      }
    }
    return (credentials, facts)
  }

  /// True when `text` names no credential by its noun or body, and says a state or names
  /// a record: what a person has, not a credential they hold.
  static func isFact(_ text: String) -> Bool {
    guard !CertificateText.namesCredential(text) else { return false }
    return words(text).contains { statusWords.contains($0) || recordWords.contains($0) }
  }

  /// `text` without the status words that end it ("current", "valid", "active").
  static func withoutStatus(_ text: String) -> String {
    var kept = text.split(separator: " ")
    while kept.count > 1, let last = kept.last,
      statusWords.contains(last.lowercased().filter(\.isLetter))
    {
      kept.removeLast()
    }
    return kept.joined(separator: " ")
  }

  private static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter }.map(String.init)
  }

  /// "clean MVR" → "Clean MVR."
  private static func sentence(_ text: String) -> String {
    let body = text.hasSuffix(".") ? text : text + "."
    return body.prefix(1).uppercased() + body.dropFirst()
  }

  /// Words that state a condition of a record or credential, not its name.
  private static let statusWords: Set<String> = [
    "clean", "clear", "current", "valid", "active", "spotless", "unrestricted",
  ]
  /// Records a person has, which no one holds as a credential.
  private static let recordWords: Set<String> = [
    "mvr", "record", "background", "history", "screen", "screening", "abstract",
  ]
}
