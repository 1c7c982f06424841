/// Rejoins a name that a PDF or a narrow text resume broke across lines before an entry's
/// lines are read one by one: "B.S. Statistics, University of" / "Colorado Boulder, 2017",
/// "Associate of Applied Science, Cascade Valley Community" / "College, 2019", and an
/// employer's "Riverbend Municipal Water" / "Services, 2019 - 2023" in a work heading.
enum WrappedName {
  /// `lines` with each line that continues the one above joined to it; the joined line
  /// keeps the first line's number. A line continues the one above when:
  /// - the one above stops on a joining word ("of", "and", "&", "for", "de") and it starts
  ///   with a capital: a name cannot end on such a word;
  /// - the one above stops on a hyphen after a letter ("(ALA-" / "accredited), 2024") and
  ///   it starts in lowercase, the hyphen kept or dropped as ``LineBreakHyphen`` decides;
  /// - it opens with a bare form word ("College", "University", "Services", "Inc."),
  ///   which names nothing alone, after a line that stops on a capitalised name;
  /// - it starts in lowercase, without a label, after a line that stops on a letter;
  /// - the one above stops on a comma ("Cuyahoga Community College," / "Metro Campus,
  ///   Cleveland, OH, 2025"): a name, place or date is still to come;
  /// - it opens with a bracketed aside after a line that stops on a letter ("Paralegal
  ///   Certificate" / "(ABA-approved), Columbus"): an aside never opens an entry.
  static func joined(_ lines: [ResumeLine]) -> [ResumeLine] {
    guard lines.count > 1 else { return lines }
    var result: [ResumeLine] = []
    for line in lines {
      guard let last = result.last, last.kind != .blank, line.kind == .text
      else {
        result.append(line)
        continue
      }
      if endsOnHyphen(last.text), line.text.first?.isLowercase == true {
        let head = String(last.text.dropLast().reversed().prefix(while: \.isLetter).reversed())
        let whole = last.text + " " + line.text
        if !LineBreakHyphen.keeps(head: head, tail: line.text, in: whole) {
          result[result.count - 1].text.removeLast()
        }
        result[result.count - 1].text += line.text
      } else if continues(last.text, with: line.text) {
        result[result.count - 1].text += " " + line.text
      } else {
        result.append(line)
      }
    }
    return result
  }

  /// True when `next` carries on the name that `text` stops in.
  private static func continues(_ text: String, with next: String) -> Bool {
    guard let first = next.first, let end = text.last else { return false }
    if endsOnJoiner(text) { return first.isUppercase }
    if end == "," { return first.isUppercase || first.isNumber }
    if first == "(", end.isLetter { return next.contains(")") }
    guard end.isLetter else { return false }
    let opens =
      first.isLowercase
      ? !next.hasBytes(":") && next.split(separator: " ").count <= 6
        && !LineShape.endsSentence(next)
      : first.isUppercase && RoleWords.isBareForm(leadingPiece(of: next))
    return opens && isUnfinished(text)
  }

  /// True when the text's last comma-separated piece is a capitalised name that is not yet a
  /// school, degree, job title or place: "Cascade Valley Community", "Riverbend Water".
  private static func isUnfinished(_ text: String) -> Bool {
    let lastPiece = text.split(separator: ",").last.map { $0.trimmingSpaces() } ?? text
    return lastPiece.first?.isUppercase == true && !RoleWords.isSchool(lastPiece)
      && !RoleWords.isTitle(lastPiece) && !DegreeWords.isDegree(lastPiece)
      && !LocationParser.isPlace(lastPiece)
  }

  /// The text up to its first comma, dash or bracket: "College" in "College, 2019".
  private static func leadingPiece(of text: String) -> String {
    let end = text.firstIndex { ",(|–—".contains($0) } ?? text.endIndex
    var piece = text[..<end].trimmingSpaces()
    if let dash = piece.range(of: " - ") { piece = piece[..<dash.lowerBound].trimmingSpaces() }
    return piece
  }

  /// The joining words a name holds; only an entry's few lines are checked.
  private static func endsOnJoiner(_ text: String) -> Bool {
    text.hasSuffix(" of") || text.hasSuffix(" and") || text.hasSuffix(" &")
      || text.hasSuffix(" for") || text.hasSuffix(" de")
  }

  /// True when `text` stops on a hyphen right after a letter: a word broken at the line end.
  private static func endsOnHyphen(_ text: String) -> Bool {
    text.hasSuffix("-") && text.dropLast().last?.isLetter == true
  }
}
