/// Headings in sentence case that name a part of a posting ("Nice to have", "Bonus points",
/// "What you'll need"). Alone on a line, with or without a colon, they head the list below
/// them though they are not title-cased, so "Nice to have" is a heading, not a requirement.
enum CueHeading {
  /// True when the whole line is one of these headings.
  static func matches(_ text: String) -> Bool {
    guard let key = key(text) else { return false }
    return phrases.contains(key) || foreign[key] != nil
  }

  /// The section a heading in another language names when the whole line is one
  /// ("Profil recherché", "Ihre Aufgaben", "Requisitos"); nil otherwise.
  static func foreignKind(_ text: String) -> PostingSectionKind? {
    key(text).flatMap { foreign[$0] }
  }

  private static func key(_ text: String) -> String? {
    guard text.hasAtMostCharacters(40) else { return nil }
    var key = text.lowercased()
    if key.hasBytes("’") { key = key.replacingOccurrences(of: "’", with: "'") }
    return key.trimming(charactersIn: " :*#!.-–—")
  }

  /// French, German, Spanish, Italian and Portuguese headings, written in sentence case in
  /// those languages, by the part of the posting they head.
  private static let foreign: [String: PostingSectionKind] = {
    let lists: [(PostingSectionKind, [String])] = [
      (
        .requirements,
        [
          "profil", "profil recherché", "votre profil", "le profil", "profil souhaité",
          "compétences", "compétences requises", "qualifications requises", "prérequis",
          "ihr profil", "dein profil", "unsere anforderungen", "was du mitbringst",
          "was sie mitbringen", "anforderungen", "qualifikationen", "requisitos",
          "requisitos mínimos", "perfil", "tu perfil", "perfil buscado", "lo que buscamos",
          "qué buscamos", "buscamos", "requisiti", "il tuo profilo", "profilo",
          "o que procuramos", "seu perfil",
        ]
      ),
      (
        .responsibilities,
        [
          "missions", "vos missions", "tes missions", "missions principales",
          "vos responsabilités", "responsabilités", "ihre aufgaben", "deine aufgaben",
          "aufgaben", "deine rolle", "responsabilidades", "funciones", "tus funciones",
          "tus responsabilidades", "qué harás", "mansioni", "responsabilità",
          "atividades", "suas responsabilidades",
        ]
      ),
      (
        .preferred,
        ["atouts", "les plus", "un plus", "wünschenswert", "von vorteil", "deseable", "valorable"]
      ),
      (
        .benefits,
        [
          "avantages", "ce que nous offrons", "nous offrons", "wir bieten", "was wir bieten",
          "ofrecemos", "qué ofrecemos", "beneficios", "offriamo", "benefícios",
        ]
      ),
    ]
    var result: [String: PostingSectionKind] = [:]
    for (kind, headings) in lists {
      for heading in headings { result[heading] = kind }
    }
    return result
  }()

  private static let phrases: Set<String> = [
    "nice to have", "nice to haves", "nice-to-have", "nice-to-haves", "nice to have skills",
    "bonus", "bonus points", "bonus skills", "bonus if you have", "preferred",
    "preferred qualifications", "preferred skills", "preferred experience", "pluses",
    "plus", "a plus", "big plus", "good to have", "would be nice", "extra credit",
    "requirements", "required", "required skills", "required qualifications", "must have",
    "must haves", "must-haves", "must-have", "what you'll need", "what you will need",
    "what you need", "what you'll bring", "what you bring", "what we're looking for",
    "what we are looking for", "what we need", "what we need from you", "what it takes",
    "who we're looking for", "who we are looking for", "what you'll do", "what you will do",
    "you'll need",
    "you will need", "desired skills", "desired qualifications", "minimum qualifications",
    "basic qualifications", "minimum requirements",
    "essential", "essential criteria", "essential requirements", "essential skills",
    "essential skills and experience", "essential experience", "essential qualifications",
    "desirable", "desirable criteria", "desirable requirements", "desirable skills",
    "desirable skills and experience", "desirable experience", "desirable qualifications",
    "the role", "the job", "about the role", "about you", "person specification",
    "you have", "you'll have", "you will have", "you bring", "you'll bring", "who you are",
    "nice extras", "extras", "about the job", "about the company", "about the team",
    "full job description", "job description",
    "what you will bring", "what you bring to the table", "what you'll bring to the table",
    "what you will bring to the table", "what you bring to the team",
    "what you'll bring to the team", "you will bring", "you'll bring to the table",
    "what you'll need to succeed", "what you need to succeed", "what you'll need to have",
    "what you should have", "what you'll have", "what you will have", "your background",
    "about your background", "your experience", "your skills", "your qualifications",
    "your skills and experience", "skills and experience", "experience and skills",
    "qualifications and skills", "skills and qualifications", "is this you",
    "you might be a fit if", "you'll thrive if",
    "you may be a fit if", "what makes you a great fit", "what makes you a fit",
    "what we look for", "who you'll be",
    "responsibilities", "key responsibilities", "core responsibilities", "main responsibilities",
    "primary responsibilities", "your responsibilities", "duties", "key duties", "core duties",
    "main duties", "job duties", "duties and responsibilities", "what you will do day to day",
    "what you'll do day to day", "day to day", "day-to-day", "your day to day",
  ]
}
