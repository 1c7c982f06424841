/// A job board's star rating printed after the company name, spaced or glued on:
/// "Lumen Labs4.2", "Acme Corp 3.9 ★", "Marlow Insurance 4.1", "Brightwave4.2 out of 5 stars",
/// "Acme - 3.9 out of 5 stars", "Acme | 3.9", "Acme 4.2 ★★★★☆ (1,204 reviews)", "3M4.1★".
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
      opensName(name, starred: line.text.hasBytes("★")), !name.contains(":"),
      !name.hasSuffix(".")
    else { return nil }
    return name
  }

  /// A name opens on a capital, or on a digit ("3M", "7-Eleven") when a star marks the
  /// figure after it as a rating.
  private static func opensName(_ name: String, starred: Bool) -> Bool {
    guard let first = name.first else { return false }
    return first.isUppercase || starred && first.isNumber && name.contains(where: \.isUppercase)
  }

  /// "4.3 ★ 28 reviews", "4.1 out of 5 stars", "3.9★": a rating on a line of its own; the
  /// first byte, a digit from 0 to 5, passes over nearly every line.
  static func isRatingLine(_ text: String) -> Bool {
    guard text.utf8.count <= 40, let first = text.utf8.first, first >= 0x30, first <= 0x35
    else { return false }
    return ratingLine.matches(text.trimmed)
  }

  private static let ratingLine = Pattern(
    #"^[0-5](?:\.\d)?\s*(?:[★☆⭐]+|out of 5(?: stars)?|stars?)\s*(?:[·|(-]?\s*[\d,.]+K?\s+"#
      + #"(?:reviews?|ratings?)\)?)?$"#)

  /// The company's name on `line`, the line above a rating of its own: a short name, not a
  /// title nor a sentence; nil when the posting states another company.
  static func ratedName(_ line: TextLine, company: String?) -> String? {
    let name = line.text.trimmed
    guard line.kind == .text || line.kind == .heading, name.wordCount <= 6,
      name.first?.isUppercase == true, !name.contains(":"), !name.hasSuffix("."),
      !PostingRoleWords.isTitleLike(name), company == nil || company == name
    else { return nil }
    return name
  }

  // The rating follows a space, or is glued to a letter or a closing mark; a version
  // number inside a name ("Web 2.0 Labs") is not at the end and stays.
  // A separator may stand between ("Acme - 3.9", "Acme | 3.9"), and stars and a count of
  // reviews may follow ("4.2 ★★★★☆ (1,204 reviews)").
  private static let rated = Pattern(
    #"^(.*?[\p{L})&.])(?:\s*[-–|·])?\s*[0-5]\.\d\s*(?:[★☆⭐]+|out of 5(?: stars)?)?"#
      + #"(?:\s*\(?[\d,.]+K?\s+(?:reviews?|ratings?)\)?)?$"#)
}
