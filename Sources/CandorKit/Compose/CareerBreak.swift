/// Time away from work a resume shows, which a letter may name as a career break: a break
/// listed among the jobs (``Resume/Work/isBreak``), one its summary states ("returning after
/// a three-year break"), or over a year since the last role and since any study, course,
/// volunteer work or project dated after it. A new graduate's last internship ended
/// while they studied: that is no break, and a letter saying so would invent one.
enum CareerBreak {
  /// Where the resume shows a break, or nil when it shows none.
  static func source(in resume: Resume, today: String) -> SourceRef? {
    if let stated = stated(in: resume) { return stated }
    guard let months = unfilledGap(in: resume, today: today), months > 12 else { return nil }
    return .resume("work")
  }

  /// Where the resume names a break: among its jobs, or in its summary.
  static func stated(in resume: Resume) -> SourceRef? {
    if let index = resume.work.firstIndex(where: \.isBreak) {
      return .resume("work[\(index)]")
    }
    if let summary = resume.basics?.summary, isClaimed(in: summary) {
      return .resume("basics.summary")
    }
    return nil
  }

  /// Months from the end of the last role, or of the latest study, certificate, volunteer
  /// work or project dated after it, to `today`; nil when a role or one of those is still
  /// ongoing. A graduate whose internship ended while they studied counts from graduation.
  static func unfilledGap(in resume: Resume, today: String) -> Int? {
    let work = resume.work.filter { !$0.isBreak }
    guard !work.isEmpty, !work.contains(where: { ($0.endDate ?? "").isEmpty }),
      let last = work.compactMap({ $0.endDate.flatMap(MonthStamp.init) }).max(),
      let now = MonthStamp(today)
    else { return nil }
    let spans =
      resume.education.map { ($0.startDate, $0.endDate) }
      + resume.volunteer.map { ($0.startDate, $0.endDate) }
      + resume.projects.map { ($0.startDate, $0.endDate) }
    let ongoing = spans.contains { start, end in
      start.flatMap(MonthStamp.init) != nil && (end ?? "").isEmpty
    }
    guard !ongoing else { return nil }
    let ends =
      spans.compactMap { $0.1.flatMap(MonthStamp.init) }
      + resume.certificates.compactMap { $0.date.flatMap(MonthStamp.init) }
    let latest = ends.filter { $0 > last && $0 <= now }.max() ?? last
    return now.months - latest.months
  }

  /// True when `text` speaks of the writer's own break from work: "After a career break",
  /// "During my break", "I am returning to work", "a three-year break".
  static func isClaimed(in text: String) -> Bool {
    claim.matches(text)
  }

  /// True when a resume's text (lowercased) names time away from work, in a section its
  /// reader may not have placed ("CAREER BREAK / Family caregiving, 2020 – 2021"): a claim
  /// as ``isClaimed(in:)`` reads it, caregiving, a hiatus or staying at home.
  static func isNamed(inResume text: String) -> Bool {
    claim.matches(text) || resumeWords.matches(text)
  }

  private static let resumeWords = Pattern(
    #"\bcaregiving\b|\bhiatus\b|\bstay[- ]at[- ]home\b|\btime off\b"#)

  private static let claim = Pattern(
    #"\bcareer (?:break|gap)\b|\b(?:my|a|the)\s+(?:[\w-]+\s+)?break\b|\bsabbatical\b|"#
      + #"\b(?:parental|maternity|paternity|family|personal) leave\b|"#
      + #"\b(?:returning|coming back|return|came back) to (?:work|the workforce|the field)\b"#)
}
