/// A resume's credential line as a sentence names it: "Class A CDL (Kansas), Hazmat (H)
/// endorsement, Tanker (N) endorsement" is three credentials ("a Class A CDL (Kansas), a
/// Hazmat (H) endorsement and a Tanker (N) endorsement"), "Electrical Pre-Apprenticeship,
/// Spokane Community College" one from a school ("the Electrical Pre-Apprenticeship from
/// Spokane Community College"), and "DOT medical card" a common noun with its article.
///
/// Only articles, "from", "and" and commas change; every name stays as the resume wrote it.
struct CredentialPhrase {
  /// Each credential the line names, with its article when its noun takes one.
  let items: [String]

  /// `name` as ``CredentialName/cleaned(_:)`` left it.
  init(_ name: String) {
    var items: [String] = []
    for part in Self.parts(of: name) {
      guard let last = items.last else {
        items.append(part)
        continue
      }
      if part.first == "(" {
        items[items.count - 1] = last + " " + part
      } else if Self.isSchool(part) {
        items[items.count - 1] = last + " from " + part
      } else if Self.areTwo(last, part) {
        items.append(part)
      } else {
        items[items.count - 1] = last + ", " + part
      }
    }
    self.items = items.map(Self.withArticle)
  }

  /// True when the line names more than one credential.
  var isPlural: Bool { items.count > 1 }

  /// The credentials as a sentence's object: "a DOT medical card", "X, Y and Z".
  var object: String { SlotValues.list(items) }

  /// The three wordings a letter varies among, so several credentials never open alike;
  /// each says the credential is held, never "X is one of my credentials", a line a reader
  /// skips as a list read aloud.
  var sentences: [String] { wordings() }

  /// ``sentences`` with `more` held beside the credential ("I have earned the CFA
  /// credential and a B.S. in Finance from …"), in the same order, so a letter's rotation
  /// through its credential wordings carries on across a sentence that also names a degree.
  func wordings(and more: String? = nil) -> [String] {
    let tail = more.map { " and " + $0 } ?? ""
    return [
      "My credentials include \(object)\(tail).",
      "I have earned \(held)\(tail).",
      "I hold \(held)\(tail).",
    ]
  }

  /// The object of "I hold": a name with no noun of its own takes "credential", with a place
  /// or issuer after a comma kept after that noun ("the CPR credential (American Heart
  /// Association)"), never "the … Permit, Oregon credential".
  var held: String {
    guard !isPlural, let name = items.first, Self.noun(of: name) == nil else { return object }
    // "Associate in Claims (AIC) from The Institutes": the noun goes before the issuer.
    if let from = name.byteRange(of: " from ") {
      return "the \(name[..<from.lowerBound]) credential\(name[from.lowerBound...])"
    }
    let comma = name.byteRange(of: ", ")
    let core = comma.map { String(name[..<$0.lowerBound]) } ?? name
    guard let comma else { return "the \(core) credential" }
    return "the \(core) credential (\(name[comma.upperBound...]))"
  }

  /// The line split at its commas outside brackets, a dangling comma before a bracket or at
  /// the end dropped: "X, School, (120 hours: a, b)" → ["X", "School", "(120 hours: a, b)"].
  private static func parts(of name: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var depth = 0
    for character in name {
      if character == "(" { depth += 1 }
      if character == ")" { depth = max(0, depth - 1) }
      if character == ",", depth == 0 {
        parts.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    parts.append(current)
    return parts.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
  }

  /// True when `part` names a credential of its own beside `last`: both end in a
  /// credential's noun ("…, Hazmat (H) endorsement"), or both are bare names the lexicon
  /// knows as credentials ("ACLS, BLS"); "Registered Nurse, Washington License" is one.
  private static func areTwo(_ last: String, _ part: String) -> Bool {
    switch (noun(of: last), noun(of: part)) {
    case (.some, .some): return true
    case (nil, nil): return isKnownCredential(last) && isKnownCredential(part)
    default: return false
    }
  }

  private static func isKnownCredential(_ name: String) -> Bool {
    Lexicon.standard.matches(in: name).contains { $0.category == .certification }
  }

  /// The credential noun that ends a name's core (its words before "from" or a comma, past
  /// any bracket): "License", "endorsement" (of "Hazmat (H) endorsement"), "CDL"; nil for a
  /// name without one ("NALA Certified Paralegal", "CPR/BLS").
  static func noun(of name: String) -> String? {
    var core = Substring(name)
    for stop in [" from ", ", "] {
      if let range = core.byteRange(of: stop) { core = core[..<range.lowerBound] }
    }
    let words = core.split(separator: " ").filter { !$0.hasPrefix("(") && !$0.hasSuffix(")") }
    if let last = words.last, nouns.contains(last.lowercased()) { return String(last) }
    // "Certificate in Paralegal Studies", "Diploma of Nursing": the noun opens the name.
    guard words.count >= 3, nouns.contains(words[0].lowercased()),
      ["in", "of"].contains(words[1].lowercased())
    else { return nil }
    return String(words[0])
  }

  /// "the Washington Electrical Trainee Certificate", "a DOT medical card", "a Class A CDL":
  /// a name in capitals is one credential of its kind, a common noun one of many.
  private static func withArticle(_ name: String) -> String {
    // "Hazmat and Tanker endorsements": several of a kind take no article.
    guard let noun = noun(of: name), !pluralNouns.contains(noun.lowercased()) else {
      return name
    }
    let isCommon = noun.first?.isLowercase == true || noun.allSatisfy(\.isUppercase)
    return isCommon ? SlotValues.withArticle(name) : "the " + name
  }

  /// "Spokane Community College", "University of Idaho": a school after a comma issued the
  /// credential before it; "School Bus (S) endorsement" is a credential of its own, and
  /// "School Counseling" the field of the credential before it. A school's word ends its
  /// name or comes before "of" or "for".
  private static func isSchool(_ part: String) -> Bool {
    let core = part.split(separator: "(", maxSplits: 1).first ?? ""
    let words = core.split(separator: " ").map { $0.lowercased() }
    return noun(of: part) == nil
      && words.indices.contains { index in
        schoolWords.contains(words[index])
          && (index == words.count - 1 || ["of", "for"].contains(words[index + 1]))
      }
  }

  private static let nouns = Set<String>([
    "certification", "certificate", "license", "licence", "registration", "permit", "card",
    "credential", "diploma", "endorsement", "cdl", "pre-apprenticeship", "apprenticeship",
  ]).union(pluralNouns)
  /// A credential noun for several of a kind: "Hazmat and Tanker endorsements" is held as
  /// they are, never "the … endorsements credential".
  private static let pluralNouns: Set<String> = [
    "certifications", "certificates", "licenses", "licences", "permits", "cards",
    "credentials", "endorsements",
  ]
  private static let schoolWords: Set<String> = [
    "college", "university", "academy", "school", "institute", "institutes", "association",
    "society", "board", "council",
  ]
}
