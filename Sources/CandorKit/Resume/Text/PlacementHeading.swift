/// The heading of a supervised placement a student lists as experience: a clinical
/// rotation, a practicum, a preceptorship, student teaching. "Medical-Surgical, ProMedica
/// Toledo Hospital — 120 hours" names the unit, the site and the hours, not a job title:
/// the unit and the kind of placement make the title, the site the employer.
enum PlacementHeading {
  /// "clinical rotation" for "CLINICAL ROTATIONS", "practicum" for "Practicum Experience":
  /// the kind of placement a work section's heading names, nil for other headings.
  static func placement(inHeading title: String) -> String? {
    let words = RoleWords.folded(title)
    if let student = words.firstIndex(of: "student"),
      words.dropFirst(student + 1).first == "teaching"
    {
      return "student teaching"
    }
    for (index, word) in words.enumerated() {
      guard let noun = placementNouns[word] else { continue }
      let qualifier = index > 0 && ["clinical", "field"].contains(words[index - 1])
      return qualifier ? words[index - 1] + " " + noun : noun
    }
    return nil
  }

  /// Fills the entry's employer, title, place and hours from its heading pieces.
  static func assign(
    _ pieces: [EntryFields.Piece], placement: String, to entry: inout ParsedEntry
  ) {
    var rest: [String] = []
    for piece in pieces.map(\.text) {
      if isHours(piece) {
        entry.description = entry.description ?? piece
      } else if entry.location == nil, LocationParser.isPlace(piece) {
        entry.location = piece
      } else {
        rest.append(piece)
      }
    }
    let site =
      rest.firstIndex { RoleWords.isOrganization($0) || RoleWords.isSchool($0) }
      ?? (rest.count >= 2 ? rest.count - 1 : nil)
    if let site { entry.organization = entry.organization ?? rest.remove(at: site) }
    let unit = rest.joined(separator: ", ")
    let namesPlacement = RoleWords.folded(unit).contains {
      placementNouns[$0] != nil || $0 == "teaching"
    }
    let title =
      unit.isEmpty
      ? placement.prefix(1).uppercased() + placement.dropFirst()
      : namesPlacement ? unit : unit + " " + placement
    entry.title = entry.title ?? title
  }

  /// "120 hours", "144 clinical hours": how long the placement ran.
  private static func isHours(_ piece: String) -> Bool {
    guard piece.first?.isNumber == true else { return false }
    return RoleWords.folded(piece).last.map { $0 == "hours" || $0 == "hrs" } == true
  }

  private static let placementNouns: [String: String] = [
    "rotation": "rotation", "rotations": "rotation", "practicum": "practicum",
    "practicums": "practicum", "practica": "practicum", "preceptorship": "preceptorship",
    "preceptorships": "preceptorship", "clerkship": "clerkship", "clerkships": "clerkship",
    "externship": "externship", "externships": "externship", "placement": "placement",
    "placements": "placement",
  ]
}
