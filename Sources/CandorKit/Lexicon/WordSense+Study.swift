/// Soft skills a text names without claiming them: the field a degree is in ("B.A.
/// Communications", "Master's in Organizational Leadership") and the help or oversight the
/// writer received ("under a mentor teacher", "under attorney supervision").
extension WordSense {
  /// True when `match`, a soft skill, names a field of study or the writer being helped.
  static func isNoClaim(_ match: PhraseMatch, _ text: TokenText) -> Bool {
    namesFieldOfStudy(match, text) || namesHelpReceived(match, text)
  }

  /// "B.A. Communications", "Bachelor of Arts in Communication", "degree in communications":
  /// the words before the skill lead back to a degree through its link words.
  private static func namesFieldOfStudy(_ match: PhraseMatch, _ text: TokenText) -> Bool {
    var index = match.start - 1
    guard index >= 0 else { return false }
    // "B.A., Communications", "Major: Leadership": the degree right before the mark.
    if index > 0, [",", ":"].contains(text[index].text) { return isDegree(text[index - 1]) }
    let titled = text[match.start].text.first?.isUppercase == true
    var steps = 0
    while index >= 0, steps < 6 {
      let token = text[index]
      if isDegree(token) { return true }
      if token.isPunctuation || holdsStop(after: index, text) { return false }
      guard fieldLinks.contains(token.folded) || (titled && token.text.first?.isUppercase == true)
      else { return false }
      index -= 1
      steps += 1
    }
    return false
  }

  /// True when a full stop stands between the token at `index` and the next one.
  private static func holdsStop(after index: Int, _ text: TokenText) -> Bool {
    index + 1 < text.count && Tokenizer.gap(text[index], text[index + 1]).contains(".")
      && !text[index].text.hasSuffix(".")
  }

  /// "B.A.", "MS", "bachelor's", "degree", "major": a word that names a degree or its field.
  private static func isDegree(_ token: Token) -> Bool {
    if degreeNouns.contains(token.folded) { return true }
    let text = token.text
    let isAbbreviation =
      text.contains(".") || text.filter(\.isLetter).allSatisfy(\.isUppercase)
    return isAbbreviation && text.count >= 2 && DegreeWords.isAbbreviation(String(text))
  }

  private static let degreeNouns: Set<String> = [
    "bachelor", "bachelors", "master", "masters", "degree", "degrees", "major", "majored",
    "majoring", "minor", "minored", "doctorate", "diploma", "concentration", "studies",
  ]

  /// Words inside a degree's name before its field ("Bachelor of Arts in", "degree with a
  /// focus on").
  private static let fieldLinks: Set<String> = [
    "in", "of", "and", "arts", "science", "sciences", "applied", "fine", "with", "a", "focus",
    "on", "emphasis", "concentration", "specialization", "honors", "honours", "hons", "the",
  ]

  /// "under a mentor teacher", "with my mentor", "mentored by", "received coaching": help
  /// the writer was given, which claims no skill of theirs.
  private static func namesHelpReceived(_ match: PhraseMatch, _ text: TokenText) -> Bool {
    let spelling = text[match.start].folded
    if match.end < text.count, text[match.end].folded == "by", spelling.hasSuffix("ed") {
      return true
    }
    if isOversightGiven(match, text) { return true }
    guard match.start > 0 else { return false }
    var index = match.start - 1
    if receivingVerbs.contains(text[index].folded) { return true }
    guard helperNouns.contains(spelling) else { return false }
    guard ["a", "an", "the", "my", "our", "their"].contains(text[index].folded), index > 0
    else { return false }
    index -= 1
    return ["under", "with", "by", "from", "to", "assigned"].contains(text[index].folded)
  }

  /// Nouns of the oversight or help a person works under or is given.
  private static let oversightNouns: Set<String> = [
    "supervision", "guidance", "direction", "oversight", "mentorship", "mentoring", "coaching",
    "leadership", "instruction",
  ]

  /// "under attorney supervision", "under the direct supervision of", "coaching from the
  /// head chef": oversight the writer worked under ("under" a few words before, in the
  /// clause) or was given ("from" after); "under my supervision" is the writer's own.
  private static func isOversightGiven(_ match: PhraseMatch, _ text: TokenText) -> Bool {
    guard match.length == 1, oversightNouns.contains(text[match.start].folded) else {
      return false
    }
    if match.end < text.count, text[match.end].folded == "from" { return true }
    var index = match.start - 1
    while index >= max(0, match.start - 4) {
      let token = text[index]
      if token.isPunctuation || token.isLineBreak || ["my", "our"].contains(token.folded) {
        return false
      }
      if token.folded == "under" { return true }
      index -= 1
    }
    return false
  }

  /// Nouns for the person who gives the help.
  private static let helperNouns: Set<String> = ["mentor", "mentors", "coach", "coaches"]

  /// Words of getting help: "received mentorship", "under mentorship of".
  private static let receivingVerbs: Set<String> = ["received", "receiving", "receive", "under"]
}
