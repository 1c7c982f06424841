/// Repairs line structure that exports and scrapes damage: list items and sentences run
/// together when markup was stripped, lines hard-wrapped by a PDF printer, and the "Â"
/// left behind when a no-break space lost its second byte.
enum LineRepair {
  static func repair(_ lines: [TextLine], joiningWrappedLines: Bool) -> [TextLine] {
    let cleaned = lines.map { line in
      var copy = line
      copy.text = removeStrayCircumflex(line.text)
      if copy.text.isEmpty { copy.kind = .blank }
      return copy
    }
    let split = cleaned.flatMap(splitRunTogether)
    return joiningWrappedLines ? joinWrapped(split) : split
  }

  /// "NaveenÂGÂ" → "Naveen G": a lone "Â" glued to lowercase text, digits or line ends is
  /// debris of a UTF-8 no-break space, never a letter of the word.
  static func removeStrayCircumflex(_ text: String) -> String {
    guard text.hasBytes("Â") else { return text }
    return runOfSpaces.replacing(in: strayCircumflex.replacing(in: text, with: " "), with: " ")
      .trimmed
  }

  private static let runOfSpaces = Pattern("  +", caseSensitive: true)

  private static let strayCircumflex = Pattern(
    #"(?<=[\p{Ll}\d:.,)])Â|Â(?=[\s\d:]|$)"#, caseSensitive: true)

  // MARK: Run-together text

  /// "preferred6 + years": a word glued to the years that open the next item.
  private static let gluedYears = Pattern(
    #"([a-z]{3,})(?=\d{1,2}\s?\+?\s?(?:years?|yrs)\b)"#, caseSensitive: true)
  private static let spaceRun = Pattern(#"\s{3,}"#)

  /// Words that open a list item or sentence; a capitalised word glued before one of them
  /// ("PinterestLoves", "NurseExperience") marks a lost separator, unlike product names
  /// such as "JavaScript".
  static let itemStarters = [
    "The", "This", "We", "You", "Our", "Your", "In", "With", "For", "Must", "Be", "Experience",
    "Ability", "Knowledge", "Strong", "Excellent", "Proven", "Demonstrated", "Familiar",
    "Familiarity", "Proficient", "Proficiency", "Understanding", "Bachelor", "Bachelors",
    "Degree", "Diploma", "Minimum", "Previous", "Prior", "Comfortable", "Interested", "Highly",
    "Effective", "Exceptional", "Good", "Solid", "Passion", "Fluent", "Loves", "Thinks",
    "Possession", "Professional", "University", "Past", "Certification", "Outstanding",
    "Attention", "Manage", "Develop", "Build", "Create", "Work", "Assist", "Support", "Provide",
    "Ensure", "Maintain", "Lead", "Oversee", "Set", "Research", "Write", "Design",
    "Collaborate", "Coordinate", "Review", "Prepare", "Identify", "Implement", "Monitor",
    "Perform", "Participate", "Help", "Drive", "Own", "Responsible", "Utilise", "Utilize",
    "Tailor", "Answer", "Handle", "Track", "Train", "Able", "Self", "Detail",
  ]

  /// Splits a long text line whose list items or sentences lost their separators
  /// ("…broken linksCheerful under pressure…") into one line per item.
  ///
  /// Words glued together (``GluedText/words(_:)``) and years glued to a word are split on
  /// any line; the other glued items only in long run-together lines, where a short label
  /// line ("Location:Austin") is not at risk. Each rule runs only when the line shows the
  /// sign its matches need, in this order, each on the text the one before marked.
  static func splitRunTogether(_ line: TextLine) -> [TextLine] {
    let text = line.text
    guard line.kind == .text, !text.hasAtMostCharacters(30) else { return [line] }
    let signs = RunTogetherSigns(text)
    let hasYears = text.hasDigit && (text.hasBytes("yr") || text.hasBytes("year"))
    let isLong = !text.hasAtMostCharacters(160)
    let hasLongSigns =
      signs.stopBeforeCapital || signs.lowerBeforeCapital && signs.hasColon
      || signs.starterAfterLetter || signs.hasSpaceRun
    guard signs.gluedWord || hasYears || isLong && hasLongSigns else { return [line] }
    var marked = MarkedText(text)
    if signs.gluedWord { marked.insert(GluedText.words) }
    if hasYears { marked.replace(gluedYears, with: "$1\u{1E}") }
    if isLong {
      if signs.stopBeforeCapital { marked.insert(GluedText.stopsBeforeCapitals) }
      if signs.lowerBeforeCapital && signs.hasColon { marked.insert(GluedText.capitalLabels) }
      if signs.starterAfterLetter { marked.insert(ItemStarterSplit.marks) }
      if signs.hasSpaceRun { marked.replace(spaceRun, with: "\u{1E}") }
    }
    guard marked.isChanged else { return [line] }
    // U+001E is a control character, a character of its own, so a scalar split cuts the same.
    let parts = marked.scalars.split(separator: "\u{1E}").map { GluedText.string($0).trimmed }
      .filter { !$0.isEmpty }
    guard parts.count > 1 else { return [line] }
    return parts.flatMap { splitLeadingLabel(TextLine($0, line: line.line)) }
  }

  /// "QUALIFICATIONS:RN license…" → a heading line and the text after it.
  private static func splitLeadingLabel(_ line: TextLine) -> [TextLine] {
    guard let groups = leadingLabel.groups(in: line.text), groups[2].count >= 3 else {
      return [line]
    }
    return [
      TextLine(groups[1] + ":", kind: .text, line: line.line),
      TextLine(groups[2].trimmed, kind: .text, line: line.line),
    ]
  }

  private static let leadingLabel = Pattern(
    #"^([A-Z][A-Za-z’' /&]{2,40}?)\s*:\s*(.+)$"#, caseSensitive: true)

  // MARK: Hard-wrapped lines

  /// Joins lines a printer wrapped: a line that continues the previous one (starts in
  /// lowercase, follows a line ending on "to", or follows a line as long as the page width
  /// that does not end a sentence).
  static func joinWrapped(_ lines: [TextLine]) -> [TextLine] {
    let width = wrapWidth(lines)
    var result: [TextLine] = []
    var lastSourceLine = 0
    for line in lines {
      if let previous = result.last, line.line == lastSourceLine + 1,
        continues(previous, with: line, width: width)
      {
        result[result.count - 1].text += " " + line.text
      } else {
        result.append(line)
      }
      lastSourceLine = line.line
    }
    return result
  }

  private static func continues(_ previous: TextLine, with line: TextLine, width: Int?) -> Bool {
    guard line.kind == .text, previous.kind == .text || previous.kind == .bullet,
      let last = previous.text.last, !".!?:;".contains(last), let first = line.text.first
    else { return false }
    if first.isLowercase || ",)&".contains(first) { return true }
    // "- Resolve Tier 1 issues" / "(password resets, printers, VPN)": an aside in brackets
    // under a list item belongs to it.
    if first == "(", previous.kind == .bullet, line.text.hasSuffix(")") { return true }
    // "… send a cover letter and three clips to" / "Hannah Brightwater, Metro Editor.":
    // a sentence does not end on "to".
    if last == "o", previous.text.hasSuffix(" to") { return true }
    if wrapsProse(previous, line) { return true }
    guard let width else { return false }
    return previous.text.count >= width * 3 / 4 && !line.text.hasSuffix(":")
  }

  /// "… for about 900 families in Pima" / "County. In 2026 we opened …": a long line of
  /// prose that stops without ending its sentence, followed by one that ends a sentence,
  /// is a paragraph wrapped by hand, as Markdown files and pasted mail often are, even
  /// where too few lines reach one margin to show a page width.
  /// "… moving from self-managed" / "Kubernetes to EKS.": a short tail of words that ends
  /// the sentence a long line left open on a lowercase word is that sentence's end too.
  private static func wrapsProse(_ previous: TextLine, _ line: TextLine) -> Bool {
    guard previous.kind == .text, previous.text.utf8.count >= 70,
      line.text.first?.isLetter == true
    else { return false }
    if line.text.utf8.count < 20 {
      return previous.text.last?.isLowercase == true && line.text.hasSuffix(".")
        && line.text.split(separator: " ").count >= 2
    }
    return line.text.hasSuffix(".") || line.text.contains(". ")
  }

  /// The page width of a hard-wrapped file, when many lines stop near the same column.
  private static func wrapWidth(_ lines: [TextLine]) -> Int? {
    let lengths = lines.filter { $0.kind != .blank }.map(\.text.count)
    guard let longest = lengths.max(), (60...140).contains(longest) else { return nil }
    let nearMargin = lengths.filter { $0 >= longest * 4 / 5 }.count
    return nearMargin >= 5 && nearMargin * 5 >= lengths.count ? longest : nil
  }
}
