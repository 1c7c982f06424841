/// Maps any resume-like JSON onto the JSON Resume model: v1.0.0 names first, then the
/// pre-1.0 and foreign names people still use (`website`, `company`, `picture`,
/// `experience`, `gpa`, `fullName`, `from`/`to`, `duties`…). What it cannot place is
/// reported in the notes.
enum JSONResumeMapper {
  /// The resume and the notes about what was skipped.
  static func map(_ value: Any, name: String) throws(CandorError) -> (Resume, [String]) {
    guard let root = value as? [String: Any] else {
      throw .notAResume(
        path: name, reason: "the JSON is \(JSONFields.kind(of: value)), not a resume object")
    }
    if isPosting(root) {
      throw .notAResume(
        path: name,
        reason: "it looks like a job posting (the job schema's title with its description, "
          + "responsibilities or qualifications), not a resume; read it with `candor parse job`")
    }
    var fields = JSONFields(root, path: "")
    fields.ignore("$schema")
    var resume = Resume()
    if let basics = fields.object("basics") {
      resume.basics = mapOne(basics, path: "basics", fields: &fields, with: Self.basics)
    } else if fields.object["bio"] is [String: Any], let bio = fields.object("bio") {
      // JSON Resume before 0.0.8 named the basics "bio", with "firstName" and "lastName".
      resume.basics = mapOne(bio, path: "bio", fields: &fields, with: Self.basics)
    } else {
      resume.basics = rootBasics(&fields)
    }
    resume.work = section(
      &fields,
      [
        "work", "experience", "employment", "jobs", "workExperience", "positions",
        "employmentHistory", "workHistory", "professionalExperience",
      ], Self.work)
    resume.volunteer = section(
      &fields, ["volunteer", "volunteering", "volunteerExperiences", "volunteerExperience"],
      Self.volunteer)
    resume.education = section(&fields, ["education", "schools", "educations"], Self.education)
    resume.awards = section(
      &fields, ["awards", "honors", "achievements"], allowsNames: true, Self.award)
    resume.certificates = section(
      &fields, ["certificates", "certifications", "licenses"], allowsNames: true,
      Self.certificate)
    resume.publications = section(&fields, ["publications"], Self.publication)
    resume.skills = section(&fields, ["skills"], allowsNames: true, Self.skill)
    resume.languages = section(&fields, ["languages"], allowsNames: true, Self.language)
    resume.interests = section(&fields, ["interests", "hobbies"], allowsNames: true, Self.interest)
    resume.references = section(&fields, ["references"], Self.reference)
    resume.projects = section(&fields, ["projects"], Self.project)
    if let meta = fields.object("meta") {
      resume.meta = mapOne(meta, path: "meta", fields: &fields, with: Self.meta)
    }
    fields.noteUnknownKeys()
    return (resume, fields.notes)
  }

  /// The job schema's fields and none of a resume's sections.
  private static func isPosting(_ root: [String: Any]) -> Bool {
    root["title"] is String
      && ["description", "responsibilities", "qualifications"].contains { root[$0] != nil }
      && ["basics", "bio", "work", "education", "projects"].allSatisfy { root[$0] == nil }
  }

  /// Maps every object in a section's list, noting items that are not objects. Lists of
  /// names ("skills": ["SQL"]) are read where JSON Resume's objects are named by them.
  private static func section<T>(
    _ fields: inout JSONFields, _ keys: [String], allowsNames: Bool = false,
    _ transform: (inout JSONFields) -> T?
  ) -> [T] {
    var found: (key: String, items: [Any])?
    for key in keys where found == nil { found = fields.list(key) }
    guard var (key, items) = found else { return [] }
    // FRESH's "employment": {"history": […]} and LinkedIn's "positions": {"values": […]}
    // wrap the list in an object.
    if items.count == 1, let wrapper = items[0] as? [String: Any], wrapper.count <= 2,
      let inner = wrapperKeys.lazy.compactMap({ wrapper[$0] as? [Any] }).first
    {
      (key, items) = (key + "." + (wrapperKeys.first { wrapper[$0] != nil } ?? ""), inner)
    }
    var result: [T] = []
    for (offset, item) in items.enumerated() {
      let path = "\(key)[\(offset)]"
      let object: [String: Any]
      if let dictionary = item as? [String: Any] {
        object = dictionary
      } else if allowsNames, let text = item as? String {
        object = ["name": text]
      } else {
        fields.note("\(path): expected an object, found \(JSONFields.kind(of: item)); skipped")
        continue
      }
      if let value = mapOne(object, path: path, fields: &fields, with: transform) {
        result.append(value)
      }
    }
    return result
  }

  private static let wrapperKeys = ["history", "values", "sets", "items", "list", "entries"]

  private static func mapOne<T>(
    _ object: [String: Any], path: String, fields: inout JSONFields,
    with transform: (inout JSONFields) -> T?
  ) -> T? {
    var item = JSONFields(object, path: path)
    let value = transform(&item)
    item.noteUnknownKeys()
    for note in item.notes { fields.note(note) }
    return value
  }
}
