import Foundation

/// Whether a resume holds what a posting asks for by its core words alone: a certification
/// asked by field ("Forklift certification") is held by a certificate naming that field
/// ("Forklift Operator Certification"), and an ask such as "Fall protection training" by a
/// listed skill or certificate "Fall Protection". The core is the ask less its credential
/// and generic words (training, certification, experience, knowledge, current). A numbered
/// ask ("OSHA 10") is met only by the very one (``HeldSpelling``), never by another of its
/// family.
enum HeldCertificate {
  /// True when `term` is a certification without a number, by the lexicon or by the
  /// posting (`isCertification`: a name it asks for as one, "Immunization certification
  /// (APhA)"), and a certificate of `resume` names every core word of it.
  static func isMet(_ term: String, by resume: ParsedResume, isCertification: Bool = false)
    -> Bool
  {
    guard isCertification || Lexicon.standard.entry(for: term)?.category == .certification
    else { return false }
    return names(term, in: resume.resume.certificates.compactMap(\.name))
  }

  /// The content words of each certificate, listed skill and credential programme of
  /// `resume`, read once for all the requirements a letter weighs (``holds(_:in:)``).
  static func heldWords(of resume: ParsedResume) -> [Set<String>] {
    let skills = resume.resume.skills.flatMap { [$0.name ?? ""] + ($0.keywords ?? []) }
    return (resume.resume.certificates.compactMap(\.name) + skills + programmes(of: resume))
      .map(ContentWords.of)
  }

  /// Education entries that award a credential ("Paralegal Certificate", "Diploma in
  /// Welding"), said with their field: finishing the programme is holding the credential.
  static func programmes(of resume: ParsedResume) -> [String] {
    resume.resume.education.compactMap { entry in
      guard let type = entry.studyType,
        !ContentWords.of(type).isDisjoint(with: programmeWords)
      else { return nil }
      return [type, entry.area].compactMap { $0 }.joined(separator: " ")
    }
  }

  /// True when one of `held` (as ``heldWords(of:)`` gives them) holds every core word of
  /// the requirement `text`, which has one to four of them and no number.
  static func holds(_ text: String, in held: [Set<String>]) -> Bool {
    let core = core(of: text)
    return !core.isEmpty && held.contains { core.isSubset(of: $0) }
  }

  /// True when one of `names` holds every core word of `ask`; a name is read only when the
  /// ask has a core.
  static func names(_ ask: String, in names: [String]) -> Bool {
    let core = core(of: ask)
    return !core.isEmpty && names.contains { core.isSubset(of: ContentWords.of($0)) }
  }

  /// The ask's content words less credential and generic words; empty for an ask with a
  /// number ("OSHA 10 card") or a lettered class ("Class A CDL", "CDL-B"), which only that
  /// very one meets, or with more than four core words, which is no one name.
  /// Where a credential was earned ("Paralegal certificate from an ABA-approved program")
  /// is no part of what it is: the core is read before " from ".
  /// An acronym in brackets after the name it stands for ("Airframe and Powerplant (A&P)")
  /// adds no word of its own: it is read without it.
  static func core(of ask: String) -> Set<String> {
    guard !ask.contains(where: \.isNumber), !letteredClass.matches(ask),
      !issuerQualifier.matches(ask)
    else { return [] }
    let ask = ask.replacingOccurrences(
      of: #"\s\([A-Z][A-Z&/.-]{1,7}\)"#, with: "", options: .regularExpression)
    var words = ContentWords.of(ask)
    if let from = ask.byteRange(of: " from ") {
      let head = ContentWords.of(String(ask[..<from.lowerBound]))
      if !head.isDisjoint(with: programmeWords) { words = head }
    }
    let core = words.subtracting(genericWords)
    return core.count <= 4 ? core : []
  }

  /// A class, level or grade named by one capital letter: "Class A", "level B", "CDL-A".
  private static let letteredClass = Pattern(
    #"\b(?:[Cc]lass|[Ll]evel|[Gg]rade|[Tt]ier)\s+[A-E]\b|\b[A-Z]{2,}-[A-E]\b"#,
    caseSensitive: true)

  /// An issuer's acronym with the discipline it certifies in brackets: "ARRT (CT)",
  /// "MLS(ASCP)". The bracket is the credential ("ARRT (R)" is not "ARRT (CT)"), which
  /// the core's words would drop, so only that very one meets it.
  private static let issuerQualifier = Pattern(
    #"\b[A-Z]{2,}\s?\([A-Z]{1,5}\)"#, caseSensitive: true)

  /// Kinds of study that award a credential, as `ContentWords` stems them.
  static let programmeWords: Set<String> = ContentWords.of(
    "certificate certification diploma license licence")

  /// Words that say how a thing is held, not what it is (as `ContentWords` stems them).
  private static let genericWords: Set<String> = ContentWords.of(
    """
    certification certifications certificate certified license licence licensure card
    training trained course experience knowledge current currently active valid
    """)
}
