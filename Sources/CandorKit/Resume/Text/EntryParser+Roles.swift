import Foundation

extension EntryParser {
  /// Decides which heading piece is the employer, the title and the place.
  static func assign(_ pieces: [EntryFields.Piece], to entry: inout ParsedEntry) {
    var roles: [EntryFields.Role?] = pieces.map(\.role)
    markPlaces(pieces, &roles)
    if !roles.contains(.title) {
      let title =
        pieces.indices.first { roles[$0] == nil && RoleWords.isTitle(pieces[$0].text) }
        ?? pieces.indices.first { roles[$0] == nil && RoleWords.hasTitleWord(pieces[$0].text) }
      if let title {
        roles[title] = .title
      } else if entry.title == nil {
        markUnknownTitle(pieces, &roles)
      }
    }
    markTitleQualifier(pieces, &roles)
    if !roles.contains(.employer) {
      let employer =
        pieces.indices.first {
          roles[$0] == nil && RoleWords.isOrganization(pieces[$0].text)
        } ?? pieces.indices.first { roles[$0] == nil }
      if let employer { roles[employer] = .employer }
    }
    placeLeftovers(pieces, &roles)
    entry.organization = entry.organization ?? joined(pieces, roles, .employer)
    entry.title = entry.title ?? joined(pieces, roles, .title)
    entry.location = entry.location ?? joined(pieces, roles, .location)
    if let organization = entry.organization, let (name, aside) = splitAside(organization) {
      entry.organization = name
      entry.description = aside
    }
  }

  /// "Claims Wrangler, Keystone Casualty — Hartford, CT", "### PT Resident — St. Luke's":
  /// a heading line of two pieces besides its place, neither a title the readers know.
  /// A resume writes the role first on such a line, so the first is the title and the
  /// second the employer.
  /// A lone word after a comma may be a town the readers don't know, so it stays as it was.
  private static func markUnknownTitle(
    _ pieces: [EntryFields.Piece], _ roles: inout [EntryFields.Role?]
  ) {
    let open = pieces.indices.filter { roles[$0] == nil }
    guard open.count == 2, pieces[open[0]].line == pieces[open[1]].line,
      let strength = separatorStrength(pieces[open[1]].separator),
      strength >= 2 || pieces[open[1]].text.hasBytes(" ")
    else { return }
    // "Larkspur Media - Streaming": an organisation first is the employer and its division.
    guard !RoleWords.isOrganization(pieces[open[0]].text) else { return }
    roles[open[0]] = .title
    roles[open[1]] = .employer
  }

  /// "Warehouse Lead, Day Shift" / "Sagebrush Fulfillment", "Department Manager — Fresh
  /// Foods | Kroger": what follows the title qualifies it (a shift, a grade, a department)
  /// when a piece set off more strongly (another line, a pipe, after a comma a dash) can
  /// be the employer. In "Title, Employer, Leeds" the comma after the title is no weaker
  /// than the one after the employer, so the employer follows the title.
  private static func markTitleQualifier(
    _ pieces: [EntryFields.Piece], _ roles: inout [EntryFields.Role?]
  ) {
    guard !roles.contains(.employer), let title = roles.firstIndex(of: .title) else { return }
    let next = title + 1
    guard next < pieces.count, roles[next] == nil, pieces[next].line == pieces[title].line,
      let strength = separatorStrength(pieces[next].separator), strength <= 2,
      !RoleWords.isOrganization(pieces[next].text)
    else { return }
    let employerElsewhere = pieces.indices.contains { other in
      guard other != next, roles[other] == nil else { return false }
      // After a dash only a pipe on the same line sets the employer apart more strongly.
      guard pieces[other].line == pieces[title].line else { return strength == 1 }
      return separatorStrength(pieces[other].separator).map { $0 > strength } == true
    }
    if employerElsewhere { roles[next] = .title }
  }

  /// How strongly a separator sets pieces apart on a line: a comma 1, a spaced dash or a
  /// wide gap 2, a pipe 3; nil for a line's first piece or a worded join ("at", "as").
  private static func separatorStrength(_ separator: String?) -> Int? {
    switch separator {
    case ", ": 1
    case " — ", " – ", " - ", "  ", " · ", " • ": 2
    case " | ", "|": 3
    default: nil
    }
  }

  /// Marks places, taking the city before a state or country with it ("New Orleans, LA").
  private static func markPlaces(_ pieces: [EntryFields.Piece], _ roles: inout [EntryFields.Role?])
  {
    for index in pieces.indices where roles[index] == nil {
      let text = pieces[index].text
      guard LocationParser.isPlace(text), !isNameBeforePlace(index, pieces) else { continue }
      roles[index] = .location
      // "Lebanon, NH", "Jordan, MN": a country's name before a state is a town, which takes
      // no place before it.
      let next = index + 1
      let isTown =
        next < pieces.count && pieces[next].line == pieces[index].line
        && pieces[next].separator == ", " && LocationParser.isRegion(pieces[next].text)
      let isRegion =
        !isTown
        && (LocationParser.isRegion(text) || LocationParser.countryCode(for: text) != nil)
      let previous = index - 1
      if isRegion, previous >= 0, roles[previous] == nil || roles[previous] == .location,
        pieces[previous].line == pieces[index].line, pieces[index].separator == ", ",
        !RoleWords.isOrganization(pieces[previous].text), !RoleWords.isTitle(pieces[previous].text)
      {
        roles[previous] = .location
        if previous - 1 >= 0, roles[previous - 1] == nil, pieces[previous].separator == ", ",
          pieces[previous - 1].line == pieces[index].line,
          !RoleWords.isTitle(pieces[previous - 1].text), hasEmployerBefore(previous - 1, roles)
        {
          roles[previous - 1] = .location
        }
      }
    }
  }

  /// "Buckeye Fresh Foods DC, Groveport, OH": a name that ends on a state's code ("DC")
  /// names the employer when the town and its state follow it on the line.
  private static func isNameBeforePlace(_ index: Int, _ pieces: [EntryFields.Piece]) -> Bool {
    let piece = pieces[index]
    guard piece.text.hasBytes(" "), !piece.text.hasBytes(","), !LocationParser.isRegion(piece.text),
      LocationParser.countryCode(for: piece.text) == nil
    else { return false }
    return pieces[(index + 1)...].contains { next in
      next.line == piece.line && next.separator == ", " && LocationParser.isRegion(next.text)
    }
  }

  private static func hasEmployerBefore(_ index: Int, _ roles: [EntryFields.Role?]) -> Bool {
    roles[..<index].contains(.employer)
  }

  /// Pieces left over join the field beside them on their line ("Zillow Group -
  /// StreetEasy"); a short piece on a line of its own is the place ("Hyderabad").
  private static func placeLeftovers(
    _ pieces: [EntryFields.Piece], _ roles: inout [EntryFields.Role?]
  ) {
    for index in pieces.indices where roles[index] == nil {
      let piece = pieces[index]
      if isTrailingPlace(index, pieces, roles) {
        roles[index] = .location
        continue
      }
      let sameLine = pieces.indices.filter { pieces[$0].line == piece.line && $0 != index }
      if let neighbour = sameLine.last(where: { $0 < index && roles[$0] != nil })
        ?? sameLine.first(where: { roles[$0] != nil }),
        let role = roles[neighbour], role != .location
      {
        roles[index] = role
      } else if sameLine.isEmpty, !roles.contains(.location),
        piece.text.split(separator: " ").count <= 3
      {
        roles[index] = .location

      } else if !roles.contains(.title) {
        roles[index] = .title
      }
    }
  }

  /// "Senior Marketing Executive, Peak & Bothy Outfitters, Leeds": a short capitalised
  /// piece that ends a "Title, Employer, …" line, all set apart by commas, is the town.
  private static func isTrailingPlace(
    _ index: Int, _ pieces: [EntryFields.Piece], _ roles: [EntryFields.Role?]
  ) -> Bool {
    let piece = pieces[index]
    guard index >= 2, !roles.contains(.location), piece.separator == ", ",
      roles[index - 1] == .employer, roles[index - 2] == .title,
      pieces[index - 1].separator == ", ", pieces[index - 2].line == piece.line,
      index + 1 == pieces.count || pieces[index + 1].line != piece.line
    else { return false }
    let words = piece.text.split(separator: " ")
    return words.count <= 3 && words.allSatisfy { $0.first?.isUppercase == true }
      && !RoleWords.isOrganization(piece.text) && !RoleWords.hasTitleWord(piece.text)
  }

  private static func joined(
    _ pieces: [EntryFields.Piece], _ roles: [EntryFields.Role?], _ role: EntryFields.Role
  ) -> String? {
    var text = ""
    var lastLine = -1
    for (index, piece) in pieces.enumerated() where roles[index] == role {
      if text.isEmpty {
        text = piece.text
      } else {
        let separator = piece.line == lastLine ? (piece.separator ?? " ") : ", "
        switch separator {
        case "  ": text += " " + piece.text
        case ParenthesisedPlace.separator: text += " (" + piece.text + ")"
        default: text += separator + piece.text
        }
      }
      lastLine = piece.line
    }
    return text.isEmpty ? nil : text
  }

  /// "Freddie Mac (contract)" → ("Freddie Mac", "contract").
  private static func splitAside(_ name: String) -> (String, String)? {
    guard name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex else {
      return nil
    }
    let base = name[..<open].trimmingSpaces()
    let aside = name[name.index(after: open)..<name.index(before: name.endIndex)]
    guard !base.isEmpty, !aside.isEmpty else { return nil }
    return (base, String(aside))
  }
}
