/// Sentences every posting carries that say nothing about this job: equal-opportunity
/// statements, disclaimers about the description itself, and calls to click or apply.
enum Boilerplate {
  static func matches(_ text: String) -> Bool {
    pattern.matches(text)
  }

  private static let pattern = Pattern(
    #"\b"#
      + Pattern.anyOf([
        "click here", "apply (now|today|for this)", "equal opportunity employer",
        #"discriminat\w*"#,
        "the above statements", "this job description (is|does)",
        "not (designed|intended|intending) to (cover|be)", "other duties as assigned",
        "background check", "send (us )?(your|a) (resume|cv)", "submit your (resume|application)",
        "with (any )?questions", "questions(?=\\?)", "enviar su cv", "postular",
      ]) + #"\b"#)
}
