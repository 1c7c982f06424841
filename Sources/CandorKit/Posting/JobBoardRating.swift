/// A job board's star rating printed after the company name, spaced or glued on:
/// "Lumen Labs4.2", "Acme Corp 3.9 ★", "Marlow Insurance 4.1", "Brightwave4.2 out of 5 stars".
enum JobBoardRating {
  /// The name without its rating, or nil when `text` does not end in one.
  static func name(in text: String) -> String? {
    guard let groups = rated.groups(in: text.trimmed) else { return nil }
    return groups[1]
  }

  /// `text` without a trailing rating.
  static func stripped(_ text: String) -> String { name(in: text) ?? text }

  /// A company line under the title on a scraped page: a short name, not a heading or a
  /// sentence, ending in a rating ("Lumen Labs4.2"). Returns the name.
  static func companyLine(_ line: TextLine) -> String? {
    guard line.kind == .text, let name = name(in: line.text), name.wordCount <= 6,
      name.first?.isUppercase == true, !name.contains(":"), !name.hasSuffix(".")
    else { return nil }
    return name
  }

  // The rating follows a space, or is glued to a letter or a closing mark; a version
  // number inside a name ("Web 2.0 Labs") is not at the end and stays.
  private static let rated = Pattern(
    #"^(.*?[\p{L})&.])\s*[0-5]\.\d\s*(?:[★☆⭐]|out of 5(?: stars)?)?$"#)
}
