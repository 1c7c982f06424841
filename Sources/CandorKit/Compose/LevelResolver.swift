/// Infers the candidate's career stage from titles and years, unless the person chose one.
enum LevelResolver {
  static func resolve(
    _ choice: LetterOptions.LevelChoice, resume: ParsedResume, posting: JobPosting
  ) -> (ExperienceLevel, String) {
    if let chosen = ExperienceLevel(rawValue: choice.rawValue) {
      return (chosen, "chosen with --level")
    }
    let title = (resume.resume.work.first?.position ?? resume.resume.basics?.label ?? "")
      .lowercased()
    let words = Tokenizer.tokens(in: title).filter { !$0.isPunctuation }.map(\.folded)
    let years = resume.yearsOfExperience
    if let marker = JuniorMarkers.marker(title: words, resume: resume) {
      return (.entry, "the resume calls the person '\(marker)'")
    }
    let leadWords: Set<String> = [
      "manager", "director", "vp", "supervisor", "lead", "chief", "head", "president",
    ]
    if words.contains(where: leadWords.contains) || title.contains("vice president") {
      return (.lead, "current title '\(title)' leads people or a function")
    }
    // "Staff" and "principal" mark seniority in engineering titles, not "Staff Accountant".
    let seniorIC = ["staff", "principal"].contains { word in
      guard let index = words.firstIndex(of: word), index + 1 < words.count else { return false }
      return ["engineer", "scientist", "developer", "designer", "architect"].contains(
        words[index + 1])
    }
    if words.contains("senior") || words.contains("sr") || words.contains("architect") || seniorIC
      || years >= 7
    {
      return (.senior, "title '\(title)' and \(Int(years)) years of dated experience")
    }
    if resume.resume.work.isEmpty || years < 2 {
      return (.entry, "\(Int(years)) years of dated experience")
    }
    return (.mid, "\(Int(years)) years of dated experience")
  }
}
