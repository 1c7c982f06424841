/// Headings in sentence case that name a part of a posting ("Nice to have", "Bonus points",
/// "What you'll need"). Alone on a line, with or without a colon, they head the list below
/// them though they are not title-cased, so "Nice to have" is a heading, not a requirement.
enum CueHeading {
  /// True when the whole line is one of these headings.
  static func matches(_ text: String) -> Bool {
    guard text.hasAtMostCharacters(40) else { return false }
    var key = text.lowercased()
    if key.hasBytes("’") { key = key.replacingOccurrences(of: "’", with: "'") }
    key = key.trimming(charactersIn: " :*#!.-–—")
    return phrases.contains(key)
  }

  private static let phrases: Set<String> = [
    "nice to have", "nice to haves", "nice-to-have", "nice-to-haves", "nice to have skills",
    "bonus", "bonus points", "bonus skills", "bonus if you have", "preferred",
    "preferred qualifications", "preferred skills", "preferred experience", "pluses",
    "plus", "a plus", "big plus", "good to have", "would be nice", "extra credit",
    "requirements", "required", "required skills", "required qualifications", "must have",
    "must haves", "must-haves", "must-have", "what you'll need", "what you will need",
    "what you need", "what you'll bring", "what you bring", "what we're looking for",
    "what we are looking for", "what you'll do", "what you will do", "you'll need",
    "you will need", "desired skills", "desired qualifications",
    "essential", "essential criteria", "essential requirements", "essential skills",
    "essential skills and experience", "essential experience", "essential qualifications",
    "desirable", "desirable criteria", "desirable requirements", "desirable skills",
    "desirable skills and experience", "desirable experience", "desirable qualifications",
    "the role", "the job", "about the role", "about you", "person specification",
  ]
}
