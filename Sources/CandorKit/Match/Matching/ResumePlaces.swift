/// The places of a resume, section by section, each with its line in the source file when
/// the text can be found there.
enum ResumePlaces {
  static func document(_ resume: Resume, source: String?) -> MatchDocument {
    var list = PlaceList(locator: SourceLocator(source ?? ""))
    list.add(resume.basics?.label, .headline, "Headline", "basics.label")
    list.add(resume.basics?.summary, .summary, "Summary", "basics.summary")
    for (index, work) in resume.work.enumerated() {
      list.addEntry(
        "work[\(index)]", section: "Experience", name: work.name, position: work.position,
        summary: work.summary, highlights: work.highlights)
    }
    for (index, project) in resume.projects.enumerated() {
      let path = "projects[\(index)]"
      let section = "Projects" + (project.name.map { ": \($0)" } ?? "")
      list.add(project.description, .project, section, path + ".description")
      for (number, highlight) in (project.highlights ?? []).enumerated() {
        list.add(highlight, .project, section, path + ".highlights[\(number)]")
      }
      list.add(project.keywords?.joined(separator: ", "), .skills, section, path + ".keywords")
    }
    for (index, work) in resume.volunteer.enumerated() {
      list.addEntry(
        "volunteer[\(index)]", section: "Volunteering", name: work.organization,
        position: work.position, summary: work.summary, highlights: work.highlights)
    }
    list.addCredentials(resume)
    let postNominals = PostNominals.credentials(after: resume.basics?.name, in: source)
    list.add(postNominals, .certificate, "Name", "basics.name")
    return MatchDocument(kind: .resume, places: list.places)
  }
}

/// Places gathered in reading order.
private struct PlaceList {
  var locator: SourceLocator
  var places: [MatchPlace] = []

  /// A place for `text` unless it is blank; `degree` marks an education entry's degree.
  mutating func add(
    _ text: String?, _ part: MatchPlace.Part, _ section: String, _ path: String,
    degree: (studyType: String?, area: String?, institution: String?)? = nil
  ) {
    guard let text, !text.trimmingSpaces().isEmpty else { return }
    var place = MatchPlace(
      text, part: part, section: section, path: path, line: locator.line(of: text))
    place.degree = degree
    places.append(place)
  }

  /// A role or volunteer entry: its title, summary and highlights.
  mutating func addEntry(
    _ path: String, section: String, name: String?, position: String?, summary: String?,
    highlights: [String]?
  ) {
    let section = section + (name.map { ": \($0)" } ?? "")
    add(position, .role, section, path + ".position")
    add(summary, .highlight, section, path + ".summary")
    for (number, highlight) in (highlights ?? []).enumerated() {
      add(highlight, .highlight, section, path + ".highlights[\(number)]")
    }
  }

  /// Skills, education, certificates, awards, publications and languages.
  mutating func addCredentials(_ resume: Resume) {
    for (index, skill) in resume.skills.enumerated() {
      add(skill.name, .skills, "Skills", "skills[\(index)].name")
      add(skill.keywords?.joined(separator: ", "), .skills, "Skills", "skills[\(index)].keywords")
    }
    for (index, item) in resume.education.enumerated() {
      let degree = [item.studyType, item.area].compactMap { $0 }.joined(separator: " in ")
      add(
        degree, .education, "Education", "education[\(index)]",
        degree: (item.studyType, item.area, item.institution))
      add(
        item.courses?.joined(separator: ", "), .education, "Education",
        "education[\(index)].courses")
    }
    for (index, item) in resume.certificates.enumerated() {
      add(item.name, .certificate, "Certificates", "certificates[\(index)].name")
    }
    for (index, item) in resume.awards.enumerated() {
      add(item.title, .other, "Awards", "awards[\(index)].title")
      add(item.summary, .other, "Awards", "awards[\(index)].summary")
    }
    for (index, item) in resume.publications.enumerated() {
      add(item.name, .other, "Publications", "publications[\(index)].name")
    }
    for (index, item) in resume.languages.enumerated() {
      add(item.language, .skills, "Languages", "languages[\(index)].language")
    }
  }
}

/// Finds the line of the source file where a piece of text appears, looking forward from
/// the last place found so repeated text gets its own line.
struct SourceLocator {
  private let lines: [String]
  private var next = 0

  init(_ source: String) {
    lines = source.split(separator: "\n", omittingEmptySubsequences: false).map {
      Self.squeezed(String($0))
    }
  }

  mutating func line(of text: String) -> Int? {
    let probe = String(Self.squeezed(text).prefix(40))
    guard probe.count >= 2, !lines.isEmpty else { return nil }
    let order = Array(next..<lines.count) + Array(0..<min(next, lines.count))
    guard let found = order.first(where: { lines[$0].contains(probe) }) else { return nil }
    next = found
    return found + 1
  }

  /// Text with runs of whitespace as one space, for comparing a line with a value.
  static func squeezed(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
