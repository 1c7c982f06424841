/// The words that mark a requirement as must-have or nice-to-have, how strongly it is
/// stressed, and how many years it asks for.
enum RequirementCues {
  private static let preferred = [
    "preferred", "a plus", "nice to have", "nice-to-have", "bonus", "desirable", "desired",
    "ideally", "would be great", "would love", "helpful", "advantage", "not required",
    "good to have", "deseable", "valorable", "se valora", "wünschenswert", "von vorteil",
    "un plus", "souhaité", "gradito", "diferencial", "an asset", "extra credit", "optional",
    "is a plus", "preferably", "major plus", "big plus", "huge plus", "definite plus",
  ]
  private static let preferredPhrase = PhraseSet(preferred)

  /// True when lowercased `text` holds a nice-to-have cue anywhere ("preferred", "a plus").
  static func hasPreferredCue(_ lower: String) -> Bool { preferredPhrase.matches(lower) }

  /// True when lowercased `text` holds a must-have cue word ("must", "required").
  static func hasRequiredCue(_ lower: String) -> Bool { requiredWord.matches(lower) }
  private static let required = [
    "must", "required", "requires", "minimum", "at least", "mandatory", "essential",
    "necessary", "obligatorio", "indispensable", "imprescindible", "zwingend", "erforderlich",
    "obligatoire", "exigé", "requis", "mínimo",
  ]
  private static let intensity = [
    "strong", "expert", "deep", "proven", "significant", "extensive", "excellent", "solid",
    "advanced", "expertise", "mastery", "fluent", "thorough", "exceptional", "avanzado",
  ]

  /// The tier the line's own words give, overriding its section's. The first clause
  /// speaks for the line: "Minimum 2 years of X. Y preferred." is a must-have. A posting's
  /// reader passes its `sentences`, so each line is split into sentences once.
  ///
  /// Within that clause the main clause's cue rules: "At least five years in X, ideally
  /// in Y" is a must-have, the "ideally" governing only its trailing clause.
  static func tier(of text: String, sentences: SentenceCache = SentenceCache()) -> Tier? {
    let clause = firstClause(text, sentences)
    let lower = clause.lowercasedForPhrases
    if preferredPhrase.matches(lower) {
      guard let (head, _) = sentences.tierSplit(clause),
        requiredWord.matches(head.lowercasedForPhrases)
      else { return .preferred }
      return .required
    }
    if requiredWord.matches(lower) { return .required }
    return nil
  }

  private static func firstClause(_ text: String, _ sentences: SentenceCache) -> String {
    let sentence = sentences.sentences(in: text).first ?? text
    guard sentence.hasBytes(";") else { return sentence }
    return sentence.split(separator: ";", maxSplits: 1).first.map(String.init) ?? sentence
  }

  /// How strongly the line is stressed, 0…1, from its tier, cue words, years and position.
  static func emphasis(of text: String, tier: Tier, years: Double?, position: Int) -> Double {
    let lower = text.lowercasedForPhrases
    var score = tier == .required ? 0.6 : tier == .preferred ? 0.35 : 0.45
    if tier == .required, requiredWord.matches(lower) { score += 0.2 }
    if intensityWord.matches(lower) { score += 0.1 }
    if years != nil { score += 0.05 }
    score += 0.1 * max(0, 1 - Double(position) / 5)
    return (min(1, max(0, score)) * 100).rounded() / 100
  }

  /// The item without a cue label that opens it: "Nice to have: Kafka" → "Kafka",
  /// "Bonus - Spanish" → "Spanish". The label's tier is read before it goes.
  static func withoutLabel(_ text: String) -> String {
    guard let range = cueLabel.firstRange(in: text), range.upperBound < text.endIndex else {
      return text
    }
    let rest = text[range.upperBound...]
    return rest.contains(where: \.isLetter) ? String(rest) : text
  }

  private static let cueLabel = Pattern(
    #"^(?:nice[ -]to[ -]haves?|bonus(?: points)?|preferred|desired|desirable|a plus|plus"#
      + #"|big plus|good to have|ideally|optional|extra credit|required|must[ -]haves?"#
      + #"|mandatory|essential)\s*(?::|\s[-–—])\s*"#,
    requiring: [
      "nice", "bonus", "preferred", "desir", "plus", "good", "ideally", "optional", "extra",
      "required", "must", "mandatory", "essential",
    ], atStart: true)

  private static let requiredWord = PhraseSet(required, wholeWords: true)
  private static let intensityWord = PhraseSet(intensity, wholeWords: true)

  private static let yearsPattern = Pattern(
    joining: [
      // "for the past 3 years": a look-back period asks for no experience.
      #"(?<!past )(?<!last )(?<!previous )(?<!prior )(?<!within )"#,
      #"\b(\d{1,2}(?:\.\d)?|"#, NumberWords.alternatives(numberWords), ")",
      #"\s*(?:\(\d+\)\s*)?\+?\s*(?:or (?:more|over)\s+)?"#,
      #"(?:(?:-to-|-or-|-|–|to|or|a|bis)\s*(?:\d{1,2}|"#,
      NumberWords.alternatives(numberWords), #")\s*\+?\s*)?"#,
      // An age ("21 years old", "18 years of age or older") asks for no experience.
      #"(?:years?|yrs?|años|jahre?n?|ans|anos|anni)(?![\w-]*\s*old)(?!-old)(?![\w-]*\s+of\s+age)"#,
      // "one year of algebra": a school subject's year is no experience.
      #"(?!s?\s+of\s+(?:high school\s+|college\s+)?(?:algebra|geometry|calculus|math"#,
      #"|mathematics|chemistry|physics|biology|science|english|spanish|french"#,
      #"|a foreign language|foreign language|shop|drafting)\s*(?:$|[,.;)]|\s(?:and|or)\b))"#,
    ], requiring: ["year", "yr", "año", "jahr", "ans", "anos", "anni"])
  private static let numberWords = NumberWords.anyLanguage

  /// The years of experience a line asks for: the lower end of a range ("5+ years", "2-3
  /// years", "two-to-three years" are 5, 2 and 2), or "one year".
  static func years(in text: String) -> Double? {
    guard let groups = yearsPattern.groups(in: text) else { return nil }
    let number = groups[1].lowercased()
    return Double(number) ?? numberWords[number]
  }
}
