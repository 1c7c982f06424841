/// Assigns every line to a section by the headings above it, in any common wording and in
/// the languages Candor detects. Plain-text headings count too: a short line ending in ":"
/// or a short line that names a known section.
enum SectionClassifier {
  /// `headingLike`, when given, holds ``isHeadingLike(_:)`` of each line, worked out once
  /// for the reader's other passes.
  static func classify(_ lines: [TextLine], headingLike: [Bool]? = nil) -> [SectionedLine] {
    var current = PostingSectionKind.intro
    var seenSection = false
    var seenText = false
    // The kind of the last non-blank line.
    var previous = TextLine.Kind.blank
    let headingLike = headingLike ?? lines.map(isHeadingLike)
    return zip(lines, headingLike).map { line, isHeading in
      let opens = !seenText && !line.isBlank
      if opens { seenText = true }
      let afterList = previous == .bullet
      if !line.isBlank { previous = line.kind }
      guard isHeading else {
        if line.kind == .text, let kind = labelKind(line.text) {
          current = kind
          seenSection = true
        } else if afterList, line.kind == .text, current == .requirements || current == .preferred,
          let kind = ListEnd.kind(after: line.text)
        {
          current = kind
        }
        return SectionedLine(line: line, section: current, isHeading: false)
      }
      // "Special Education Teacher" atop the posting is its title, not an education heading.
      if opens, PostingRoleWords.isTitleLike(line.text) {
        return SectionedLine(line: line, section: current, isHeading: true)
      }
      if current == .responsibilities, isDutyArea(line.text) {
        // "Benefits Administration:" among the duties is one of them, not the perks.
      } else if let kind = kind(ofHeading: line.text) ?? ReaderQuestion.kind(line.text) {
        current = kind
        seenSection = true
      } else if line.text.hasSuffix(":"),
        [.responsibilities, .requirements, .preferred].contains(current)
      {
        // A sub-heading ("Employee Relations:") inside a list of duties or requirements.
      } else if seenSection || !PostingRoleWords.isTitleLike(line.text) {
        current = .other
        seenSection = true
      }
      return SectionedLine(line: line, section: current, isHeading: true)
    }
  }

  /// The section a "Label: text" line moves into ("Hours: Monday–Friday", "Benefits: …"):
  /// only the parts that follow a posting's substance; "Experience: 5 years" stays an item.
  private static func labelKind(_ text: String) -> PostingSectionKind? {
    guard let colon = text.byteRange(of: ":")?.lowerBound else { return nil }
    let label = String(text[..<colon])
    guard label.wordCount <= 6, !label.isEmpty, let kind = kind(ofHeading: label),
      [.benefits, .apply, .legal, .conditions, .other, .preferred].contains(kind)
    else { return nil }
    return kind
  }

  /// True when the line works as a heading in its document.
  static func isHeadingLike(_ line: TextLine) -> Bool {
    let text = line.text
    guard line.kind == .heading || text.hasAtMostCharacters(120) else { return false }
    let count = text.wordCount
    switch line.kind {
    case .heading: return true
    case .blank: return false
    case .bullet: return count <= 5 && text.hasSuffix(":") && kind(ofHeading: text) != nil
    case .text:
      if CueHeading.matches(text) { return kind(ofHeading: text) != nil }
      if text.hasSuffix(":") { return count <= 9 }
      if text.hasSuffix(","), count <= 4 { return kind(ofHeading: text) == .apply }
      if text.hasSuffix("?"), ReaderQuestion.kind(text) != nil { return true }
      if count > 6 || text.byteRange(of: ":") != nil { return false }
      guard let last = text.last, !".,;!".contains(last), isTitleCased(text),
        !itemShape.matches(text)
      else { return false }
      return kind(ofHeading: text) != nil
    }
  }

  /// "Employee Relations:", "Benefits Administration:": a sub-heading inside a list of
  /// duties or requirements that names an area of the work, not a part of the posting.
  static func isSubheading(_ text: String) -> Bool {
    text.hasSuffix(":") && (isDutyArea(text) || kind(ofHeading: text) == nil)
  }

  /// "Benefits Administration:", "Schedule Management:": a sub-heading that names an area
  /// of the work by an activity noun, though its first word may name another section.
  private static func isDutyArea(_ text: String) -> Bool {
    guard text.hasSuffix(":"), text.wordCount <= 5 else { return false }
    let last = text.dropLast().split(separator: " ").last.map { $0.lowercased() } ?? ""
    return dutyNouns.contains(last)
  }

  private static let dutyNouns: Set<String> = [
    "administration", "management", "relations", "acquisition", "compliance", "coordination",
    "operations", "reporting", "planning", "scheduling", "oversight", "processing",
  ]

  /// "Knowledge of ADP", "Experience with Python": a list item, not a heading.
  private static let itemShape = Pattern(#"^\p{L}+ (of|with|in|on|for|using) "#)

  /// "Duties and Responsibilities", "QUALIFICATIONS": every longer word capitalised.
  private static func isTitleCased(_ text: String) -> Bool {
    text.words.allSatisfy { word in
      word.count < 4 || word.first?.isUppercase == true || !(word.first?.isLetter ?? false)
    }
  }

  static func isSectionHeading(_ text: String) -> Bool { kind(ofHeading: text) != nil }

  /// The section a heading names, or nil when its wording is not a known section's.
  static func kind(ofHeading text: String) -> PostingSectionKind? {
    if let kind = CueHeading.foreignKind(text) { return kind }
    var lower =
      " " + text.lowercased().trimming(charactersIn: " :*#¿?¡!")
      + " "
    if lower.hasBytes("’") { lower = lower.replacingOccurrences(of: "’", with: "'") }
    guard lower.utf8.count <= 90 || lower.count <= 90 else { return nil }
    // The British "Essential" alone heads the must-haves; "Essential Duties" does not.
    if lower == " essential " { return .requirements }
    let counts = cuePhrases.distinctCounts(in: lower)
    return counts.firstIndex { $0 > 0 }.map { cues[$0].0 }
  }

  /// Every list of cues in one set: one pass over a heading finds the first list that
  /// matches.
  private static let cuePhrases = PhraseSet(lists: cues.map { ($0.1, false) })

  private static let cues: [(PostingSectionKind, [String])] = [
    (.legal, ["equal opportunit", " eeo", "disclaimer", "igualdad de oportunidades"]),
    (
      .apply,
      [
        "to apply", "apply now", "application process", "cómo postular", "como postular",
        "postule aquí", "interview process", "next steps", "bewerbung", "candidature",
        " contact ", " regards", "sincerely", "best wishes", "saludos", "atentamente",
      ]
    ),
    (.about, ["company profile", "company description", "about us", "about the company"]),
    (
      .preferred,
      [
        "nice to have", "nice-to-have", "preferred", "bonus", " plus", "desired", "desirable",
        "ideal candidate", "would be great", "extra credit", "good to have", "deseable",
        "valorará", "se valora", "wünschenswert", "von vorteil", "souhaité", "apprécié",
        "atout", "gradito", "diferencial", "pluses", "extras",
      ]
    ),
    (
      .requirements,
      [
        "about you", "requirement", "requerimiento", "qualification", "prerequisite",
        "must have", "must-have", "need", "looking for", "you have", "you bring", "who you are",
        "skill", "knowledge", "experience", "competenc", " profil", "your profile",
        "know-how", "minimum",
        "required", "requisito", " perfil", "debes", "dominas", "anforderung", "qualifikation",
        "compétences", "requisiti", "key attributes", "education", "formación", "abilities",
        "successful candidate", "to be successful", "you should", "certification", "licens",
        "you are", "what it takes", "who have", "someone who", "people who", "candidates who",
        "what we want", "essential criteria", "selection criteria", "person specification",
        // "What you'll bring", "You'll have", "Your background", "Is this you?": the
        // must-haves, though "you'll" alone heads the duties.
        "you'll bring", "you will bring", "you'll have", "you will have", "your background",
        "look for", "is this you", "fit if", "thrive if", "makes you",
      ]
    ),
    (
      .role,
      [
        "about the role", "about the job", "about the position", "about this role",
        "full job description",
      ]
    ),
    (.stack, ["about the tech", "tech stack", "technical stack", "our stack"]),
    (
      .about,
      [
        "about the team", "about working", "who we are", "reasons to work", "our company",
        "love working", "you'll love", "you will love",
        "why work", "why join",
        "our story", "mission", "fun facts", "facts about", "life at", "culture",
        "quiénes somos", "sobre nosotros", "über uns", "qui sommes", "à propos", "chi siamo",
        "sobre nós", "about ",
      ]
    ),
    (
      .benefits,
      [
        "benefit", "perks", "we offer", "compensation", "salary", " pay ", "what's in it",
        "beneficio", "ofrecemos", "wir bieten", "avantages", "nous offrons", "offriamo",
        "benefícios", "schedule", " hours", "condiciones", "why you'll love",
      ]
    ),
    (
      .responsibilities,
      [
        "responsib", "duties", "you'll do", "you will do", "will do", "might do", "be doing",
        "you will", "you'll", "tasks", "day to day", "day-to-day", "given day", "expect",
        "get to do", "typical day", "day in the life", "your day", "funciones", "responsabilidad",
        "tareas",
        "aufgaben", "missions",
        "mansioni", "atividades", "your impact", "in this role", "hacemos",
      ]
    ),
    (
      .role,
      [
        "description", "summary", "overview", "the role", "the job", "the position",
        "opportunity", "descripción", "stellenbeschreibung", "le poste",
      ]
    ),
    (.stack, ["stack", "technolog", "tools we use", "our tools", "tech we use"]),
    (.conditions, ["working conditions", "physical", "work environment", "travel"]),
    (
      .other,
      [
        " location ", "standort", "lugar de trabajo", "lugar de prácticas", "ubicación", " lieu ",
      ]
    ),
  ]
}
