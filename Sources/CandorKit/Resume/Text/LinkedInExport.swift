/// The text of a LinkedIn "Save to PDF" export, whose side column comes first: "Contact",
/// "Top Skills" and their items, then the person's name, headline and place, then
/// "Summary" and "Experience". The name block is moved to the top, where a resume's
/// header stands, so it is read as the name, label and location rather than as skills.
enum LinkedInExport {
  /// The lines with the name block first when they are such an export; else unchanged.
  static func reorder(_ lines: [ResumeLine]) -> [ResumeLine] {
    guard let first = lines.firstIndex(where: { !$0.isBlank }),
      lines[first].text.trimmingSpaces() == "Contact",
      let skills = lines.prefix(40).firstIndex(where: { sideHeadings.contains($0.text) }),
      let main = lines[skills...].firstIndex(where: { mainHeadings.contains($0.text) })
    else { return lines }
    // The name is the nearest line above the main column that reads as one, with only
    // the headline and place between them.
    for start in stride(from: main - 1, to: max(skills, main - 5), by: -1) {
      guard !lines[start].isBlank, NameFinder.isName(lines[start].text) else { continue }
      let block = Array(lines[start..<main])
      return block + [.blank(at: lines[start].line)] + lines[..<start] + lines[main...]
    }
    return lines
  }

  private static let sideHeadings: Set<String> = [
    "Top Skills", "Languages", "Certifications", "Honors-Awards", "Publications",
  ]
  private static let mainHeadings: Set<String> = ["Summary", "Experience"]
}
