/// Tells a name the lexicon lacks that a text gives as a credential from one it gives as a
/// tool: "NATE certification", "NATE-certified", "Immunization certification (APhA)",
/// "certificate from ACPE" beside it make it a certification; "Experience with AVImark"
/// leaves it a tool.
enum CredentialCue {
  /// The category of `term`, a discovered name, where `text` first spells it.
  static func category(of term: String, in text: String) -> SkillCategory {
    guard mayHoldCue(text), let range = text.byteRange(of: term) else { return .tool }
    // "Idaho Pharmacy Technician license": the name ends in its credential's word.
    if let last = words(Substring(term)).last, cues.contains(last) || last == "registration" {
      return .certification
    }
    let next = words(text[range.upperBound...]).first?.trimming(charactersIn: ",.;:)")
    // The nearest word before, past "by" or "from"; one ending a clause ("certified, X")
    // is another item's.
    let previous = words(text[..<range.lowerBound]).reversed().first { !links.contains($0) }
    return next.map(cues.contains) == true || previous.map(cues.contains) == true
      ? .certification : .tool
  }

  /// Acronyms `text` gives as credentials: joined to "-certified" ("PLXE-certified"), or a
  /// board a credential's verb names ("Licensed by the VNBC", "certified through NATE").
  static func names(in text: String) -> [String] {
    guard mayHoldCue(text) else { return [] }
    let named = joined.allGroups(in: text) + byBoard.allGroups(in: text)
    return named.compactMap(\.last) + stateIssued.allGroups(in: text).compactMap(\.last)
  }

  /// A credential a state issues, named by the state and the occupation: "Idaho Pharmacy
  /// Technician license", "Oregon Board of Medical Imaging license", "Texas Educator
  /// Certificate".
  private static let stateIssued = Pattern(
    #"\b((?:"# + states + #")(?: Board of| State)?(?: (?:[A-Z][A-Za-z'’]+|of|and|&)){1,5}"#
      + #" (?:[Ll]icen[cs]e|[Rr]egistration|[Cc]ertificate|[Cc]ertification))\b"#,
    caseSensitive: true)

  /// The names of the US states and Canadian provinces, capitalised, for a pattern.
  private static let states = RegionCodes.codes.keys.sorted().map { name in
    name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
      .joined(separator: " ")
  }.joined(separator: "|")

  private static let joined = Pattern(
    #"\b([A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,8})*)-(?:[Cc]ertified|[Ll]icensed|[Cc]redentialed)\b"#,
    caseSensitive: true)
  private static let byBoard = Pattern(
    #"\b(?:[Cc]ertified|[Ll]icensed|[Rr]egistered|[Cc]redentialed|[Aa]ccredited)"#
      + #" (?:by|through|with) (?:the )?([A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,8})*)\b"#,
    caseSensitive: true)

  /// A byte check first: nearly every line names no credential.
  private static func mayHoldCue(_ text: String) -> Bool {
    ["ertif", "ERTIF", "icens", "ICENS", "icenc", "redential", "ccredit", "egistration"]
      .contains {
        text.hasBytes($0)
      }
  }

  /// The lowercased words of `text`, split at spaces, dashes, slashes and brackets.
  private static func words(_ text: Substring) -> [String] {
    text.split(whereSeparator: { " -–(/".contains($0) }).map { $0.lowercased() }
  }

  /// Words that may stand between a credential word and the name it is from.
  private static let links: Set<String> = ["by", "from", "through", "in", "the", "an", "a"]

  private static let cues: Set<String> = [
    "certification", "certifications", "certificate", "certificates", "certified", "cert",
    "certs", "license", "licence", "licensed", "licensure", "credential", "credentials",
    "credentialed", "accreditation", "accredited",
  ]
}
