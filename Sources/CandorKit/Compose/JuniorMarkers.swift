/// Words with which a resume calls its person early in a career: such a resume is never
/// written at a senior or lead level, whatever its dates add up to.
enum JuniorMarkers {
  /// Words that make a whole title junior ("Junior Web Developer", "HR Intern").
  static let titleWords: Set<String> = [
    "junior", "jr", "intern", "trainee", "fresher", "apprentice", "practicante", "stagiaire",
    "alternant",
  ]

  /// Words that mark a junior title only when nothing in it leads or is senior: "Graduate
  /// Trainee" is junior, "Student Services Manager" is not.
  static let weakTitleWords: Set<String> = ["student", "graduate", "estudiante"]

  /// Title words that outrank a weak marker.
  static let seniorWords: Set<String> = [
    "manager", "director", "vp", "supervisor", "lead", "chief", "head", "president", "senior",
    "sr", "principal", "staff", "coordinator", "officer", "advisor", "counselor",
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
    let titles = [title, words(basics?.label ?? "")]
    for words in titles {
      if let word = words.first(where: titleWords.contains) { return word }
      if let word = words.first(where: weakTitleWords.contains),
        !words.contains(where: seniorWords.contains)
      {
        return word
      }
    }
    return words(basics?.summary ?? "").first(where: selfWords.contains)
  }

  private static func words(_ text: String) -> [String] {
    Tokenizer.tokens(in: text.lowercased()).filter { !$0.isPunctuation }.map(\.folded)
  }
}
