/// A resume laid out for reading, the one shape its Markdown, text and printable forms
/// share: a header, then sections of entries with a title, a line of dates and place, text
/// and bullets. Only values from the resume appear; nothing is added.
struct ResumeSections: Sendable, Equatable {
  struct Entry: Sendable, Equatable {
    var title: String?
    var detail: String?
    var text: String?
    var bullets: [String] = []
  }

  struct Section: Sendable, Equatable {
    var title: String
    var entries: [Entry]
  }

  var name: String?
  var headline: String?
  var contacts: [String]
  var sections: [Section]

  init(_ resume: Resume) {
    let basics = resume.basics
    name = basics?.name
    headline = basics?.label
    contacts = Self.contacts(basics)
    var sections: [Section] = []
    if let summary = basics?.summary, !summary.isEmpty {
      sections.append(Section(title: "Summary", entries: [Entry(text: summary)]))
    }
    sections.append(Section(title: "Experience", entries: resume.work.map(Self.entry)))
    sections.append(Section(title: "Projects", entries: resume.projects.map(Self.entry)))
    sections.append(Section(title: "Education", entries: resume.education.map(Self.entry)))
    sections.append(Section(title: "Skills", entries: Self.entries(resume.skills)))
    sections.append(Section(title: "Certificates", entries: resume.certificates.map(Self.entry)))
    sections.append(Section(title: "Volunteering", entries: resume.volunteer.map(Self.entry)))
    sections.append(Section(title: "Awards", entries: resume.awards.map(Self.entry)))
    sections.append(Section(title: "Publications", entries: resume.publications.map(Self.entry)))
    sections.append(Section(title: "Languages", entries: resume.languages.map(Self.entry)))
    self.sections = sections.filter { !$0.entries.isEmpty }
  }

  private static func contacts(_ basics: Resume.Basics?) -> [String] {
    guard let basics else { return [] }
    let place = basics.location.map { location in
      [location.city, location.region, location.countryCode].compactMap { $0 }
        .filter { !$0.isEmpty }.joined(separator: ", ")
    }
    let profiles = (basics.profiles ?? []).compactMap { $0.url ?? $0.username }
    return ([basics.email, basics.phone, basics.url, place] + profiles).compactMap { $0 }
      .filter { !$0.isEmpty }
  }

  static func joined(_ parts: String?..., separator: String) -> String? {
    let kept = parts.compactMap { $0 }.filter { !$0.isEmpty }
    return kept.isEmpty ? nil : kept.joined(separator: separator)
  }

  /// Dates as a person writes them on a resume: "May 2021 – Present", "2019 – 2021", and
  /// "2019" for a degree given only its year of graduation.
  static func dates(_ start: String?, _ end: String?) -> String? {
    let start = start.flatMap { $0.isEmpty ? nil : written($0) }
    let end = end.flatMap { $0.isEmpty ? nil : written($0) }
    switch (start, end) {
    case (nil, nil): return nil
    case (let start?, nil): return "\(start) – Present"
    case (nil, let end?): return end
    case (let start?, let end?): return start == end ? start : "\(start) – \(end)"
    }
  }

  /// "2021-05" → "May 2021", "2021-05-14" → "May 2021", "2019" → "2019".
  private static func written(_ iso: String) -> String {
    let parts = iso.split(separator: "-")
    guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else {
      return iso
    }
    return "\(LetterDate.months[month - 1].prefix(3)) \(parts[0])"
  }

  private static func entry(_ work: Resume.Work) -> Entry {
    Entry(
      title: work.isBreak
        ? work.description
        : joined(work.position, aside(work.description, after: work.name), separator: " — "),
      detail: joined(work.location, dates(work.startDate, work.endDate), separator: " · "),
      text: work.summary, bullets: work.highlights ?? [])
  }

  /// "Open Transit Lab (volunteer)": the employer with the aside its heading wrote.
  private static func aside(_ description: String?, after name: String?) -> String? {
    guard let name, let description, !description.isEmpty else { return name }
    return "\(name) (\(description))"
  }

  private static func entry(_ project: Resume.Project) -> Entry {
    Entry(
      title: project.name, detail: dates(project.startDate, project.endDate),
      text: project.description, bullets: project.highlights ?? [])
  }

  private static func entry(_ item: Resume.Education) -> Entry {
    Entry(
      title: joined(
        joined(item.studyType, item.area, separator: Self.fieldJoin(item.studyType)),
        item.institution,
        separator: " — "),
      detail: joined(
        dates(item.startDate, item.endDate), item.score.map(Self.grade), separator: " · "),
      text: item.courses.map { $0.joined(separator: ", ") })
  }

  /// A score as a reader knows it: the bare number a text resume's "GPA: 3.8" leaves is a
  /// grade point average on a scale up to 10 ("GPA 3.8", "GPA 9.1/10"); a percentage or a
  /// score with its own words stays as written.
  private static func grade(_ score: String) -> String {
    let number = score.prefix { $0.isNumber || $0 == "." }
    guard let value = Double(number), value <= 10, !score.contains("%"),
      score.dropFirst(number.count).allSatisfy({ $0.isNumber || "./ ".contains($0) })
    else { return score }
    return "GPA \(score)"
  }

  /// The words between a degree and its field: "Doctor of Physical Therapy" for a degree
  /// named by its level alone, "B.S. in Biology" otherwise.
  private static func fieldJoin(_ studyType: String?) -> String {
    let levels: Set<String> = ["associate", "bachelor", "master", "doctor"]
    return levels.contains(studyType?.lowercased() ?? "") ? " of " : " in "
  }

  /// A skill with keywords on its own line ("Cloud: AWS, Terraform"); skills that are only
  /// a name share one line in their order ("Go, PostgreSQL, Kafka"), placed where the first
  /// of them stands. A skill's level follows its name in brackets, as resumes write it
  /// ("Python (basic)").
  private static func entries(_ skills: [Resume.Skill]) -> [Entry] {
    var entries: [Entry] = []
    var bare: [String] = []
    var bareIndex: Int?
    for skill in skills {
      let keywords = (skill.keywords ?? []).filter { !$0.isEmpty }
      if keywords.isEmpty {
        guard let name = leveled(skill) else { continue }
        if bareIndex == nil { bareIndex = entries.count }
        bare.append(name)
      } else {
        entries.append(Entry(title: leveled(skill), text: keywords.joined(separator: ", ")))
      }
    }
    if let bareIndex { entries.insert(Entry(text: bare.joined(separator: ", ")), at: bareIndex) }
    return entries
  }

  /// The skill's name with its level in brackets when it has one; nil without a name.
  private static func leveled(_ skill: Resume.Skill) -> String? {
    guard let name = skill.name, !name.isEmpty else { return nil }
    guard let level = skill.level, !level.isEmpty else { return name }
    return "\(name) (\(level))"
  }

  private static func entry(_ item: Resume.Certificate) -> Entry {
    Entry(title: joined(item.name, item.issuer, separator: " — "), detail: item.date)
  }

  private static func entry(_ item: Resume.Volunteer) -> Entry {
    Entry(
      title: joined(item.position, item.organization, separator: " — "),
      detail: dates(item.startDate, item.endDate), text: item.summary,
      bullets: item.highlights ?? [])
  }

  private static func entry(_ item: Resume.Award) -> Entry {
    Entry(
      title: joined(item.title, item.awarder, separator: " — "), detail: item.date,
      text: item.summary)
  }

  private static func entry(_ item: Resume.Publication) -> Entry {
    Entry(
      title: joined(item.name, item.publisher, separator: " — "), detail: item.releaseDate,
      text: item.summary)
  }

  private static func entry(_ item: Resume.Language) -> Entry {
    Entry(title: joined(item.language, item.fluency, separator: " — "))
  }
}
