/// A posting's requirement quoted inside a letter sentence loses the capital its list item
/// started with: "You ask for Valid California driver's license" becomes "You ask for valid
/// California driver's license". Names, places, acronyms and titles keep their capitals.
enum RequirementCase {
  /// `text` with its first word lowered when that word is a common word.
  static func lowered(_ text: String) -> String {
    let lowered = ClauseBuilder.lowerFirst(text)
    guard lowered == text else { return lowered }
    let words = text.split(separator: " ", maxSplits: 2)
    // "Fish-passage or stream design": two small words joined name nothing, unless the
    // words after them are title-cased too ("Front-end Development").
    if let first = words.first, isJoinedPair(first),
      words.count == 1 || words[1].first?.isUppercase == false
    {
      return first.lowercased() + text.dropFirst(first.count)
    }
    // "Bachelor's degree in accounting": a degree's kind is lowercase in a sentence.
    if let first = words.first, degreeWords.contains(first.lowercased()) {
      return first.lowercased() + text.dropFirst(first.count)
    }
    // "Valid Class A Commercial Driver's License": a word of standing opens no name.
    if let first = words.first, standingWords.contains(first.lowercased()) {
      return first.lowercased() + text.dropFirst(first.count)
    }
    // "Forklift certification", "Grant writing experience": a term the lexicon spells in
    // small letters opens the line, so its capitals are the line's, not a name's; in a
    // title-cased name ("Forklift Operator Certification") or before a bracket they stay.
    let opening = Lexicon.standard.matches(in: text).first.flatMap {
      $0.range.lowerBound == text.startIndex ? $0 : nil
    }
    if let match = opening,
      text[match.range.upperBound...].drop(while: \.isWhitespace).first?.isLowercase ?? true,
      let common = commonTerm(String(text[match.range]))
    {
      return common + text[match.range.upperBound...]
    }
    guard let first = words.first, isCommonShaped(first) else { return text }
    // "Registered Nurse license", "Cardinal Health experience": a capitalised name or title
    // goes on; a place ("Valid California …") or an acronym ("Valid RN …") does not.
    // "Bilingual Spanish": a word before a language describes it.
    if words.count > 1, let next = words[1].first, next.isUppercase,
      Lexicon.standard.entry(for: String(words[1]))?.isSpokenLanguage != true,
      !DiscoveryWords.places.contains(Tokenizer.fold(words[1].trimmingPunctuation())),
      !words[1].allSatisfy({ !$0.isLetter || $0.isUppercase })
    {
      return text
    }
    // A lexicon name that starts with the word ("Certified Scrum Master") keeps it; a term
    // the lexicon spells in small letters ("Bilingual (Spanish)"), or one the word only
    // describes ("Bilingual Spanish" is Spanish), is a common word.
    if let term = opening?.term, term.first?.isUppercase == true,
      term.lowercased().hasPrefix(first.lowercased())
    {
      return text
    }
    return first.lowercased() + text.dropFirst(first.count)
  }

  /// A listed skill as a sentence names it: one written in sentence case ("Report writing",
  /// "Customer service") is a common phrase and lowered, as is a title-cased term the lexicon
  /// spells in small letters ("Cold Calling"); a single word only when the lexicon does
  /// ("Patience") or the word is an abstract noun it lacks ("Companionship"). Names, other
  /// title-cased items ("Fall Protection"), acronyms and unknown single words ("Dentrix")
  /// keep their capitals.
  static func listed(_ skill: String) -> String {
    let words = skill.split(separator: " ")
    guard let first = words.first, isPlainCapitalised(first) else { return skill }
    if let common = commonTerm(skill) { return common }
    if words.count == 1 {
      // "Companionship", "Bookkeeping": an abstract noun the lexicon lacks is a common word.
      let term = Lexicon.standard.entry(for: skill)?.term
      guard term?.first?.isLowercase == true || (term == nil && isAbstractNoun(first)) else {
        return skill
      }
    } else if !words.dropFirst().allSatisfy({ $0.allSatisfy { !$0.isUppercase } }) {
      return skill
    }
    return first.lowercased() + skill.dropFirst(first.count)
  }

  /// A skill's name as it reads inside a sentence: a common phrase the lexicon spells in
  /// small letters loses the capitals a line start or a title case gave it ("Valid driver's
  /// license", "Cold Calling" → "valid driver's license", "cold calling"); otherwise as
  /// ``lowered(_:)`` reads it. Names, acronyms and products keep their case.
  static func named(_ skill: String) -> String {
    commonTerm(skill) ?? lowered(skill)
  }

  /// `skill` with its plain capitalised words lowered, when the whole of it is a spelling of
  /// a lexicon term written in small letters and it holds no acronym or inner capital; nil
  /// otherwise.
  static func commonTerm(_ skill: String) -> String? {
    let words = skill.split(separator: " ")
    guard words.contains(where: isPlainCapitalised), !skill.contains("."),
      words.allSatisfy({ isPlainCapitalised($0) || !$0.contains(where: \.isUppercase) }),
      let term = Lexicon.standard.entry(for: skill)?.term, term.first?.isLowercase == true
    else { return nil }
    return words.map { isPlainCapitalised($0) ? $0.lowercased() : String($0) }
      .joined(separator: " ")
  }

  /// A capitalised word spelled like an adjective, an abstract noun or a degree ("Eligible",
  /// "Certified", "Accuracy", "Bachelor's"), never a name with inner capitals, a technology
  /// or a place.
  static func isCommonShaped(_ word: Substring) -> Bool {
    let core = word.trimmingPunctuation()
    guard core.count >= 4, core.first?.isUppercase == true,
      core.dropFirst().allSatisfy({ $0.isLowercase || $0 == "'" || $0 == "’" || $0 == "-" }),
      !ProperWords.isProper(String(core)),
      !DiscoveryWords.places.contains(Tokenizer.fold(core))
    else { return false }
    let folded = core.lowercased()
    return commonEndings.contains(where: folded.hasSuffix)
  }

  /// A word with one capital, then small letters only ("Veterinary"), that is no place and
  /// no lexicon name: it may be lowered inside a sentence.
  static func isPlainCapitalised(_ word: Substring) -> Bool {
    let core = word.trimmingPunctuation()
    return core.count >= 2 && core.first?.isUppercase == true
      && core.dropFirst().allSatisfy { $0.isLowercase }
      && !ProperWords.isProper(String(core))
      && !DiscoveryWords.places.contains(Tokenizer.fold(core))
  }

  /// "Fish-passage": a capital, then two parts of three small letters or more joined by a
  /// hyphen, no place and no name.
  private static func isJoinedPair(_ word: Substring) -> Bool {
    let parts = word.split(separator: "-")
    return parts.count == 2 && isPlainCapitalised(parts[0]) && parts[0].count >= 3
      && parts[1].count >= 3 && parts[1].allSatisfy(\.isLowercase)
  }

  /// A word of six letters or more with the ending of an abstract noun or an activity.
  private static func isAbstractNoun(_ word: Substring) -> Bool {
    let folded = word.trimmingPunctuation().lowercased()
    return folded.count >= 6
      && ["tion", "sion", "ment", "ing", "ness", "ity", "ance", "ence", "ship"].contains(
        where: folded.hasSuffix)
  }

  private static let degreeWords: Set<String> = [
    "bachelor's", "bachelor’s", "bachelors", "master's", "master’s", "masters",
    "associate's", "associate’s", "doctoral",
  ]
  /// Adjectives of a credential's standing, never the first word of its name.
  private static let standingWords: Set<String> = [
    "valid", "current", "active", "unrestricted", "clean", "eligible",
  ]
  private static let commonEndings = [
    "id", "al", "ic", "ive", "ed", "able", "ible", "ous", "ent", "ant", "ful", "less", "ary",
    // Abstract nouns a requirement opens on: "Accuracy with counts", "Fluency in Spanish".
    "acy", "ity", "ness", "ency", "ance", "ence",
  ]
}
