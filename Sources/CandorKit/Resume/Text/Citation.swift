/// A reference as a CV lists it, authors first: "Nwosu A, Alvarez R. Epicardial signals
/// guide regeneration. Development. 2024;151:dev202345."
enum Citation {
  /// The title and the journal of an author-first citation; nil when `text` is not one.
  // FIXME: APA's "Nwosu, A., & Alvarez, R. (2024). Title." is not taken apart.
  static func parts(_ text: String) -> (title: String, venue: String?)? {
    guard text.hasBytes(". ") else { return nil }
    let sentences = text.components(separatedBy: ". ").map { $0.trimmingSpaces() }
    guard sentences.count >= 3, isAuthorList(sentences[0]), !sentences[1].isEmpty else {
      return nil
    }
    let venue = sentences[2].trimming(charactersIn: ". ")
    let isVenue = venue.first?.isLetter == true && !venue.contains(where: \.isNumber)
    return (sentences[1], isVenue ? venue : nil)
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
