/// Reads a person's name from an email address's local part ("casey+work" → "Casey",
/// "jane.doe" → "Jane Doe"), refusing shared mailboxes ("careers", "hr", "jobs2024").
enum EmailOwner {
  static func name(_ local: String, company: String?) -> String? {
    let person = local.split(separator: "+").first.map(String.init) ?? local
    let parts = person.lowercased().split(whereSeparator: { "._-".contains($0) }).map(String.init)
    guard (1...3).contains(parts.count),
      parts.allSatisfy({ $0.count >= 2 && $0.allSatisfy(\.isLetter) && $0.allSatisfy(\.isASCII) }),
      !parts.contains(where: isMailboxWord)
    else { return nil }
    if let company, parts.joined().folded == company.folded.replacingOccurrences(of: " ", with: "")
    {
      return nil
    }
    if parts.count == 1, !soundsLikeName(parts[0]) { return nil }
    return parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
  }

  /// True when `local` is the address of the person called `name`.
  static func matches(_ local: String, name: String) -> Bool {
    let first = name.split(separator: " ").first.map { $0.lowercased() } ?? ""
    return first.count >= 2 && local.lowercased().hasPrefix(first)
  }

  private static func isMailboxWord(_ part: String) -> Bool {
    mailboxWords.contains(part) || mailboxWords.contains { $0.count >= 4 && part.contains($0) }
  }

  /// A single word that could be a first name: it has a vowel and does not open with an
  /// unpronounceable pair of consonants ("jdoe").
  private static func soundsLikeName(_ word: String) -> Bool {
    guard word.count >= 3, word.contains(where: { "aeiouy".contains($0) }) else { return false }
    let head = Array(word.prefix(2))
    let vowels = "aeiouy"
    if vowels.contains(head[0]) || vowels.contains(head[1]) { return true }
    return openingClusters.contains(String(head))
  }

  private static let openingClusters: Set<String> = [
    "ch", "sh", "th", "br", "cr", "dr", "fr", "gr", "pr", "tr", "bl", "cl", "fl", "gl", "pl",
    "sl", "st", "sc", "sk", "sp", "ph", "kr", "kl", "wr", "sm", "sn", "sw", "kh", "zh",
  ]

  private static let mailboxWords: Set<String> = [
    "careers", "career", "jobs", "job", "hr", "hiring", "recruiting", "recruitment", "recruiter",
    "recruit", "talent", "apply", "applications", "application", "resumes", "resume", "cv",
    "info", "contact", "hello", "hi", "admin", "office", "team", "support", "help", "sales",
    "work", "people", "staffing", "employment", "personnel", "noreply", "reply", "mail",
    "email", "inquiries", "enquiries", "marketing", "press", "media", "webmaster", "postmaster",
    "internships", "intern", "engineering", "dev", "developers", "billing", "accounts",
    "service", "customerservice", "bewerbung", "empleo", "empleos", "trabajo", "rrhh",
    "talento", "contato", "vagas", "lavoro", "emploi", "recrutement", "candidature", "humanos",
    "example", "test", "user", "name", "firstname", "lastname", "your", "yourname", "ops",
    "operations", "finance", "legal", "security", "privacy", "community", "partners", "news",
    // Job mailboxes in other languages: "lavora@…" (Italian "work") is no one's name.
    "lavora", "lavoraconnoi", "candidati", "selezione", "personale", "curriculum", "bewerbungen",
    "karriere", "stellen", "recrutamento", "trabalhe", "empregos", "rh", "vacantes", "postula",
    "seleccion", "reclutamiento", "offres", "postuler", "vacatures", "sollicitatie", "werken",
  ]
}
