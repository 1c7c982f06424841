import Foundation

/// Splits header lines into their items: "Seattle, WA | 206-555-0149 | a@b.com",
/// "Email: a@b.com", "123 Main St — (123) 456-7890".
enum HeaderPieces {
  static func split(_ text: String) -> [String] {
    var pieces = [text]
    for separator in [" | ", "|", " • ", "•", " · ", " — ", " – ", "  ", " -- ", " ⋄ ", "◇"] {
      pieces = pieces.flatMap { $0.literalComponents(separatedBy: separator) }
    }
    pieces = pieces.flatMap(dashedContacts)
    return pieces.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
  }

  /// "Denver, CO - dana@example.com - (720) 555-0111": a spaced hyphen sets contact items
  /// apart when one of the pieces it leaves is an email address or a phone number. A
  /// hyphen elsewhere ("Smith - Jones", "555 - 0111") stays inside its piece.
  private static func dashedContacts(_ text: String) -> [String] {
    guard text.hasBytes(" - ") else { return [text] }
    let pieces = text.literalComponents(separatedBy: " - ").map { $0.trimmingSpaces() }
    guard pieces.allSatisfy({ $0.contains(where: \.isLetter) || $0.count >= 7 }),
      pieces.contains(where: { piece in
        ContactPatterns.email(in: piece) == piece
          || (ContactPatterns.phone(in: piece) != nil && !piece.contains(where: \.isLetter))
      })
    else { return [text] }
    return pieces
  }

  /// "LinkedIn: linkedin.com/in/x" → ("LinkedIn", "linkedin.com/in/x").
  static func labelled(_ piece: String) -> (String, String)? {
    guard let colon = piece.firstIndex(of: ":") else { return nil }
    let label = piece[..<colon].trimmingSpaces()
    let value = piece[piece.index(after: colon)...].trimmingSpaces()
    guard !label.isEmpty, label.count <= 24, !label.contains("/"),
      !["http", "https"].contains(label.lowercased()), label.split(separator: " ").count <= 3
    else { return nil }
    return (label, value)
  }
}

/// Finds the person's name at the top of a resume, however the header is laid out.
enum NameFinder {
  /// The name and the header pieces it was made from.
  static func find(in lines: [ResumeLine]) -> (String?, Set<String>) {
    for (index, line) in lines.prefix(8).enumerated() {
      if line.kind == .bullet { continue }
      let text = withoutSidebarLabel(line.text)
      let whole = text.replacingOccurrences(of: "  ", with: " ")
      let first = firstColumn(text)
      let spaced = first.map { [$0.joined] } ?? []
      for piece in [whole] + spaced + HeaderPieces.split(text) {
        let candidate = unglued(withoutCredentials(withoutNickname(piece)))
        guard isName(candidate) else { continue }
        var used: Set<String> = [piece]
        if piece == whole { used = Set(HeaderPieces.split(text)) }
        if let first, piece == first.joined { used = Set(first.pieces) }
        // "Nguyen Thi Lan (Lana) Nguyen": the name a person goes by stays where they wrote it.
        let written = unglued(withoutCredentials(piece))
        let keepsNickname = written != candidate && withoutNickname(written) == candidate
        var name = keepsNickname ? written : candidate
        if candidate.split(separator: " ").count == 1 {
          guard index + 1 < lines.count,
            let next = HeaderPieces.split(lines[index + 1].text).first,
            isName(next), next.split(separator: " ").count <= 3
          else { continue }
          name += " " + next
          used.insert(next)
        }
        return (cased(name), used)
      }
    }
    return (nil, [])
  }

  /// "DESHAWN  CARVER        CONTACT" → "DESHAWN  CARVER": the heading of a two-column
  /// resume's sidebar ("Contact", "Skills", "Profile"), set apart by a wide gap on the
  /// name's line, names no one.
  static func withoutSidebarLabel(_ text: String) -> String {
    guard text.hasBytes("  "), let gap = text.range(of: "  ", options: .backwards) else {
      return text
    }
    let label = text[gap.upperBound...].trimmingSpaces()
    guard !label.isEmpty, !label.contains(where: \.isNumber),
      sidebarLabels.contains(label.lowercased()) || SectionHeading.kind(of: label) != nil
    else { return text }
    return text[..<gap.lowerBound].trimmingSpaces()
  }

  /// Sidebar headings that open no section of their own: the contact details under them
  /// belong to the header.
  private static let sidebarLabels: Set<String> = [
    "contact", "contacts", "contact info", "contact information", "contact details",
    "get in touch", "reach me", "details",
  ]

  /// "JORDAN  MBEKI  jordan@…" → "JORDAN MBEKI": the single words that open a line, set
  /// apart by the wide gaps a PDF's letter spacing leaves (three spaces or more, which the
  /// layout reader keeps as two); nil unless two to four words open it so.
  static func firstColumn(_ text: String) -> (joined: String, pieces: [String])? {
    guard text.hasBytes("  ") else { return nil }
    let pieces = HeaderPieces.split(text).prefix { piece in
      !piece.contains(" ") && piece.allSatisfy { $0.isLetter || "-'.".contains($0) }
    }
    guard (2...4).contains(pieces.count) else { return nil }
    return (pieces.joined(separator: " "), Array(pieces))
  }

  /// `Samuel "Sam" Okonkwo-Lindgren` → "Samuel Okonkwo-Lindgren": the name a person goes
  /// by, in quotes or brackets between the first name and the surname, left out so the rest
  /// can be checked as a name.
  static func withoutNickname(_ piece: String) -> String {
    guard piece.hasBytes("\"") || piece.hasBytes("“") || piece.hasBytes("(") else { return piece }
    let words = piece.split(separator: " ")
    guard words.count >= 3 else { return piece }
    let kept = words.enumerated().filter { offset, word in
      guard offset > 0, offset < words.count - 1, let first = word.first, let last = word.last
      else { return true }
      return !(("\"“(".contains(first)) && ("\"”)".contains(last)) && word.count > 2)
    }
    return kept.count == words.count ? piece : kept.map(\.element).joined(separator: " ")
  }

  /// "Lucia Ferrante, BSN, RN", "Rosa Vela, CMA (AAMA)" → the name alone: degrees and
  /// licences after a name.
  static func withoutCredentials(_ piece: String) -> String {
    guard let comma = piece.firstIndex(of: ",") else { return piece }
    let name = piece[..<comma].trimmingSpaces()
    let after = piece[piece.index(after: comma)...].split { $0 == "," || $0 == " " }
    guard name.split(separator: " ").count >= 2, !after.isEmpty,
      after.allSatisfy({ isCredential(String($0)) }), !LocationParser.isPlace(piece)
    else { return piece }
    return name
  }

  /// "RN", "MSN,", "Ph.D.", "SHRM-CP": letters a person earned, written after the name;
  /// "(AAMA)" in "CMA (AAMA)", the body that granted them, in brackets; "R.T.(R)(ARRT)",
  /// "RT(R)": the credential with its field and body bracketed onto it.
  private static func isCredential(_ written: String) -> Bool {
    let parts = written.split { $0 == "(" || $0 == ")" }
    if parts.count > 1, !written.hasPrefix("("), written.hasSuffix(")") {
      return isCredential(String(parts[0]))
        && parts.dropFirst().allSatisfy { part in
          (1...6).contains(part.count) && part.allSatisfy { $0.isUppercase }
        }
    }
    let bracketed = written.hasPrefix("(") && written.hasSuffix(")")
    let word = bracketed ? written.dropFirst().dropLast() : written[...]
    let letters = word.filter(\.isLetter)
    guard (2...8).contains(letters.count), word.allSatisfy({ $0.isLetter || ".-".contains($0) })
    else { return false }
    // "CPhT", "RPh": mostly capitals, short.
    let capitals = letters.filter(\.isUppercase).count
    return letters.allSatisfy(\.isUppercase) || mixedCaseCredentials.contains(letters)
      || (letters.first?.isUppercase == true && capitals >= 2 && letters.count <= 5)
  }

  private static let mixedCaseCredentials: Set<String> = [
    "PhD", "EdD", "MEd", "MSc", "BSc", "MEng", "BEng", "MPhil", "DPhil", "PsyD", "PharmD", "Esq",
  ]

  /// "Sneha K. PatilFeatured Resume" → "Sneha K. Patil": a portal badge glued on.
  static func unglued(_ piece: String) -> String {
    let chars = Array(piece)
    var wordStart = 0
    for index in chars.indices.dropFirst() {
      if chars[index] == " " { wordStart = index + 1 }
      guard chars[index].isUppercase, chars[index - 1].isLowercase, index - wordStart >= 3
      else { continue }
      let prefix = String(chars[wordStart..<index])
      if prefix.hasPrefix("Mc") || prefix.hasPrefix("Mac") { continue }
      return String(chars[..<index])
    }
    return piece
  }

  static func isName(_ text: String) -> Bool {
    if DocumentTitle.isTitle(text) { return false }
    let words = text.split(separator: " ")
    guard (1...5).contains(words.count), text.count <= 40 else { return false }
    let particles: Set<String> = ["de", "da", "del", "van", "von", "la", "le", "di", "du", "bin"]
    for word in words where !particles.contains(String(word)) {
      guard let first = word.first, first.isUppercase,
        word.allSatisfy({ $0.isLetter || ".'’-".contains($0) })
      else { return false }
    }
    return SectionHeading.kind(of: text) == nil && !RoleWords.hasTitleWord(text)
      && !LocationParser.isPlace(text) && !RoleWords.isOrganization(text)
      && !RoleWords.isSchool(text)
  }

  /// "JOHN DOE" → "John Doe", "OKONKWO-REYES" → "Okonkwo-Reyes", "JAMES REED III" →
  /// "James Reed III"; mixed case stays as written.
  private static func cased(_ name: String) -> String {
    guard !name.contains(where: \.isLowercase) else { return name }
    return name.split(separator: " ").map { word in
      word.count <= 2 && word.hasSuffix(".")
        || TitleCase.romanNumerals.contains(word.lowercased().trimming(charactersIn: ","))
        ? String(word) : EmployerName.capitalized(word.lowercased())
    }.joined(separator: " ")
  }
}
