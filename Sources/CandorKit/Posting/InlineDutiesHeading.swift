/// Finds a duties heading run into a paragraph, or a requirement heading before a list of
/// items in one line, and gives it a line of its own:
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
    guard line.kind == .text else { return [line] }
    if let groups = gluedHeading.groups(in: line.text) {
      let rest = groups[3].trimmed
      guard rest.wordCount >= 2 else { return [line] }
      return lines(groups[1].trimmed, groups[2], duties(rest), at: line.line)
    }
    // "Requirements: 2+ years SOC experience; Security+; scripting in Python": a list of
    // two or more items after a requirement heading and its colon.
    if line.text.hasBytes(":"), let groups = listedRequirements.groups(in: line.text) {
      let items = duties(groups[3].trimmed)
      guard items.count >= 2 else { return [line] }
      return lines(groups[1].trimmed, groups[2], items, at: line.line)
    }
    return [line]
  }

  private static func lines(_ before: String, _ heading: String, _ items: [String], at: Int)
    -> [TextLine]
  {
    var result: [TextLine] = []
    if !before.isEmpty { result.append(TextLine(before, line: at)) }
    result.append(TextLine(heading + ":", line: at))
    for item in items { result.append(TextLine(item, line: at)) }
    return result
  }

  private static let listedRequirements = Pattern(
    #"^((?:.*?[.!?])?)\s*((?:Minimum |Basic |Preferred |Required )?(?:Requirements|"#
      + #"Qualifications)|Required|Must[ -]haves?|Nice[ -]to[ -]haves?|Preferred)\s*:\s*(.+)$"#,
    caseSensitive: true,
    // Each heading with its colon: "required" and "must" alone are in many lines.
    requiring: ["requirements:", "qualifications:", "required:", "have:", "haves:", "preferred:"])

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
