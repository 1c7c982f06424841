/// Finds a duties heading run into a paragraph and gives it a line of its own:
/// "…for 40 towns. Responsibilities: Schedule installers; Own the parts order" or a scrape
/// that glued "…every stay.ResponsibilitiesGuest Care - Answer…". The text before stays
/// where it was, the heading becomes "Responsibilities:" and the duties after it follow,
/// one a line where semicolons list them, so the section reader finds them.
enum InlineDutiesHeading {
  // FIXME: the duties run on to the next heading the classifier knows; a question that
  // opens the requirements inside the same paragraph ("You?") is none, so its items count
  // as duties too.
  static func split(_ lines: [TextLine]) -> [TextLine] {
    lines.flatMap(split)
  }

  private static func split(_ line: TextLine) -> [TextLine] {
    guard line.kind == .text, let groups = gluedHeading.groups(in: line.text) else {
      return [line]
    }
    let (before, heading, rest) = (groups[1].trimmed, groups[2], groups[3].trimmed)
    guard rest.wordCount >= 2 else { return [line] }
    var result: [TextLine] = []
    if !before.isEmpty { result.append(TextLine(before, line: line.line)) }
    result.append(TextLine(heading + ":", line: line.line))
    for duty in duties(rest) { result.append(TextLine(duty, line: line.line)) }
    return result
  }

  /// "Schedule installers; Own the parts order; Answer calls" → three duties. Two pieces
  /// are two duties only when the second is capitalised: in "Talk to guests daily; listen
  /// and reply" the second half goes on with the first.
  private static func duties(_ text: String) -> [String] {
    let pieces = text.components(separatedBy: "; ").map(\.trimmed).filter { !$0.isEmpty }
    guard pieces.count >= 2, pieces.allSatisfy({ $0.wordCount >= 2 }),
      pieces.count >= 3 || pieces.dropFirst().allSatisfy({ $0.first?.isUppercase == true })
    else { return [text] }
    return pieces
  }

  private static let headings = Pattern.anyOf([
    #"(?:(?:Key|Main|Core|Primary|Your|Job|Essential) )?(?:Duties|Responsibilities)"#
      + #"(?: (?:and|&) (?:Duties|Responsibilities))?"#,
    "Responsabilidades", "Funciones",
  ])

  /// The heading at the start of the line or after a sentence's stop, then a colon or a
  /// capitalised word glued to it.
  private static let gluedHeading = Pattern(
    #"^((?:.*?[.!?])?)\s*("# + headings + #")(?:\s*:\s*|(?=[A-Z][a-z]))(.+)$"#,
    caseSensitive: true,
    requiring: ["duties", "responsibilities", "responsabilidades", "funciones"])
}
