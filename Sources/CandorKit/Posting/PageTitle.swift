/// Reads the title a browser prints at the top of each page of a saved web page, or shows
/// on an HTML page's tab: "Title en Company - Section - Site", "Title – Company",
/// "COMPANY: Convocatoria para Title en Place", "company jobs".
struct PageTitle: Equatable {
  var title: String?
  var company: String?
  var location: String?

  init(_ text: String) {
    if let groups = Self.callPattern.groups(in: text) {
      company = groups[1].trimmedValue
      title = groups[2].trimmedValue
      location = groups[3].isEmpty ? nil : groups[3].trimmedValue
      return
    }
    if let groups = Self.jobsPattern.groups(in: text) {
      company = groups[1].trimmedValue
      return
    }
    var parts = Self.separators.reduce([text]) { parts, mark in
      parts.flatMap { $0.components(separatedBy: mark) }
    }
    // The site's name ends the title: any third part, or a job board's name.
    if parts.count >= 3 || parts.count == 2 && Self.isJobSite(parts[1]) { parts.removeLast() }
    let head = TitleCleaner.removeRequisition(parts.first ?? text)
    if let groups = Self.atPattern.groups(in: head), PostingRoleWords.isTitleLike(groups[1]) {
      title = groups[1].trimmedValue
      company = groups[2].trimmedValue
    } else if PostingRoleWords.isTitleLike(head) {
      title = head.trimmedValue
      company = parts.count >= 2 ? parts[1].trimmedValue : nil
    } else if parts.count == 2, PostingRoleWords.isTitleLike(parts[1]) {
      // "Harborview Credit Union – Bank Teller": the employer first.
      title = parts[1].trimmedValue
      company = head.trimmedValue
    }
  }

  /// "LinkedIn", "Indeed.com", "Jobs": a job board or a site's section, not an employer.
  private static func isJobSite(_ part: String) -> Bool {
    var name = part.trimmed.lowercased()
    for suffix in [".com", ".co.uk", ".io", ".org"] where name.hasSuffix(suffix) {
      name.removeLast(suffix.count)
    }
    return jobSites.contains(name)
  }

  private static let jobSites: Set<String> = [
    "linkedin", "indeed", "glassdoor", "ziprecruiter", "monster", "workable", "lever",
    "greenhouse", "simplyhired", "careerbuilder", "dice", "wellfound", "handshake", "usajobs",
    "workday", "smartrecruiters", "jobvite", "bamboohr", "icims", "jobs", "careers",
    "job details", "job description",
  ]

  /// What splits a tab's title into the role, the employer and the site.
  private static let separators = [" - ", " | ", " – ", " — ", " · "]

  private static let callPattern = Pattern(
    #"^(.{2,60}?):\s*(?:convocatoria|oferta|vacante)\s+(?:para|de)\s+(.+?)(?:\s+en\s+(.+))?$"#)
  private static let jobsPattern = Pattern(
    #"^(\S+(?:\s\S+){0,3})\s+(?:jobs|careers|career site|empleos|stellenangebote|emplois)$"#)
  private static let atPattern = Pattern(
    #"^(.+?)\s+(?:en|at|bei|chez|em|presso|@)\s+(\S.*)$"#)
}
