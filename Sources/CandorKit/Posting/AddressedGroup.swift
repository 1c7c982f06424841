/// A group a posting asks letters to be addressed to when it names no person: "Address
/// cover letters to the Hiring Committee.", "Direct applications to the Search Committee."
enum AddressedGroup {
  /// The group's name as written ("Hiring Committee") and its line.
  static func find(_ lines: [TextLine]) -> PostingLine? {
    for line in lines where !line.isBlank {
      if let name = pattern.groups(in: line.text)?.last {
        return PostingLine(text: name, line: line.line)
      }
    }
    return nil
  }

  private static let pattern = Pattern(
    #"\b(?:[Aa]ddress|[Dd]irect)\s+(?:your\s+|all\s+)?(?:cover\s+letters?|letters?"#
      + #"|applications?)\s+to\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){0,3}"#
      + #"(?:Committee|Panel|Board))\b"#,
    caseSensitive: true, requiring: ["address", "direct"])
}
