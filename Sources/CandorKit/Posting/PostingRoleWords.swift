/// Words that name jobs and career stages, in the languages Candor detects.
enum PostingRoleWords {
  /// Nouns that end or head a job title ("engineer", "nurse", "practicante"): the shared
  /// English ones and the forms of other languages a posting writes with accents.
  static let nouns: Set<String> = TitleNouns.shared.union([
    "diseñador", "diseñadora", "becario", "pasante", "entwickler", "entwicklerin",
    "ingenieurin", "leiter", "leiterin", "berater", "beraterin", "praktikant", "praktikantin",
    "werkstudent", "referent", "sachbearbeiter", "développeur", "développeuse", "ingénieur",
    "chargé", "chargée", "directeur", "directrice", "desenvolvedor", "engenheiro",
    "estagiário", "sviluppatore", "ingegnere", "stagista", "tirocinante", "übersetzer",
    "übersetzerin", "dolmetscher", "dolmetscherin", "redakteur", "redakteurin", "mitarbeiter",
    "mitarbeiterin", "erzieher", "erzieherin", "kaufmann", "kauffrau",
    // "Cabin Crew Member": a resume's "Shift Lead - Night Crew" names a team, not a role.
    "crew",
  ])

  /// Title words that make a role "lead": it leads people or a function.
  static let lead: Set<String> = [
    "lead", "staff", "principal", "head", "vp", "vice", "director", "chief", "cto", "ceo",
    "cfo", "coo", "cio", "supervisor", "foreman", "superintendent", "jefe", "jefa", "leiter",
    "leiterin", "directeur", "directrice", "diretor", "direttore",
  ]

  /// True when the title's words make the role "lead". "Staff" leads only on an
  /// engineering ladder ("Staff Engineer", "Staff Data Scientist"); a "Staff Reporter",
  /// "Staff Accountant" or "Staff Nurse" is a member of staff.
  static func namesLead(_ words: [String]) -> Bool {
    words.indices.contains { index in
      let word = words[index]
      guard word == "staff" else { return lead.contains(word) }
      return words[(index + 1)...].first.map(engineeringLadder.contains) ?? false
    }
  }

  /// Words after "Staff" in the titles of an engineering career ladder.
  private static let engineeringLadder: Set<String> = [
    "engineer", "developer", "scientist", "architect", "designer", "sre", "software", "data",
    "machine", "ml", "security", "site", "platform", "backend", "frontend", "full",
    "infrastructure", "research", "researcher", "product", "ux", "ui", "devops", "cloud",
    "applied", "mobile", "web", "systems", "firmware", "hardware", "network", "ai",
  ]

  /// Title words that make a role "senior".
  static let senior: Set<String> = ["senior", "sr", "expert", "iii", "iv", "sénior", "experienced"]

  /// Title words that make a role "entry".
  static let entry: Set<String> = [
    "intern", "internship", "junior", "jr", "trainee", "apprentice", "graduate", "entry",
    "practicante", "praktikant", "praktikantin", "werkstudent", "becario", "pasante",
    "stagiaire", "estagiário", "stagista", "tirocinante", "representative", "associate",
    "assistant", "clerk", "cashier", "packer", "picker", "helper", "eit",
  ]

  /// Manager titles that name an individual contributor rather than a people manager.
  static let individualManagerQualifiers: Set<String> = [
    "project", "product", "program", "programme", "account", "client", "success",
    "partnership", "partner", "relationship", "case", "community", "campaign", "category",
    "brand", "territory", "content", "social", "media", "event", "events", "release",
  ]

  /// Lowercased words of `text`, split at anything that is not a letter or digit.
  static func tokens(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }

  /// True when `text` reads as a job title: a few words, one of them a role noun, and no
  /// sentence or call-to-action shape.
  static func isTitleLike(_ text: String) -> Bool {
    let words = tokens(text)
    guard (1...12).contains(words.count), text.count <= 100 else { return false }
    guard !text.hasSuffix("!"), !text.hasSuffix("?"), !text.hasSuffix(".") || text.count < 30
    else { return false }
    if words.contains(where: { callToAction.contains($0) }) { return false }
    if FirmName.matches(text, words: words) { return false }
    return words.contains { nouns.contains($0) || nouns.contains(String($0.dropLast())) }
      || words.contains(where: isNounAbroad)
  }

  /// A lowercased word, or its plural, that names a job in another language ("enfermera",
  /// "técnicos"); only a plural "s" is dropped, so "medical" is not "médica".
  private static func isNounAbroad(_ word: String) -> Bool {
    RoleNounsAbroad.lowercased.contains(word)
      || (word.hasSuffix("s") && RoleNounsAbroad.lowercased.contains(String(word.dropLast())))
  }

  private static let callToAction: Set<String> = [
    "apply", "submit", "resume", "hiring", "careers", "join", "click", "postule", "postular",
    "we", "our", "you", "your", "is", "are", "will",
  ]
}
