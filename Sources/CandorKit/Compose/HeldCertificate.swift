/// Whether a resume's certificate meets a certification a posting asks for by its field
/// alone ("Forklift certification"): a certificate naming that field ("Forklift Trainer
/// (Class I–V)") holds it. A numbered ask ("OSHA 10") is met only by the very one
/// (``HeldSpelling``), never by another of its family.
enum HeldCertificate {
  /// True when `term` is a lexicon certification without a number and a certificate of
  /// `resume` names every content word of it beside the credential word itself.
  static func isMet(_ term: String, by resume: ParsedResume) -> Bool {
    guard Lexicon.standard.entry(for: term)?.category == .certification,
      !term.contains(where: \.isNumber)
    else { return false }
    let field = ContentWords.of(term).subtracting(credentialWords)
    guard !field.isEmpty else { return false }
    return resume.resume.certificates.contains { certificate in
      field.isSubset(of: ContentWords.of(certificate.name ?? ""))
    }
  }

  private static let credentialWords: Set<String> = [
    "certification", "certificate", "certified", "license", "licence", "card",
  ]
}
