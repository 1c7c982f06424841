import Foundation

/// Reads an education section by filling each entry's slots — school, degree, dates,
/// score — line by line; a slot filled twice starts the next entry.
struct EducationParser {
  private(set) var entries: [(education: Resume.Education, line: Int)] = []
  private(set) var unplaced: [ResumeLine] = []
  /// Lines that name a credential rather than study ("Washington State forklift card,
  /// expires 2026"): certificates listed under a school.
  private(set) var credentials: [ResumeLine] = []

  static func parse(_ section: ResumeSection) -> EducationParser {
    var parser = EducationParser()
    for line in WrappedName.joined(section.lines)
    where !line.isBlank && !line.isDanglingBullet {
      parser.read(line)
    }
    if let span = section.headingSpan, !parser.entries.isEmpty,
      !hasDates(parser.entries[0].education)
    {
      parser.apply(span, to: 0)
    }
    parser.entries.removeAll { entry in
      entry.education.institution == nil && entry.education.studyType == nil
        && entry.education.area == nil
    }
    return parser
  }

  private var current: Resume.Education? { entries.last?.education }

  private mutating func read(_ line: ResumeLine) {
    if line.kind == .bullet, !entries.isEmpty, !looksLikeEntry(line.text) {
      entries[entries.count - 1].education.courses = (current?.courses ?? []) + [line.text]
      return
    }
    var text = Self.levelLabel.replacing(in: line.text, with: "")
    if text.hasSuffix(":") { return }
    if LocationParser.isPlace(text), DateParser.span(in: text) == nil,
      !Self.pieces(text).contains(where: { RoleWords.isSchool($0.text) })
    {
      if !entries.isEmpty, current?.location == nil {
        entries[entries.count - 1].education.location = text  // "Delhi, New Delhi, India"
      }
      return
    }
    let score = Self.score(in: &text)
    let year = Self.yearOfStudy(in: &text)
    let span = DateParser.span(in: text)
    if let span { text = EntryAnchors.remainder(of: text, without: span) }
    let pieces = Self.pieces(text)
    let schools = pieces.filter { Self.isSchool($0.text) }
    let degrees = pieces.filter { DegreeWords.isDegree($0.text) }
    if schools.isEmpty, degrees.isEmpty, !line.text.hasBytes(":"),
      CertificateText.namesCredential(line.text)
    {
      credentials.append(line)
      return
    }
    if let span, schools.isEmpty, degrees.isEmpty, current.map(Self.hasDates) == true,
      let undated = entries.lastIndex(where: { !Self.hasDates($0.education) })
    {
      apply(span, to: undated)  // dates a PDF printed away from their school
      return
    }
    if schools.isEmpty, degrees.isEmpty, let placed = PlacedSchoolLine.read(text) {
      addPlaced(placed, span: span, score: score, line: line)
      if let year { addYear(year) }
      return
    }
    if let current, conflicts(current, schools, degrees, span, score) {
      entries.append((Resume.Education(), line.line))
    }
    if entries.isEmpty { entries.append((Resume.Education(), line.line)) }
    var filled = fill(schools: schools, degrees: degrees, others: pieces, line: line)
    // "minor in Secondary Education": a piece the others leave out as noise.
    for minor in Self.rawPieces(text).compactMap({ Self.minor(in: $0.text) }) {
      let held = entries[entries.count - 1].education.minor
      entries[entries.count - 1].education.minor = held.map { $0 + ", " + minor } ?? minor
      filled = true
    }
    // "option in School Counseling": a concentration of the field, never a school.
    for focus in Self.rawPieces(text).compactMap({ Self.concentration(in: $0.text) }) {
      let area = entries[entries.count - 1].education.area
      entries[entries.count - 1].education.area = area.map { "\($0) (\(focus))" } ?? focus
      filled = true
    }
    if let span { apply(span, to: entries.count - 1) }
    if let score { entries[entries.count - 1].education.score = score }
    if let year { addYear(year) }
    guard !filled, span == nil, score == nil, year == nil else { return }
    if Self.isDetail(line.text) {
      // "1,920 hours of FAA Part 147 training": what the study held, kept with it.
      entries[entries.count - 1].education.courses = (current?.courses ?? []) + [line.text]
    } else {
      unplaced.append(line)
    }
  }

  private func conflicts(
    _ current: Resume.Education, _ schools: [EntryFields.Piece], _ degrees: [EntryFields.Piece],
    _ span: DateSpan?, _ score: String?
  ) -> Bool {
    (!schools.isEmpty && current.institution != nil)
      || (!degrees.isEmpty && current.studyType != nil)
      || (span != nil && Self.hasDates(current)) || (score != nil && current.score != nil)
  }

  /// True when a piece before a region can be its town ("Olympia" before "WA"): not the
  /// school, the degree or the field already read.
  private static func isTown(_ piece: String?, of education: Resume.Education) -> Bool {
    guard let piece else { return false }
    return !isSchool(piece) && !DegreeWords.isDegree(piece) && piece != education.area
      && piece != education.institution && !piece.contains(where: \.isNumber)
  }

  /// True when the school follows its degree, or the field named after it: "B.S.
  /// Information Systems, Oklahoma Plains University" and "B.A., Political Science, Ohio
  /// Dominican University" name the state as part of the school. A town there ("MBA,
  /// Coimbatore, Tamil Nadu Kovai Arts College") is no field, so the place stays glued.
  private static func followsDegree(_ school: EntryFields.Piece, in pieces: [EntryFields.Piece])
    -> Bool
  {
    guard let index = pieces.firstIndex(of: school), index > 0 else { return false }
    if DegreeWords.isDegree(pieces[index - 1].text) { return true }
    let between = pieces[index - 1]
    return index > 1 && DegreeWords.isDegree(pieces[index - 2].text)
      && fieldSeparators.contains(between.separator ?? "")
      && between.text.split(separator: " ").last.map {
        StudyFields.isHead($0.lowercased())
      } == true
  }

  /// Separators after which a piece after a degree is its field ("B.A., History").
  private static let fieldSeparators: Set<String> = [", ", " - ", " – ", " | "]

  /// Fills the current entry from a line's pieces; true when any piece found a slot.
  /// Gives the last entry the year of study and, when it has no field yet, the field.
  private mutating func addYear(_ year: (year: String, field: String?)) {
    entries[entries.count - 1].education.yearOfStudy = year.year
    if entries[entries.count - 1].education.area == nil {
      entries[entries.count - 1].education.area = year.field
    }
  }

  private mutating func fill(
    schools: [EntryFields.Piece], degrees: [EntryFields.Piece], others: [EntryFields.Piece],
    line: ResumeLine
  ) -> Bool {
    var education = entries[entries.count - 1].education
    let isNewLine = entries[entries.count - 1].line != line.line
    let hadDegree = education.studyType != nil
    let campus = schools.first.flatMap { school in
      others.firstIndex { $0.text == school.text }.flatMap { Self.campus(after: $0, in: others) }
    }
    if let school = schools.first { education.institution = school.text }
    if let degree = degrees.first {
      let (studyType, area) = DegreeWords.split(degree.text)
      education.studyType = studyType
      education.area = education.area ?? area
    }
    // Flattened exports glue the degree, field or place to the school's name; the place is
    // where the school is, with the town before it ("Chidambaram, Tamil Nadu SNS College").
    var gluedTown: Int?
    if let school = schools.first, let institution = education.institution {
      let afterCity = school.separator == ", " && !Self.followsDegree(school, in: others)
      if let glued = GluedSchoolName.unglued(
        institution, studyType: education.studyType, afterCity: afterCity)
      {
        education.institution = glued.school
        education.area = education.area ?? glued.area
        let before = (others.firstIndex { $0.text == school.text } ?? 0) - 1
        let town = afterCity && before >= 0 ? Self.town(ending: others[before].text) : nil
        if let town, town == others[before].text { gluedTown = before }
        education.location =
          education.location ?? glued.place.map { (town.map { $0 + ", " } ?? "") + $0 }
      }
    }
    if let campus, let institution = education.institution {
      education.institution = institution + ", " + campus.name
    }
    // "Inside Wireman Apprenticeship, IBEW Local 48": the union or sponsor that trains.
    // A line that names the school too ("Pre-Apprenticeship Certificate, Electrical Trades,
    // Tri-C") puts the field after the award, as any degree does.
    let isApprenticeship =
      schools.isEmpty && education.studyType?.lowercased().contains("apprentice") == true
    var filled = !schools.isEmpty || !degrees.isEmpty
    for (index, piece) in others.enumerated()
    where !Self.isSchool(piece.text) && !DegreeWords.isDegree(piece.text)
      && index != campus?.index && index != gluedTown
    {
      if LocationParser.isPlace(piece.text) {
        let town = index > 0 ? others[index - 1].text : nil
        let place = town.map { $0 + ", " + piece.text }.flatMap { place in
          Self.isTown(town, of: education) && LocationParser.isPlace(place) ? place : nil
        }
        education.location =
          education.location.map { $0 + ", " + piece.text }
          ?? place ?? piece.text
        continue
      }
      if RoleWords.isTitle(piece.text) { continue }
      let followsDegree =
        index > 0 && DegreeWords.isDegree(others[index - 1].text)
        && Self.fieldSeparators.contains(piece.separator ?? "")
      if education.area == nil, !isApprenticeship,
        followsDegree || Self.precedesBareDegree(index, in: others)
          || (isNewLine && hadDegree && others.count == 1 && Self.isFieldName(piece.text))
      {
        education.area = piece.text
      } else if followsDegree, education.institution != nil, piece.separator == ", ",
        let area = education.area, area == DegreeWords.split(others[index - 1].text).area,
        !piece.text.contains(where: \.isNumber), !DegreeWords.isQualifier(piece.text),
        !(index + 1 < others.count
          && LocationParser.isPlace(piece.text + ", " + others[index + 1].text))
      {
        // "B.A.S. in Applied Science, Information Technology": a concentration of the field.
        education.area = area + ", " + piece.text
      } else if education.institution == nil, education.studyType != nil, !isNewLine,
        piece.separator != "  "
      {
        education.institution = piece.text
      } else if education.area == nil, education.studyType == nil, education.institution != nil,
        isNewLine, others.count == 1, Self.isFieldName(piece.text)
      {
        education.area = piece.text  // "Universidad del Sur" / "Ingeniería Industrial"
      } else {
        continue
      }
      filled = true
    }
    entries[entries.count - 1].education = education
    return filled
  }

  /// A builder's "<field> <City>, <Region> <School>" line: always an entry of its own.
  private mutating func addPlaced(
    _ placed: (area: String?, school: String), span: DateSpan?, score: String?,
    line: ResumeLine
  ) {
    var education = Resume.Education()
    education.institution = placed.school
    education.area = placed.area
    education.score = score
    entries.append((education, line.line))
    if let span { apply(span, to: entries.count - 1) }
  }

  private mutating func apply(_ span: DateSpan, to index: Int) {
    guard entries.indices.contains(index) else { return }
    if span.isRange {
      entries[index].education.startDate = span.start?.iso
      entries[index].education.endDate = span.isCurrent ? nil : span.end?.iso
    } else {
      entries[index].education.endDate = span.start?.iso
    }
  }

  private func looksLikeEntry(_ text: String) -> Bool {
    RoleWords.isSchool(text) || DegreeWords.isDegree(text)
  }
}
