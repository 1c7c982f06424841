/// Rejoins a school's name that a PDF broke across lines ("B.S. Statistics, University of" /
/// "Colorado Boulder, 2017") before the education section's lines are read one by one.
enum BrokenSchoolName {
  /// `lines` with each line that stops on a joining word ("of", "and", "&", "for", "de")
  /// joined to the next when that one starts with a capital: a name cannot end on such a
  /// word. The joined line keeps the first line's number.
  static func joined(_ lines: [ResumeLine]) -> [ResumeLine] {
    guard lines.contains(where: { endsOnJoiner($0.text) }) else { return lines }
    var result: [ResumeLine] = []
    for line in lines {
      if let last = result.last, last.kind != .blank, line.kind == .text,
        endsOnJoiner(last.text), line.text.first?.isUppercase == true
      {
        result[result.count - 1].text += " " + line.text
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
}
