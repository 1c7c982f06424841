/// Splits a certifications line that lists several credentials ("ACLS, BLS", "PMP; CSM",
/// "AWS SAA · CKA", "ACLS/BLS") into one name each. A single credential with its date or
/// issuer ("Certified Kubernetes Administrator (CKA), 2022", "BLS Provider, American Heart
/// Association") stays whole.
enum CertificateList {
  /// The credentials `text` lists, or nil when it names one.
  static func names(_ text: String) -> [String]? {
    // A semicolon parts whole credentials, each with its own date: "APICS CSCP (2019);
    // OSHA 30", "NCLEX-RN passed July 2026; Ohio RN license".
    if text.hasBytes(";") {
      let pieces = split(text, on: ";")
      if pieces.count >= 2,
        pieces.allSatisfy({ $0.split(separator: " ").count <= 10 && namesSomething($0) })
      {
        return pieces
      }
    }
    guard DateParser.span(in: text) == nil, !text.contains(" - "), !text.contains(" | ")
    else { return nil }
    for separator in [" · ", " • "] {
      let pieces = split(text, on: separator)
      if pieces.count >= 2, pieces.allSatisfy({ $0.split(separator: " ").count <= 8 }) {
        return pieces
      }
    }
    // A comma also ends a name before its issuer, so each piece must show an acronym.
    let commaPieces = split(text, on: ",")
    if commaPieces.count >= 2, CertificateText.issuerAfterComma(text) == nil,
      commaPieces.allSatisfy({ $0.split(separator: " ").count <= 5 && hasAcronym($0) })
    {
      return commaPieces
    }
    let slashPieces = split(text, on: "/")
    if slashPieces.count >= 2, slashPieces.allSatisfy({ !$0.contains(" ") && hasAcronym($0) }) {
      return slashPieces
    }
    return nil
  }

  /// True when `piece` names something once its date and the words around it are gone
  /// ("issued 2022" names nothing).
  private static func namesSomething(_ piece: String) -> Bool {
    guard let span = DateParser.span(in: piece) else { return true }
    let rest = CertificateText.tidy(EntryAnchors.remainder(of: piece, without: span))
    return rest.contains(where: \.isLetter)
  }

  private static func split(_ text: String, on separator: String) -> [String] {
    text.components(separatedBy: separator).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
  }

  /// True when a word is written in capitals: "BLS", "SAA", "(CKA)", "CCNA".
  private static func hasAcronym(_ text: String) -> Bool {
    text.split(separator: " ").contains { word in
      let letters = word.filter(\.isLetter)
      return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }
  }
}
