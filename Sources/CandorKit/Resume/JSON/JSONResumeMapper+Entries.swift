import Foundation

extension JSONResumeMapper {
  static func work(_ fields: inout JSONFields) -> Resume.Work? {
    var work = Resume.Work()
    work.name = tidy(
      fields.string("name", "company", "employer", "organization", "companyName", "organisation"))
    work.position = tidy(fields.string("position", "title", "role", "jobTitle"))
    work.location = tidy(fields.string("location", "locationName"))
    work.description = fields.string("description")
    work.url = fields.string("url", "website")
    work.startDate = fields.date(startKeys).iso
    work.endDate = fields.date(endKeys).iso
    // "dates": "2017 – 2023" in one field.
    if work.startDate == nil, let text = fields.string("dates", "period"),
      let span = DateParser.span(in: text)
    {
      work.startDate = span.start?.iso
      work.endDate = span.isCurrent ? nil : span.end?.iso
    }
    if work.startDate == nil, let (start, end) = period(&fields) {
      (work.startDate, work.endDate) = (start, end)
    }
    work.summary = fields.string("summary")
    work.highlights = fields.strings(highlightKeys, split: SummaryBullets.lines)
    (work.summary, work.highlights) = liftBullets(work.summary, work.highlights)
    // LinkedIn's "description" tells what the person did, not what the employer is.
    if work.highlights == nil, let deeds = work.description.flatMap(SummaryBullets.deeds) {
      (work.description, work.highlights) = (nil, deeds)
    }
    // An object that names no employer, role or deed is not a job.
    guard
      work.name != nil || work.position != nil || work.summary != nil
        || work.highlights != nil || work.description != nil
    else { return nil }
    return work
  }

  static func volunteer(_ fields: inout JSONFields) -> Resume.Volunteer? {
    var volunteer = Resume.Volunteer()
    volunteer.organization = tidy(
      fields.string("organization", "name", "company", "companyName", "organizationName"))
    volunteer.position = tidy(fields.string("position", "title", "role"))
    volunteer.url = fields.string("url", "website")
    volunteer.startDate = fields.date(startKeys).iso
    volunteer.endDate = fields.date(endKeys).iso
    volunteer.summary = fields.string("summary")
    volunteer.highlights = fields.strings(highlightKeys, split: SummaryBullets.lines)
    (volunteer.summary, volunteer.highlights) = liftBullets(
      volunteer.summary, volunteer.highlights)
    return volunteer
  }

  static func education(_ fields: inout JSONFields) -> Resume.Education? {
    var education = Resume.Education()
    education.institution = tidy(
      fields.string("institution", "school", "university", "name", "schoolName"))
    education.url = fields.string("url", "website")
    education.area = tidy(fields.string("area", "major", "field", "fieldOfStudy"))
    education.location = tidy(fields.string("location"))
    education.minor = tidy(fields.string("minor"))
    education.yearOfStudy = tidy(fields.string("yearOfStudy"))
    education.studyType = tidy(fields.string("studyType", "degree", "degreeName"))
    education.startDate = fields.date("startDate", "start").iso
    education.endDate = fields.date("endDate", "end", "graduationDate").iso
    if education.startDate == nil, education.endDate == nil, let (start, end) = period(&fields) {
      (education.startDate, education.endDate) = (start, end)
    }
    education.score = tidy(fields.string("score", "gpa", "grade"))
    education.courses = fields.strings("courses", split: SummaryBullets.lines)
    return education
  }

  static func project(_ fields: inout JSONFields) -> Resume.Project? {
    var project = Resume.Project()
    project.name = tidy(fields.string("name", "title"))
    project.description = fields.string("description", "summary")
    project.highlights = fields.strings("highlights", split: SummaryBullets.lines)
    project.keywords = fields.strings("keywords", "technologies", split: SummaryBullets.commaList)
    project.startDate = fields.date("startDate", "start").iso
    project.endDate = fields.date("endDate", "end").iso
    project.url = fields.string("url", "website")
    project.roles = fields.strings("roles", split: SummaryBullets.commaList)
    project.entity = fields.string("entity")
    project.type = fields.string("type")
    return project
  }

  /// The names a role's start, end and list of achievements go by.
  /// LinkedIn's "timePeriod": {"startDate": {"year": 2021, "month": 6}, "endDate": …}: an
  /// entry's dates in an object of their own; nil when there is none.
  private static func period(_ fields: inout JSONFields) -> (String?, String?)? {
    guard fields.object["timePeriod"] is [String: Any], let object = fields.object("timePeriod")
    else { return nil }
    var nested = JSONFields(object, path: fields.fieldPath("timePeriod"))
    let dates = (nested.date(startKeys).iso, nested.date(endKeys).iso)
    nested.noteUnknownKeys()
    for note in nested.notes { fields.note(note) }
    return dates
  }

  private static let startKeys = ["startDate", "start", "from", "dateFrom", "started"]
  private static let endKeys = ["endDate", "end", "to", "until", "dateTo", "ended"]
  private static let highlightKeys = [
    "highlights", "bullets", "responsibilities", "duties", "achievements", "accomplishments",
    "tasks",
  ]

  /// Moves "\n- " pseudo-bullets out of a summary into the highlights they are.
  private static func liftBullets(
    _ summary: String?, _ highlights: [String]?
  ) -> (String?, [String]?) {
    guard highlights?.isEmpty ?? true, let summary,
      let (intro, items) = SummaryBullets.split(summary)
    else { return (summary, highlights) }
    return (intro, items)
  }

  /// Trims the stray separators exports leave at the ends of short fields ("| IT").
  static func tidy(_ text: String?) -> String? {
    guard let text else { return nil }
    let trimmed = text.trimming(charactersIn: " |,;-–—·•\t\n")
    return trimmed.isEmpty ? nil : trimmed
  }
}
