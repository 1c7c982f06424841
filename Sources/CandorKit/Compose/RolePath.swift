/// The resume's dated roles in order, said from their fields: "a Veterinary Assistant at
/// Pine Hollow Pet Care from 2020 to 2022, then a Veterinary Technician at Juniper Ridge
/// Veterinary Clinic since 2022". A thin letter gains the candidate's path
/// without repeating a statement; every word is a title, employer or date the resume gives.
enum RolePath {
  /// The path of the two latest roles, oldest first (three run past 35 words), or nil
  /// when fewer than two roles have a short title, an employer and a start date.
  static func text(of resume: Resume) -> String? {
    latestTwo(of: resume.work).map { $0.earlier.text + ", then " + later($0) }
  }

  /// The same path told with its verbs in time: "worked as a Paralegal at X from 2019 to
  /// 2022 and have been a Senior Paralegal at Y since 2022"; an ended later role is told in
  /// the past too ("…, then as a Dental Hygienist at Y from 2019 to 2023").
  static func told(of resume: Resume) -> String? {
    latestTwo(of: resume.work).map(told)
  }

  /// The roles at `indices` of the resume's work told the same way, or one alone ("have
  /// been a Supply Planner at X since 2022", "worked as a Teller at Y from 2019 to 2021"):
  /// how long the person has done the work a years ask names. Nil when no role there has
  /// a short title, an employer and a start date.
  static func told(of resume: Resume, roles indices: [Int]) -> String? {
    let work = indices.filter(resume.work.indices.contains).map { resume.work[$0] }
    if let pair = latestTwo(of: work) { return told(pair) }
    guard let role = dated(work).max(by: { $0.start < $1.start }) else { return nil }
    return (role.end == nil ? "have been " : "worked as ") + role.text
  }

  /// A role said with its employer ("a Dock Lead at X since 2022"), or with "there" in its
  /// place (`there`) for a role after one at the same employer.
  private typealias Role = (
    text: String, there: String, employer: String, start: MonthStamp, end: MonthStamp?
  )

  /// The later of two roles, naming its employer only when the earlier one was elsewhere:
  /// "worked as a Dock Lead at X from 2020 to 2022 and have been a Supervisor there since …".
  private static func later(_ pair: (earlier: Role, later: Role)) -> String {
    pair.later.employer == pair.earlier.employer ? pair.later.there : pair.later.text
  }

  private static func told(_ pair: (earlier: Role, later: Role)) -> String {
    "worked as " + pair.earlier.text + (pair.later.end == nil ? " and have been " : ", then as ")
      + later(pair)
  }

  /// Each role with a short title, an employer and a start date, said with its span.
  private static func dated(_ work: [Resume.Work]) -> [Role] {
    work.compactMap { work -> Role? in
      guard let position = Narrator.shortRole(work.position), let employer = work.name,
        !employer.isEmpty, !PlaceholderCheck.containsPlaceholder(employer),
        let start = work.startDate, let stamp = MonthStamp(start), let from = said(start)
      else { return nil }
      let end = work.endDate.flatMap { $0.isEmpty ? nil : $0 }
      if let end, said(end) == nil || MonthStamp(end) == nil { return nil }
      let to = end.flatMap(said)
      let span =
        to.map { $0 == from ? " in \(from)" : " from \(from) to \($0)" } ?? " since \(from)"
      let title = SlotValues.withArticle(position)
      return (
        "\(title) at \(employer)\(span)", "\(title) there\(span)", employer, stamp,
        end.flatMap(MonthStamp.init)
      )
    }
  }

  private static func latestTwo(of work: [Resume.Work]) -> (earlier: Role, later: Role)? {
    let roles = dated(work)
    // Oldest first; a current role after an ended one that started the same month.
    let ordered = roles.sorted {
      $0.start != $1.start ? $0.start < $1.start : ($0.end ?? $0.start) < ($1.end ?? .max)
    }.suffix(2)
    // A path reads in time: the earlier role ended, and the later began once it had ("since
    // 2019, then … from 2019 to 2020" would not), which also keeps a role listed twice out.
    guard ordered.count == 2, let first = ordered.first, let last = ordered.last,
      let ended = first.end, last.start >= ended
    else { return nil }
    return (first, last)
  }

  /// "2020-05" → "2020": the year only, since a month's name may be a word the resume
  /// never wrote ("Aug 2016", "08/2016"); nil for anything else.
  private static func said(_ iso: String) -> String? {
    guard let year = iso.split(separator: "-").first.flatMap({ Int($0) }), year > 1900 else {
      return nil
    }
    return String(year)
  }
}
