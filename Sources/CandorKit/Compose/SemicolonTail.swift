/// The part of a statement after its semicolon, when it has no verb of its own, is an aside
/// to what came before: "I charted in Epic; super-user for the 2020 Epic upgrade" reads as
/// a fragment after the semicolon, and as "I charted in Epic (super-user for the 2020 Epic
/// upgrade)" in a letter. A part with its own verb ("the 2023 audit closed with no
/// adjustments") stays a clause after the semicolon.
enum SemicolonTail {
  /// `clause` with a verbless part after its one semicolon put in brackets.
  static func bracketed(_ clause: String) -> String {
    guard let cut = RequirementQuote.topLevel("; ", in: clause) else { return clause }
    var tail = Substring(clause[clause.index(cut, offsetBy: 2)...])
    let stop = tail.last.map { ".!".contains($0) } == true ? String(tail.removeLast()) : ""
    guard !tail.isEmpty, !tail.contains(where: { ";()".contains($0) }), !hasVerb(tail) else {
      return clause
    }
    return clause[..<cut] + " (" + tail + ")" + stop
  }

  /// True when a word of `text` is a finite verb: a past form, a third-person form or an
  /// auxiliary ("closed", "runs", "was").
  static func hasVerb(_ text: some StringProtocol) -> Bool {
    text.split { !$0.isLetter && $0 != "-" && $0 != "'" }.contains { piece in
      let word = piece.lowercased()
      return auxiliaries.contains(word) || Verbs.isPastTense(word)
        || Verbs.baseOfThirdPerson(word) != nil
    }
  }

  private static let auxiliaries: Set<String> = [
    "is", "was", "are", "were", "has", "had", "have", "be", "been", "will", "can", "did", "does",
  ]
}
