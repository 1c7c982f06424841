/// Turns every statement of a resume into ``Evidence`` a letter can cite: work, volunteer
/// and project highlights, summaries, awards, certificates, publications and courses,
/// each with its path, line, metrics and skills.
struct EvidenceBuilder {
  var scan: LexiconMemo
  let lines: [String: Int]
  private(set) var evidence: [Evidence] = []

  static func build(_ resume: Resume, lines: [String: Int], scan: inout LexiconMemo)
    -> [Evidence]
  {
    var builder = EvidenceBuilder(scan: scan, lines: lines)
    defer { scan = builder.scan }
    builder.addBasics(resume.basics)
    builder.addWork(resume.work)
    builder.addVolunteer(resume.volunteer)
    builder.addProjects(resume.projects)
    builder.addEducation(resume.education)
    builder.addLists(resume)
    return builder.evidence
  }

  /// Context shared by the statements of one entry.
  struct Context {
    var source: Evidence.Source
    var organization: String?
    var role: String?
    var startDate: String?
    var endDate: String?

    var isCurrent: Bool { startDate != nil && endDate == nil }
  }

  mutating func add(_ text: String?, path: String, _ context: Context) {
    guard let text, !text.isEmpty else { return }
    let skills = scan.matches(in: text).filter { !ResumeSkills.isPending($0, in: text) }
      .map(\.term).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    evidence.append(
      Evidence(
        text: text, path: path, source: context.source, line: lines[path],
        metrics: QuantityExtractor.quantities(in: text), skills: skills,
        organization: context.organization, role: context.role,
        endDate: context.isCurrent ? nil : context.endDate, isCurrent: context.isCurrent))
  }

  private mutating func addBasics(_ basics: Resume.Basics?) {
    guard let summary = basics?.summary else { return }
    let context = Context(source: .summary)
    for sentence in Sentences.split(summary) {
      add(sentence.text, path: "basics.summary", context)
    }
  }

  private mutating func addWork(_ work: [Resume.Work]) {
    for (index, entry) in work.enumerated() {
      let context = Context(
        source: .work, organization: entry.name, role: entry.position,
        startDate: entry.startDate, endDate: entry.endDate)
      add(entry.summary, path: "work[\(index)].summary", context)
      for (offset, text) in (entry.highlights ?? []).enumerated() {
        add(text, path: "work[\(index)].highlights[\(offset)]", context)
      }
    }
  }

  private mutating func addVolunteer(_ volunteer: [Resume.Volunteer]) {
    for (index, entry) in volunteer.enumerated() {
      let context = Context(
        source: .volunteer, organization: entry.organization, role: entry.position,
        startDate: entry.startDate, endDate: entry.endDate)
      add(entry.summary, path: "volunteer[\(index)].summary", context)
      for (offset, text) in (entry.highlights ?? []).enumerated() {
        add(text, path: "volunteer[\(index)].highlights[\(offset)]", context)
      }
    }
  }

  private mutating func addProjects(_ projects: [Resume.Project]) {
    for (index, project) in projects.enumerated() {
      let context = Context(
        source: .project, organization: project.entity ?? project.name,
        role: project.roles?.joined(separator: ", "), startDate: project.startDate,
        endDate: project.endDate)
      add(project.description, path: "projects[\(index)].description", context)
      for (offset, text) in (project.highlights ?? []).enumerated() {
        add(text, path: "projects[\(index)].highlights[\(offset)]", context)
      }
    }
  }

  /// Courses written as statements ("Built a search engine in Python") are evidence;
  /// course codes and names are not.
  private mutating func addEducation(_ education: [Resume.Education]) {
    for (index, entry) in education.enumerated() {
      let context = Context(
        source: .education, organization: entry.institution, role: entry.studyType,
        startDate: entry.startDate, endDate: entry.endDate ?? entry.startDate)
      for (offset, course) in (entry.courses ?? []).enumerated()
      where course.split(separator: " ").count >= 5 {
        add(course, path: "education[\(index)].courses[\(offset)]", context)
      }
    }
  }

  private mutating func addLists(_ resume: Resume) {
    for (index, award) in resume.awards.enumerated() {
      let context = Context(
        source: .award, organization: award.awarder, startDate: award.date, endDate: award.date)
      add(award.title, path: "awards[\(index)].title", context)
      add(award.summary, path: "awards[\(index)].summary", context)
    }
    for (index, certificate) in resume.certificates.enumerated() {
      let context = Context(
        source: .certificate, organization: certificate.issuer, startDate: certificate.date,
        endDate: certificate.date)
      add(certificate.name, path: "certificates[\(index)].name", context)
    }
    for (index, publication) in resume.publications.enumerated() {
      let context = Context(
        source: .publication, organization: publication.publisher,
        startDate: publication.releaseDate, endDate: publication.releaseDate)
      add(publication.name, path: "publications[\(index)].name", context)
      add(publication.summary, path: "publications[\(index)].summary", context)
    }
  }
}
