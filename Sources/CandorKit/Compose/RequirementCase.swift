/// A posting's requirement quoted inside a letter sentence loses the capital its list item
/// started with: "You ask for Valid California driver's license" becomes "You ask for valid
/// California driver's license". Names, places, acronyms and titles keep their capitals.
enum RequirementCase {
  /// `text` with its first word lowered when that word is a common word.
  static func lowered(_ text: String) -> String {
    let lowered = ClauseBuilder.lowerFirst(text)
    guard lowered == text else { return lowered }
    let words = text.split(separator: " ", maxSplits: 2)
    // "Bachelor's degree in accounting": a degree's kind is lowercase in a sentence.
    if let first = words.first, degreeWords.contains(first.lowercased()) {
      return first.lowercased() + text.dropFirst(first.count)
    }
    // "Valid Class A Commercial Driver's License": a word of standing opens no name.
    if let first = words.first, standingWords.contains(first.lowercased()) {
      return first.lowercased() + text.dropFirst(first.count)
    }
    guard let first = words.first, isCommonShaped(first) else { return text }
    // "Registered Nurse license", "Cardinal Health experience": a capitalised name or title
    // goes on; a place ("Valid California …") or an acronym ("Valid RN …") does not.
    if words.count > 1, let next = words[1].first, next.isUppercase,
      !DiscoveryWords.places.contains(Tokenizer.fold(words[1].trimmingPunctuation())),
      !words[1].allSatisfy({ !$0.isLetter || $0.isUppercase })
    {
      return text
    }
    // A lexicon name that starts with the word ("Certified Scrum Master") keeps it.
    if let match = Lexicon.standard.matches(in: text).first,
      match.range.lowerBound == text.startIndex, match.spelling.first?.isUppercase == true
    {
      return text
    }
    return first.lowercased() + text.dropFirst(first.count)
  }

  /// A listed skill as a sentence names it: one written in sentence case ("Report writing",
  /// "Customer service") is a common phrase and lowered; a single word only when the
  /// lexicon spells it in small letters ("Patience"). Names, title-cased items ("Fall
  /// Protection"), acronyms and unknown single words ("Dentrix") keep their capitals.
  static func listed(_ skill: String) -> String {
    let words = skill.split(separator: " ")
    guard let first = words.first, isPlainCapitalised(first) else { return skill }
    if words.count == 1 {
      guard let term = Lexicon.standard.entry(for: skill)?.term,
        term.first?.isLowercase == true
      else { return skill }
    } else if !words.dropFirst().allSatisfy({ $0.allSatisfy { !$0.isUppercase } }) {
      return skill
    }
    return first.lowercased() + skill.dropFirst(first.count)
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
