/// A reference as a CV lists it, authors first: "Nwosu A, Alvarez R. Epicardial signals
/// guide regeneration. Development. 2024;151:dev202345." (Vancouver) or "Nwosu, A., &
/// Alvarez, R. (2024). Title. Journal, 3(2), 1-9." (APA).
enum Citation {
  /// The title and the journal of an author-first citation; nil when `text` is not one.
  static func parts(_ text: String) -> (title: String, venue: String?)? {
    guard text.hasBytes(". ") else { return nil }
    if text.hasBytes(")."), let apa = apaParts(text) { return apa }
    let sentences = text.components(separatedBy: ". ").map { $0.trimmingSpaces() }
    guard sentences.count >= 3, isAuthorList(sentences[0]), !sentences[1].isEmpty else {
      return nil
    }
    let venue = sentences[2].trimming(charactersIn: ". ")
    let isVenue = venue.first?.isLetter == true && !venue.contains(where: \.isNumber)
    return (sentences[1], isVenue ? venue : nil)
  }

  /// True when `text` opens with an APA reference's authors and year ("Nwosu, A., &
  /// Alvarez, R. (2024)."): a line no reader may take for an employer or a name.
  static func isAPA(_ text: String) -> Bool {
    text.hasBytes(").") && apaParts(text) != nil
  }

  /// "Authors (2024). Title. Journal, 3(2), 1-9.": the title and the journal.
  private static func apaParts(_ text: String) -> (title: String, venue: String?)? {
    guard let groups = apa.groups(in: text), isAPAAuthorList(groups[1]) else { return nil }
    let title = groups[2].trimming(charactersIn: ". ")
    let venue = groups[3].prefix { $0 != "," }.trimming(charactersIn: ". ")
    guard !title.isEmpty else { return nil }
    return (title, venue.first?.isLetter == true ? venue : nil)
  }

  private static let apa = Pattern(
    #"^(.+?)\s*\((?:\d{4}[a-z]?|n\.d\.)(?:,[^)]*)?\)\.\s+(.+?[.?!])(?:\s+(.*))?$"#,
    caseSensitive: true, requiring: [")."])

  /// "Nwosu, A., & Alvarez, R.", "Okafor, C. N., Lee, J.-H., … Ruiz, M.": surnames, each
  /// followed by its initials.
  private static func isAPAAuthorList(_ text: String) -> Bool {
    let pieces = text.replacingOccurrences(of: "&", with: ",").replacingOccurrences(
      of: "…", with: ","
    ).split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty && $0 != "et al." }
    guard pieces.count >= 2, pieces.count.isMultiple(of: 2) else { return false }
    return stride(from: 0, to: pieces.count, by: 2).allSatisfy { index in
      let surname = pieces[index].split(separator: " ")
      let initials = pieces[index + 1].filter { $0 != " " }
      return (1...3).contains(surname.count) && surname.first?.first?.isUppercase == true
        && !initials.isEmpty && initials.hasSuffix(".")
        && initials.allSatisfy { $0.isUppercase || $0 == "." || $0 == "-" }
    }
  }

  /// "Nwosu A, Chen L, Alvarez R", "Okafor CN, et al": surnames each with initials.
  private static func isAuthorList(_ text: String) -> Bool {
    let names = text.split(separator: ",").map { $0.trimmingSpaces() }
    return names.allSatisfy { name in
      if name == "et al" { return true }
      let words = name.split(separator: " ")
      guard (2...4).contains(words.count), let initials = words.last,
        words.first?.first?.isUppercase == true
      else { return false }
      let letters = initials.filter(\.isLetter)
      return (1...3).contains(letters.count) && letters.allSatisfy(\.isUppercase)
        && initials.allSatisfy { $0.isLetter || $0 == "." }
    }
  }
}
