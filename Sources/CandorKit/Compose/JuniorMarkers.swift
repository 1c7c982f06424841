/// Words with which a resume calls its person early in a career: such a resume is never
/// written at a senior or lead level, whatever its dates add up to.
enum JuniorMarkers {
  /// Words that mark a title ("Junior Web Developer", "HR Intern", "Graduate Trainee").
  static let titleWords: Set<String> = [
    "junior", "jr", "intern", "trainee", "fresher", "student", "apprentice", "graduate",
    "practicante", "estudiante", "stagiaire", "alternant",
  ]

  /// Words that, in a summary, describe the person themself; plural forms ("mentored
  /// interns") describe other people and do not count.
  static let selfWords: Set<String> = [
    "fresher", "student", "intern", "trainee", "estudiante", "practicante",
  ]

  /// The first marker in the current title (`title`, already folded words), the resume's
  /// label or its summary; nil when the resume never calls the person junior.
  static func marker(title: [String], resume: ParsedResume) -> String? {
    let basics = resume.resume.basics
    let label = words(basics?.label ?? "")
    if let word = (title + label).first(where: titleWords.contains) { return word }
    return words(basics?.summary ?? "").first(where: selfWords.contains)
  }

  private static func words(_ text: String) -> [String] {
    Tokenizer.tokens(in: text.lowercased()).filter { !$0.isPunctuation }.map(\.folded)
  }
}
