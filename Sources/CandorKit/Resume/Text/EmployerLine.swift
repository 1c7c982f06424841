/// "Northgate Logistics, Memphis, TN" on a line of its own over the roles held there
/// ("Operations Supervisor, Southaven DC — 2023 to present", then "Warehouse Lead, …"):
/// an employer's heading. Every role under it, up to the next such line, was held there,
/// so each takes its name; a site the role line names stays the role's place.
struct EmployerLine: Sendable, Equatable {
  var name: String
  var place: String?

  /// The employer lines of a section, by index, blanked in `lines` so that no entry reads
  /// them as its heading or its description. `dated` are the indexes of the dated lines.
  /// A line counts when it opens a block (first in the section, or after a blank line or a
  /// list) and the next line dates a role that it names itself.
  static func take(from lines: inout [ResumeLine], dated: [Int]) -> [Int: EmployerLine] {
    let anchors = Set(dated)
    var found: [Int: EmployerLine] = [:]
    for index in lines.indices where !anchors.contains(index) {
      let next = index + 1
      guard next < lines.count, anchors.contains(next), RoleWords.hasTitleWord(lines[next].text),
        index == 0 || lines[index - 1].isBlank || lines[index - 1].kind == .bullet,
        LineShape.isHeaderLike(lines[index], next: lines[next]),
        DateParser.span(in: lines[index].text) == nil,
        let employer = read(lines[index].text)
      else { continue }
      found[index] = employer
      lines[index] = .blank(at: lines[index].line)
    }
    return found
  }

  /// Each entry under an employer line takes it: `starts` are the entries' first lines.
  static func govern(_ entries: [RawEntry], starts: [Int], _ employers: [Int: EmployerLine])
    -> [RawEntry]
  {
    guard !employers.isEmpty else { return entries }
    return zip(entries, starts).map { entry, start in
      var governed = entry
      let above = employers.keys.filter { $0 < start }.max()
      governed.employer = above.flatMap { employers[$0] }
      return governed
    }
  }

  /// "Northgate Logistics, Memphis, TN" → ("Northgate Logistics", "Memphis, TN"); a name
  /// alone only when a word shows it is an organisation ("Acme Freight Inc."). Nil for a
  /// title, a place, or anything else.
  static func read(_ text: String) -> EmployerLine? {
    let pieces = EntryFields.pieces(text).map(\.text)
    guard let name = pieces.first, name.first?.isUppercase == true,
      !name.contains(where: \.isNumber), name.split(separator: " ").count <= 6,
      !LocationParser.isPlace(name), !pieces.contains(where: RoleWords.hasTitleWord),
      !RoleWords.isSchool(name)
    else { return nil }
    let rest = pieces.dropFirst().joined(separator: ", ")
    if rest.isEmpty {
      return RoleWords.isOrganization(name) ? EmployerLine(name: name) : nil
    }
    return LocationParser.isPlace(rest) ? EmployerLine(name: name, place: rest) : nil
  }

  /// Gives a role the employer above it. A role naming an organisation of its own was held
  /// elsewhere and keeps it; any other piece read as the employer ("Southaven DC") is the
  /// role's site: its place, or more of its title when a place is already read.
  static func apply(_ employer: EmployerLine, to entry: inout ParsedEntry) {
    if let own = entry.organization {
      if RoleWords.isOrganization(own) { return }
      if entry.location == nil {
        entry.location = own
      } else {
        entry.title = entry.title.map { "\($0), \(own)" } ?? own
      }
    }
    entry.organization = employer.name
    entry.location = entry.location ?? employer.place
  }
}
