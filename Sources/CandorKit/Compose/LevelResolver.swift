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
    let years = resume.yearsOfExperience
    let leadWords = [
      "manager", "head of", "director", "vp", "vice president", "supervisor",
      "team lead", "lead ", "chief",
    ]
    if leadWords.contains(where: { (title + " ").contains($0) }) {
      return (.lead, "current title '\(title)' manages people or a function")
    }
    if ["senior", "sr.", "sr ", "staff", "principal", "architect"].contains(where: title.contains)
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
