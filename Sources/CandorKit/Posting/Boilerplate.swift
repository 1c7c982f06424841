/// Sentences every posting carries that say nothing about this job: equal-opportunity
/// statements, disclaimers about the description itself, and calls to click or apply. An
/// offer "contingent on a background check" is boilerplate; "Pass a background check" in a
/// requirement list asks something of this job's applicant and is a requirement.
enum Boilerplate {
  static func matches(_ text: String) -> Bool {
    phrases.matches(text)
  }

  private static let phrases = PhraseSet([
    "click here", "apply now", "apply today", "apply for this", "equal opportunity employer",
    "discriminat", "the above statements", "this job description is",
    "this job description does", "not designed to", "not intended to", "not intending to",
    "other duties as assigned", "contingent upon", "contingent on", "send your resume",
    "send your cv",
    "send a resume", "send a cv", "send us your", "submit your resume",
    "submit your application", "with questions", "with any questions", "questions?",
    "enviar su cv", "postular",
  ])
}
