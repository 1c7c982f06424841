/// A line that tells the reader how to apply or whom to ask ("Apply to Hiring Manager Teresa
/// Lindqvist.", "To apply, send …", "Questions: email Coach Bree at bree@…"): never a
/// requirement, though ``RecipientFinder`` may read the person it names.
enum ContactLine {
  static func matches(_ text: String) -> Bool {
    opensWithCue(text) && opening.matches(text)
      || text.hasBytes("@") && addressed.matches(text)
  }

  /// True when the text's first letter starts one of the opening pattern's words: a byte
  /// test that passes over most lines before the pattern runs.
  private static func opensWithCue(_ text: String) -> Bool {
    guard let first = text.utf8.first else { return false }
    return initials.contains(first | 0x20)
  }

  /// "to apply", "how to apply", "apply", "questions", "inquiries", "enquiries", lowercased.
  private static let initials: Set<UInt8> = [0x74, 0x68, 0x61, 0x71, 0x69, 0x65]

  /// "Apply to …", "Apply: …", "To apply, …", "Questions: …", "Questions? …",
  /// "Inquiries: …"; not "Apply brand guidelines" nor "Questioning techniques".
  private static let opening = Pattern(
    #"^(?:to\s+apply\b|how\s+to\s+apply\b|apply\s*(?::|,|\s(?:to|with|at|via|by|online|"#
      + #"here|now|through|in person)\b)|(?:questions|inquiries|enquiries)\s*[:?]"#
      + #"|questions\s+(?:about|regarding|on)\b)"#,
    requiring: ["to apply", "how to", "apply", "questions", "inquiries", "enquiries"],
    atStart: true)

  /// A line that sends the reader to an address ("email Coach Bree at bree@pulse.example").
  private static let addressed = Pattern(
    #"\b(?:e-?mail|contact|write to|reach out to|send)\b.{0,80}@"#)
}
