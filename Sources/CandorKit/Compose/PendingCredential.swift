/// A credential line the resume marks as not yet held, said as not yet held: "CPA-eligible
/// (passed AUD and FAR)" → "I am CPA-eligible (passed AUD and FAR).", "SHRM-CP candidate
/// (exam in March)" → "I am working toward the SHRM-CP.", never "My credentials include …",
/// which lists it beside the credentials the person holds.
enum PendingCredential {
  /// The sentence for a pending credential line (``PendingWords``), or nil for a held one.
  static func statement(_ line: String) -> String? {
    parts(line)?.sentence
  }

  /// The credential's name ("CPA", "SHRM-CP") and the sentence that says it is pending.
  static func parts(_ line: String) -> (name: String, sentence: String)? {
    let text = CredentialName.cleaned(ClauseBuilder.trimmedStatement(line))
    guard PendingWords.named(in: text.lowercased()),
      let first = text.split(separator: " ").first
    else { return nil }
    let lowered = first.lowercased()
    if lowered.hasSuffix("-eligible"), first.count > 9 {
      return (String(first.dropLast(9)), "I am \(text).")
    }
    if openings.contains(lowered) {
      return (text, "I am \(ClauseBuilder.lowerFirst(text)).")
    }
    // The name runs to its first aside or pending word: "PMP (in progress)", "PMP in
    // progress", "SHRM-CP candidate, exam 2027".
    var words = text.prefix { !"(,;".contains($0) }.split(separator: " ")
      .prefix { !PendingWords.all.contains($0.lowercased()) }
    while let last = words.last, ["in", "for", "-", "–", "exam"].contains(last.lowercased()) {
      words = words.dropLast()
    }
    guard !words.isEmpty else { return nil }
    let name = words.joined(separator: " ")
    let article = ["a", "an", "the"].contains(words[words.startIndex].lowercased()) ? "" : "the "
    return (name, "I am working toward \(article)\(name).")
  }

  /// First words that already say the work toward it ("Pursuing the PMP").
  private static let openings: Set<String> = ["pursuing", "preparing", "studying", "working"]
}
