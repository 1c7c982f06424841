extension OutlineWriter {
  /// The roles; one dated only by its length (`lengths`) shows it ("2 years, no dates").
  mutating func work(_ work: [Resume.Work], lengths: [WorkLength] = []) {
    let months = Dictionary(lengths.map { ($0.work, $0.months) }, uniquingKeysWith: max)
    section("work", Array(zip(work.indices, work))) { out, item in
      let (index, work) = item
      out.entry(
        [
          ("employer", work.name), ("title", work.position), ("location", work.location),
          (
            "dates",
            ResumeOutline.dates(work.startDate, work.endDate)
              ?? months[index].map { ResumeOutline.length($0) + ", no dates" }
          ),
          ("description", work.description), ("summary", work.summary),
        ])
      out.highlights(work.highlights, path: out.path)
    }
  }

  mutating func volunteer(_ volunteer: [Resume.Volunteer]) {
    section("volunteer", volunteer) { out, entry in
      out.entry(
        [
          ("organization", entry.organization), ("position", entry.position),
          ("dates", ResumeOutline.dates(entry.startDate, entry.endDate)),
          ("summary", entry.summary),
        ])
      out.highlights(entry.highlights, path: out.path)
    }
  }

  mutating func education(_ education: [Resume.Education]) {
    section("education", education) { out, entry in
      out.entry(
        [
          ("institution", entry.institution), ("studyType", entry.studyType),
          ("area", entry.area), ("minor", entry.minor), ("year of study", entry.yearOfStudy),
          ("location", entry.location),
          ("dates", ResumeOutline.dates(entry.startDate, entry.endDate)), ("score", entry.score),
        ])
      out.list("courses", entry.courses)
    }
  }

  mutating func projects(_ projects: [Resume.Project]) {
    section("projects", projects) { out, project in
      out.entry(
        [
          ("name", project.name),
          ("dates", ResumeOutline.dates(project.startDate, project.endDate)),
          ("description", project.description),
          ("keywords", project.keywords?.joined(separator: ", ")),
        ])
      out.highlights(project.highlights, path: out.path)
    }
  }
}
