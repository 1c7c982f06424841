import Foundation

/// The pieces of an entry's heading lines and the labelled fields some resumes use
/// ("Cargo: Voluntario", "company - Acme", "Role: Analyst").
enum EntryFields {
  /// A piece of a heading line, with how it was joined to the piece before it.
  struct Piece: Equatable {
    var text: String
    /// Index of the heading line the piece came from.
    var line: Int
    /// The separator before it on the same line, nil for a line's first piece.
    var separator: String?
    /// A role forced by the wording: "Acme as Developer", "Developer at Acme".
    var role: Role?
  }

  enum Role: Equatable { case employer, title, location, dates }

  /// Splits a heading line into pieces at "|", wide gaps, spaced dashes and commas,
  /// keeping "Inc." with its company.
  static func pieces(_ text: String, line: Int = 0) -> [Piece] {
    let cleaned = clean(text)
    guard !cleaned.isEmpty else { return [] }
    for (word, left, right) in [(" as ", Role.employer, Role.title), (" at ", .title, .employer)] {
      if let range = cleaned.byteRange(of: word), !cleaned[..<range.lowerBound].contains(",") {
        var first = pieces(String(cleaned[..<range.lowerBound]), line: line)
        var second = pieces(String(cleaned[range.upperBound...]), line: line)
        guard !first.isEmpty, !second.isEmpty, first.count == 1 || second.count == 1 else {
          break
        }
        second[0].separator = word
        // "The Clam Shack at Goose Rocks, ME": after "at" a place says where, not who, and
        // the piece before it may be the employer as well as the title.
        if word == " at ", LocationParser.isPlace(String(cleaned[range.upperBound...])) {
          for index in second.indices { second[index].role = .location }
          return first + second
        }
        if first.count == 1 { first[0].role = left }
        if second.count == 1 { second[0].role = right }
        return first + second
      }
    }
    return splitOnSeparators(cleaned, line: line)
  }

  private static let separators = [" | ", "|", "  ", " — ", " – ", " - ", " · ", " • ", ", "]

  private static func splitOnSeparators(_ text: String, line: Int) -> [Piece] {
    if text.hasBytes("("), let placed = ParenthesisedPlace.split(text) {
      return splitOnSeparators(placed.before, line: line)
        + [Piece(text: placed.place, line: line, separator: ParenthesisedPlace.separator)]
        + splitOnSeparators(placed.after, line: line)
    }
    var result = [Piece(text: text, line: line)]
    for separator in separators {
      result = result.flatMap { piece -> [Piece] in
        let parts = piece.text.literalComponents(separatedBy: separator)
        return parts.enumerated().map { offset, part in
          Piece(
            text: part.trimmingSpaces(), line: line,
            separator: offset == 0 ? piece.separator : separator)
        }
      }
    }
    var merged: [Piece] = []
    for piece in result where !piece.text.isEmpty && !isEmploymentType(piece) {
      if let last = merged.last, RoleWords.isLegalForm(piece.text) || isPromotion(piece) {
        merged[merged.count - 1].text = last.text + (piece.separator ?? " ") + piece.text
      } else {
        merged.append(piece)
      }
    }
    return merged
  }

  /// "Server, then Bar Manager": a later title joined to the first by "then" or "later", a
  /// promotion within one role, so one title with it.
  private static func isPromotion(_ piece: Piece) -> Bool {
    guard piece.separator == ", " else { return false }
    let lower = piece.text.prefix(14).lowercased()
    return ["then ", "later ", "promoted to "].contains { lower.hasPrefix($0) }
  }

  /// "Gilded Horizon Weddings · Full-time": the kind of employment a job board or LinkedIn
  /// writes after the employer, which is neither the employer nor the title.
  private static func isEmploymentType(_ piece: Piece) -> Bool {
    piece.separator == " · " && piece.text.count <= 16
      && employmentTypes.contains(piece.text.lowercased())
  }

  private static let employmentTypes: Set<String> = [
    "full-time", "full time", "part-time", "part time", "contract", "contractor", "freelance",
    "self-employed", "internship", "apprenticeship", "seasonal", "temporary", "permanent",
  ]

  private static let linkPlaceholder = Pattern(
    #"\s*[-:|]?\s*\bLink\b\s*$"#, caseSensitive: true, requiring: ["link"])

  /// Removes link placeholders ("-Link") and wrapping punctuation.
  static func clean(_ text: String) -> String {
    var result = linkPlaceholder.replacing(in: text, with: "")
    result = EntryAnchors.stripDurations(result)
    return result.trimming(charactersIn: " ,|-–—:·•")
  }

  /// The company named by "company - Acme" or "Empresa: Acme" ("" when left empty).
  static func companyLabel(_ text: String) -> String? {
    labelled(text, ["company", "employer", "organization", "organisation", "empresa"])
  }

  /// The job title named by "Cargo: Voluntario", "Role: Analyst", "Designation - Lead".
  static func titleLabel(_ text: String) -> String? {
    labelled(text, ["cargo", "puesto", "position", "role", "title", "designation", "rol"])
  }

  static func locationLabel(_ text: String) -> String? {
    labelled(text, ["location", "ubicación", "ubicacion", "lugar", "place"])
  }

  private static func labelled(_ text: String, _ labels: [String]) -> String? {
    // Labels are short: lowercasing the line's start is enough to compare them.
    let lower = text.prefix(16).lowercased()
    for label in labels where lower.hasPrefix(label) {
      let rest = text.dropFirst(label.count).drop(while: { $0 == " " })
      guard let mark = rest.first, mark == ":" || mark == "-" else { continue }
      return rest.dropFirst().trimmingSpaces()
    }
    return nil
  }
}
