import Foundation

extension TextResumeReader {
  /// Reads a work section. One that names no employer, title or dates continues the
  /// section before it: more highlights after "Experience", or a table's "Experience"
  /// column mistaken for a heading.
  mutating func addWork(_ section: ResumeSection) {
    if EmployerName.isBreak(section.title) {
      addBreaks(section)
      return
    }
    let entries = parsedEntries(section)
    let isAnonymous =
      !entries.isEmpty
      && entries.allSatisfy { $0.organization == nil && $0.title == nil && $0.span == nil }
    if isAnonymous, Self.employer(inHeading: section.title) == nil, let previous = previousKind {
      if previous == .work, let last = draft.resume.work.indices.last {
        for entry in entries { appendHighlights(unlabelled(entry.highlights), toWork: last) }
        return
      }
      if previous != .work {
        var moved = section
        moved.kind = previous
        add(moved)
        return
      }
    }
    for entry in entries {
      if let index = detailedRole(entry) {
        appendHighlights(unlabelled(entry.highlights), toWork: index)
        continue
      }
      if Self.isDatedWork(entry) {
        addProject(entry)
        continue
      }
      var work = Resume.Work()
      work.name = (entry.organization ?? Self.employer(inHeading: section.title))
        .map(Self.spacedCommas).map(EmployerName.letterCased)
        .flatMap { EmployerName.isBreak($0) ? nil : $0 }
      work.position = entry.title
      work.location = entry.location
      work.description = entry.description
      if work.name == nil, let label = entry.organization, EmployerName.isBreak(label) {
        // "Career break (family caregiving)": time away keeps its label, as no employer.
        work.description = entry.description.map { "\(label) (\($0))" } ?? label
      }
      (work.startDate, work.endDate) = Self.dates(entry.span)
      let index = draft.resume.work.count
      if let periods = entry.span?.periods, !periods.isEmpty { draft.periods[index] = periods }
      if let months = entry.span?.months { draft.lengths[index] = months }
      if let summary = entry.summary {
        work.summary = summary.text
        draft.lines["work[\(index)].summary"] = summary.line
      }
      work.highlights = record(unlabelled(entry.highlights), path: "work[\(index)]")
      // "HR Coordinator" listed under "HR Generalist" at the same employer.
      if let previous = draft.resume.work.last, EmployerName.continues(work, after: previous) {
        work.name = previous.name
        work.location = work.location ?? previous.location
      }
      draft.resume.work.append(work)
    }
  }

  /// The role listed before whose details an undated heading gives: a table of roles, then
  /// "### Youth Services Librarian, Decatur Public Library" over that role's bullets.
  private func detailedRole(_ entry: ParsedEntry) -> Int? {
    guard entry.span == nil, entry.summary == nil, !entry.highlights.isEmpty,
      let title = entry.title?.lowercased(), let employer = entry.organization?.lowercased()
    else { return nil }
    return draft.resume.work.firstIndex {
      $0.position?.lowercased() == title && $0.name?.lowercased() == employer
        && $0.highlights == nil
    }
  }

  /// "### Design Certificate capstone" / "*2024*": a heading with one name and one date
  /// among roles is a piece of work done then, not a job, which names a title and an
  /// employer or a stretch of time.
  private static func isDatedWork(_ entry: ParsedEntry) -> Bool {
    guard let span = entry.span, !span.isRange, entry.location == nil else { return false }
    return (entry.organization == nil) != (entry.title == nil)
  }

  private mutating func addProject(_ entry: ParsedEntry) {
    var project = Resume.Project()
    project.name = entry.organization ?? entry.title
    (project.startDate, project.endDate) = Self.dates(entry.span)
    let path = "projects[\(draft.resume.projects.count)]"
    project.description = recordSummary(entry, at: path + ".description")
    project.highlights = record(entry.highlights, path: path)
    draft.resume.projects.append(project)
  }

  /// The entry's summary text, its line kept under `path`.
  private mutating func recordSummary(_ entry: ParsedEntry, at path: String) -> String? {
    guard let summary = entry.summary else { return nil }
    draft.lines[path] = summary.line
    return summary.text
  }

  mutating func addVolunteer(_ section: ResumeSection) {
    for entry in parsedEntries(section) {
      var volunteer = Resume.Volunteer()
      volunteer.organization = entry.organization
      volunteer.position = entry.title
      (volunteer.startDate, volunteer.endDate) = Self.dates(entry.span)
      let path = "volunteer[\(draft.resume.volunteer.count)]"
      volunteer.summary = recordSummary(entry, at: path + ".summary")
      volunteer.highlights = record(entry.highlights, path: path)
      draft.resume.volunteer.append(volunteer)
    }
  }

  mutating func addProjects(_ section: ResumeSection) {
    for raw in EntryGrouper.group(section, wrapWidth: wrapWidth, allowSingleDates: true) {
      let entry = EntryParser.parse(raw, wrapWidth: wrapWidth)
      guard !entry.isEmpty else { continue }
      var project = Resume.Project()
      project.name = raw.header.first.map { Self.projectName($0.text) } ?? entry.organization
      (project.startDate, project.endDate) = Self.dates(entry.span)
      let index = draft.resume.projects.count
      if let summary = entry.summary {
        project.description = summary.text
        draft.lines["projects[\(index)].description"] = summary.line
      }
      var highlights: [BodyItem] = []
      for item in entry.highlights {
        let (text, keywords) = Self.techStack(item.text)
        project.keywords = (project.keywords ?? []) + keywords
        if !text.isEmpty {
          highlights.append(BodyItem(text: text, line: item.line, isBullet: item.isBullet))
        }
      }
      project.highlights = record(highlights, path: "projects[\(index)]")
      if project.keywords?.isEmpty == true { project.keywords = nil }
      draft.resume.projects.append(project)
    }
  }

  private func parsedEntries(_ section: ResumeSection) -> [ParsedEntry] {
    let placement =
      section.kind == .work ? PlacementHeading.placement(inHeading: section.title) : nil
    return EntryGrouper.group(section, wrapWidth: wrapWidth).map {
      EntryParser.parse($0, wrapWidth: wrapWidth, placement: placement)
    }
    .filter { !$0.isEmpty }
  }

  mutating func record(_ items: [BodyItem], path: String) -> [String]? {
    for (offset, item) in items.enumerated() {
      draft.lines["\(path).highlights[\(offset)]"] = item.line
    }
    return items.isEmpty ? nil : items.map(\.text)
  }

  private mutating func appendHighlights(_ items: [BodyItem], toWork index: Int) {
    let start = draft.resume.work[index].highlights?.count ?? 0
    for (offset, item) in items.enumerated() {
      draft.lines["work[\(index)].highlights[\(start + offset)]"] = item.line
    }
    draft.resume.work[index].highlights =
      (draft.resume.work[index].highlights ?? []) + items.map(\.text)
  }

  /// ISO start and end; a single date is both; a current role has no end.
  static func dates(_ span: DateSpan?) -> (String?, String?) {
    guard let span, let start = span.start else { return (nil, nil) }
    if span.isCurrent || span.isOpen { return (start.iso, nil) }
    return (start.iso, (span.end ?? start).iso)
  }

  /// "Gym one ,Gym two,Hotel" → "Gym one, Gym two, Hotel": a list typed into a builder's
  /// field, spaced as written prose is; "1,200" keeps its comma.
  static func spacedCommas(_ text: String) -> String {
    guard text.hasBytes(",") else { return text }
    return text.replacing(/\s*,\s*(?=[^\d\s])/, with: ", ")
  }

  /// "Roles and responsibilities at HPC Ltd" → "HPC Ltd".
  static func employer(inHeading title: String) -> String? {
    guard let range = title.range(of: " at ", options: .caseInsensitive) else { return nil }
    let name = title[range.upperBound...].trimmingSpaces()
    return name.isEmpty ? nil : name
  }

  /// "Personal Project: Gotham Planner" → "Gotham Planner"; "Image Classifier: Link" →
  /// "Image Classifier".
  static func projectName(_ text: String) -> String {
    var name = EntryFields.clean(text)
    if let colon = name.firstIndex(of: ":"),
      name[..<colon].lowercased().contains("project")
    {
      name = name[name.index(after: colon)...].trimmingSpaces()
    }
    return name
  }

  /// "… Tech Stack: Python, Pytorch" → the text before and the listed technologies.
  static func techStack(_ text: String) -> (String, [String]) {
    guard text.hasBytes(":") else { return (text, []) }  // every label ends with one
    for label in ["Tech Stack:", "Technologies:", "Tech:", "Stack:", "Built with:", "Tools:"] {
      guard let range = text.range(of: label, options: .caseInsensitive) else { continue }
      let before = text[..<range.lowerBound].trimming(charactersIn: " .-")
      return (
        before.isEmpty ? "" : before + ".", SkillsParser.items(String(text[range.upperBound...]))
      )
    }
    return (text, [])
  }
}
