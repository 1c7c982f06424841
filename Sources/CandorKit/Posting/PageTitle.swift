/// Reads the title a browser prints at the top of each page of a saved web page:
/// "Title en Company - Section - Site", "COMPANY: Convocatoria para Title en Place",
/// "company jobs".
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
    var parts = text.components(separatedBy: " - ").flatMap { $0.components(separatedBy: " | ") }
    if parts.count >= 3 { parts.removeLast() }  // the site's name
    let head = TitleCleaner.removeRequisition(parts.first ?? text)
    if let groups = Self.atPattern.groups(in: head), PostingRoleWords.isTitleLike(groups[1]) {
      title = groups[1].trimmedValue
      company = groups[2].trimmedValue
    } else if PostingRoleWords.isTitleLike(head) {
      title = head.trimmedValue
      company = parts.count >= 2 ? parts[1].trimmedValue : nil
    }
  }

  private static let callPattern = Pattern(
    #"^(.{2,60}?):\s*(?:convocatoria|oferta|vacante)\s+(?:para|de)\s+(.+?)(?:\s+en\s+(.+))?$"#)
  private static let jobsPattern = Pattern(
    #"^(\S+(?:\s\S+){0,3})\s+(?:jobs|careers|career site|empleos|stellenangebote|emplois)$"#)
  private static let atPattern = Pattern(
    #"^(.+?)\s+(?:en|at|bei|chez|em|presso|@)\s+(\S.*)$"#)
}
