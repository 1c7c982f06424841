/// Rejoins a school's name that a PDF broke across lines ("B.S. Statistics, University of" /
/// "Colorado Boulder, 2017") before the education section's lines are read one by one.
enum BrokenSchoolName {
  /// `lines` with each line that stops on a joining word ("of", "and", "&", "for", "de")
  /// joined to the next when that one starts with a capital: a name cannot end on such a
  /// word. The joined line keeps the first line's number.
  /// A line that stops on a hyphen after a letter ("(ALA-" / "accredited), 2024") is joined
  /// to a next line that starts in lowercase, the hyphen kept or dropped as
  /// ``LineBreakHyphen`` decides.
  static func joined(_ lines: [ResumeLine]) -> [ResumeLine] {
    guard lines.contains(where: { endsOnJoiner($0.text) || endsOnHyphen($0.text) }) else {
      return lines
    }
    var result: [ResumeLine] = []
    for line in lines {
      if let last = result.last, last.kind != .blank, line.kind == .text,
        endsOnJoiner(last.text), line.text.first?.isUppercase == true
      {
        result[result.count - 1].text += " " + line.text
      } else if let last = result.last, last.kind != .blank, line.kind == .text,
        endsOnHyphen(last.text), line.text.first?.isLowercase == true
      {
        let head = String(last.text.dropLast().reversed().prefix(while: \.isLetter).reversed())
        let whole = last.text + " " + line.text
        if !LineBreakHyphen.keeps(head: head, tail: line.text, in: whole) {
          result[result.count - 1].text.removeLast()
        }
        result[result.count - 1].text += line.text
      } else {
        result.append(line)
      }
    }
    return result
  }

  /// The joining words a school's name holds; only an education section's few lines are
  /// checked.
  private static func endsOnJoiner(_ text: String) -> Bool {
    text.hasSuffix(" of") || text.hasSuffix(" and") || text.hasSuffix(" &")
      || text.hasSuffix(" for") || text.hasSuffix(" de")
  }

  /// True when `text` stops on a hyphen right after a letter: a word broken at the line end.
  private static func endsOnHyphen(_ text: String) -> Bool {
    text.hasSuffix("-") && text.dropLast().last?.isLetter == true
  }
}
