/// The canonical terms a resume holds, as a letter may name them for a posting: the
/// lexicon terms of its skills and statements with the kinds of the products among them,
/// posting tools the lexicon lacks that a statement writes (``StatedToolNames``), and the
/// language the resume is written in, which its writer plainly has ("Strong written
/// English" asked of a resume in English).
enum HeldSkills {
  static func terms(of posting: JobPosting, in resume: ParsedResume) -> Set<String> {
    var listed = withKinds(directTerms(of: resume))
    if let written = writtenLanguages[resume.language] { listed.insert(written) }
    return listed.union(StatedToolNames.terms(of: posting, in: resume, known: listed))
      .union(certifiedTerms(of: posting, in: resume))
  }

  /// The skills of each requirement a certificate of the resume holds by its core words
  /// (``HeldCertificate/names(_:in:)``): "FAA Airframe" of "FAA Airframe and Powerplant
  /// (A&P) certificate", held as "FAA Airframe and Powerplant Certificate".
  private static func certifiedTerms(of posting: JobPosting, in resume: ParsedResume)
    -> [String]
  {
    // "CPA-eligible (passed AUD and FAR)" meets the words of "CPA or CPA-eligible" but
    // holds no CPA: a credential not yet held gives no skill to claim.
    let held =
      (resume.resume.certificates.compactMap(\.name) + HeldCertificate.programmes(of: resume))
      .filter { !PendingWords.named(in: $0.lowercased()) }
    guard !held.isEmpty else { return [] }
    return posting.requirements.filter { !$0.skills.isEmpty }.filter {
      HeldCertificate.names($0.text, in: held)
    }.flatMap(\.skills)
  }

  /// `terms` with the kinds of the products among them: "Salesforce" holds "CRM" too.
  static func withKinds(_ terms: Set<String>) -> Set<String> {
    terms.union(terms.flatMap(Lexicon.standard.kinds(of:)))
  }

  /// The product the resume names for `kind` when it never names the kind itself ("HubSpot"
  /// for "CRM"), or nil.
  static func product(standingFor kind: String, in resume: ParsedResume) -> String? {
    let direct = directTerms(of: resume)
    guard !direct.contains(kind) else { return nil }
    return resume.skills.map(\.term).first { Lexicon.standard.kinds(of: $0).contains(kind) }
      ?? resume.evidence.flatMap(\.skills).first { Lexicon.standard.kinds(of: $0).contains(kind) }
  }

  private static func directTerms(of resume: ParsedResume) -> Set<String> {
    Set(resume.skills.map(\.term) + resume.evidence.flatMap(\.skills))
  }

  /// The spoken-language lexicon term for each code `LanguageDetector` gives.
  private static let writtenLanguages = [
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
    "it": "Italian",
  ]
}
