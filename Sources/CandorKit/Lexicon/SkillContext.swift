/// Decides whether a spelling that is also an everyday word ("Go", "R", "Spring", a
/// sentence-opening "Swift") is meant as a skill, from the words around it.
///
/// It counts when it stands alone as a list item ("Languages: Go"), sits in a list next to
/// another skill ("Python, Go and Rust"), follows a cue ("experience with R", "written
/// in Go") or precedes one ("C programming", "Excel spreadsheets").
enum SkillContext {
  /// The matches that count: every one that needs no context, and those whose context
  /// confirms them.
  static func confirmed(_ matches: [PhraseMatch], in tokens: [Token]) -> [PhraseMatch] {
    let sure = matches.filter { !$0.needsContext }
    let termEnds = Set(sure.map(\.end))
    // "Epic charting experience", "Rust services": a term right before another names a tool
    // of that work, even where it opens a list item.
    let termStarts = Set(sure.map(\.start))
    var accepted = matches.map {
      !$0.needsContext || hasOwnContext($0, tokens, labelledBy: termEnds)
        || termStarts.contains($0.end) && isWordBeforeWord($0, tokens)
    }
    let starts = Set(matches.map(\.start))
    var changed = true
    while changed {
      changed = false
      for index in matches.indices where !accepted[index] {
        guard !isPlaceOrName(matches[index], tokens, termStarts: starts) else { continue }
        let left =
          index > 0 && accepted[index - 1]
          && isListGlue(matches[index - 1], matches[index], tokens)
        let right =
          index + 1 < matches.count && accepted[index + 1]
          && isListGlue(matches[index], matches[index + 1], tokens)
        if left || right {
          accepted[index] = true
          changed = true
        }
      }
    }
    return matches.indices.filter { accepted[$0] }.map { matches[$0] }
  }

  /// True when a word (not a sign: "A+ multi-tasker") stands before a lowercase word.
  private static func isWordBeforeWord(_ match: PhraseMatch, _ tokens: [Token]) -> Bool {
    guard match.length == 1, match.end < tokens.count, tokens[match.start].text.count >= 2
    else { return false }
    return tokens[match.start].text.allSatisfy(\.isLetter)
      && tokens[match.end].text.first?.isLowercase == true
  }

  /// True when the match is a town before its state ("Aurora, CO", "Spring, TX") or the
  /// first word of a longer capitalised name ("Aurora Central High School", "Mobile County
  /// Schools"): no list item, whatever skill stands beside it. An acronym is neither ("BS,
  /// MS or PhD" is a list of degrees, not a town in Mississippi).
  private static func isPlaceOrName(
    _ match: PhraseMatch, _ tokens: [Token], termStarts: Set<Int>
  ) -> Bool {
    guard match.end < tokens.count, tokens[match.start].text.contains(where: \.isLowercase)
    else { return false }
    let next = tokens[match.end]
    if next.text == ",", match.end + 1 < tokens.count {
      return LocationParser.isRegion(String(tokens[match.end + 1].text))
    }
    // A name goes on with two more capitalised words ("Aurora Central High School"); an
    // acronym or numeral after a product is its edition ("Windows NT Server", "Apache III"),
    // and one capitalised word may open the next sentence ("SQL/Oracle Worked on …").
    guard match.end + 1 < tokens.count, !termStarts.contains(match.end) else { return false }
    return [next, tokens[match.end + 1]].allSatisfy { word in
      !word.isPunctuation && !word.isLineBreak && word.text.first?.isUppercase == true
    } && next.text.contains(where: \.isLowercase)
  }

  /// True when the match stands alone as a list item or has a cue word beside it.
  /// `termEnds` holds the token positions where unambiguous terms end, so a term can head
  /// a list ("Backend: Go").
  static func hasOwnContext(_ match: PhraseMatch, _ tokens: [Token], labelledBy termEnds: Set<Int>)
    -> Bool
  {
    standsAlone(match, tokens, termEnds) || hasCueBefore(match, tokens)
      || hasCueAfter(match, tokens)
  }

  /// Separators that open a list item (a new line, a bullet). A comma does not: in
  /// "Iowa City, IA" the letters after it are a place, not a skill. A colon does when its
  /// label names skills ("Languages: Go"), not when it names a place ("Location: Aurora").
  private static let itemStarts: Set<Substring> = [";", "|", "•", "\n"]
  /// Label words that introduce a list of skills before a colon.
  private static let skillLabels: Set<String> = [
    "skills", "skill", "languages", "language", "tools", "tool", "technologies", "technology",
    "tech", "stack", "frameworks", "framework", "software", "platforms", "databases",
    "certifications", "certification", "certificates", "licenses", "licensure", "proficient",
    "proficiency", "experience", "expertise", "knowledge", "familiarity", "competencies",
    "requirements", "required", "preferred", "qualifications", "plus", "bonus", "environment",
    "programming", "libraries", "methodologies", "education", "degree", "interests",
  ]
  /// Separators that close a list item.
  private static let itemEnds: Set<Substring> = [",", ";", ":", "|", "•", "\n"]
  /// Separators and words that join the items of a list.
  private static let glue: Set<String> = [",", "/", "&", "(", ")", "|", "and", "or", "plus"]

  static func standsAlone(_ match: PhraseMatch, _ tokens: [Token], _ termEnds: Set<Int>)
    -> Bool
  {
    let rightOpen = match.end == tokens.count || itemEnds.contains(tokens[match.end].text)
    guard rightOpen else { return false }
    // "Aurora, CO", "Spring, Texas": a town before its state is a place, not a skill.
    if match.end + 1 < tokens.count, tokens[match.end].text == ",",
      LocationParser.isRegion(String(tokens[match.end + 1].text))
    {
      return false
    }
    guard match.start > 0 else { return true }
    let previous = tokens[match.start - 1].text
    if itemStarts.contains(previous) { return true }
    return previous == ":" && isSkillLabel(before: match.start - 1, tokens, termEnds)
  }

  /// True when the words before the colon at `colon` name skills or end with a term.
  private static func isSkillLabel(before colon: Int, _ tokens: [Token], _ termEnds: Set<Int>)
    -> Bool
  {
    if termEnds.contains(colon) { return true }
    var index = colon - 1
    while index >= 0 && !tokens[index].isLineBreak {
      if skillLabels.contains(tokens[index].folded) { return true }
      index -= 1
    }
    return false
  }

  /// True when only list separators and conjunctions lie between two matches.
  private static func isListGlue(_ first: PhraseMatch, _ second: PhraseMatch, _ tokens: [Token])
    -> Bool
  {
    let between = tokens[first.end..<second.start]
    guard (1...3).contains(between.count) else { return false }
    return between.allSatisfy { glue.contains($0.folded) }
  }

  /// Words after "or" that make the term before them an example of a kind of tool.
  private static let alternatives: Set<String> = [
    "another", "other", "similar", "equivalent", "comparable", "alternative", "related",
  ]

  /// Words right after a term that show it names a skill.
  private static let cuesAfter: Set<String> = [
    "programming", "language", "developer", "developers", "development", "engineer",
    "engineers", "engineering", "framework", "frameworks", "code", "coding", "codebase",
    "script", "scripts", "scripting", "application", "applications", "apps", "library",
    "libraries", "ecosystem", "stack", "services", "microservices", "backend", "spreadsheet",
    "spreadsheets", "formulas", "macros", "pivot", "skills", "experience", "expertise",
    "knowledge", "proficiency", "certification", "certified", "runtime", "modules", "packages",
    "compiler", "toolchain", "workbooks", "dashboards", "reports", "queries", "analyst",
    "analysts", "specialist", "specialists", "administrator", "administrators", "consultant",
    "consultants", "architect", "architects", "technician", "technicians", "programmer",
    "programmers",
  ]
  /// Words right before a term that introduce a skill.
  private static let cuesBefore: Set<String> = [
    "using", "use", "uses", "used", "utilize", "utilizing", "leverage", "leveraging", "via",
    "like", "including", "includes", "eg", "e.g", "ie", "i.e", "especially", "preferably",
    "advanced", "intermediate", "proficient", "fluent",
  ]
  /// First words of two-word cues ("experience with", "written in", "knowledge of"); a
  /// count of years is one too ("3+ years of Go", "5 years with R").
  private static let cueHeads: Set<String> = [
    "years", "year", "yrs", "yr", "experience", "experienced", "proficiency", "proficient",
    "knowledge", "knowledgeable",
    "skills", "skilled", "expertise", "expert", "familiarity", "familiar", "fluency", "fluent",
    "background", "competency", "competence", "written", "programming", "coding", "developing",
    "development", "building", "built", "comfortable", "such", "record",
  ]
  private static let cueLinks: Set<String> = ["in", "with", "of", "using", "as"]

  /// Words right after a degree that show it is one ("MS in Statistics").
  private static let degreeCuesAfter: Set<String> = ["in", "degree", "degrees", "from"]

  static func hasCueAfter(_ match: PhraseMatch, _ tokens: [Token]) -> Bool {
    guard match.end < tokens.count else { return false }
    let next = tokens[match.end].folded
    // "Kafka or another event-streaming system", "Jira or similar": an example of a kind.
    if next == "or" {
      let after = tokens[(match.end + 1)...].prefix(2).map(\.folded)
      let word = ["a", "an"].contains(after.first ?? "") ? after.dropFirst().first : after.first
      if let word, alternatives.contains(word) { return true }
    }
    // "Rust in production": the term is put to work.
    if next == "in", match.end + 1 < tokens.count, tokens[match.end + 1].folded == "production" {
      return true
    }
    return cuesAfter.contains(next) || match.category == .degree && degreeCuesAfter.contains(next)
      || isRated(match, tokens)
  }

  /// Words that rate a term the posting asks for ("Spark is a plus", "Kafka preferred").
  private static let ratings: Set<String> = [
    "plus", "bonus", "preferred", "required", "desired", "desirable", "nice", "helpful",
    "advantage", "must",
  ]

  /// True when the words after the match rate it: "is a plus", "preferred", "is required".
  private static func isRated(_ match: PhraseMatch, _ tokens: [Token]) -> Bool {
    var words = tokens[match.end...].prefix(3).map(\.folded)[...]
    if let first = words.first, first == "is" || first == "are" { words = words.dropFirst() }
    if let first = words.first, first == "a" || first == "an" { words = words.dropFirst() }
    return words.first.map(ratings.contains) ?? false
  }

  /// True when a cue introduces the match or the short list it ends ("Experience with
  /// DHIS2 and/or R"): up to three earlier one-word items joined by list glue.
  private static func hasCueBefore(_ match: PhraseMatch, _ tokens: [Token]) -> Bool {
    if isWrittenIn(match, tokens) { return true }
    var itemStart = match.start
    for _ in 0...3 {
      if isCued(at: itemStart, tokens) { return true }
      var index = itemStart - 1
      while index >= 0 && glue.contains(tokens[index].folded) { index -= 1 }
      guard index >= 0, index < itemStart - 1, !tokens[index].isPunctuation else { return false }
      itemStart = index
    }
    return false
  }

  /// "rewrote the importer in Go", "tested with R": a term right after "in" or "with" that
  /// does not start a longer capitalised name ("with Swift Transportation").
  private static func isWrittenIn(_ match: PhraseMatch, _ tokens: [Token]) -> Bool {
    let links: Set<String> = ["in", "with", "en", "con", "de"]
    guard match.start > 0, links.contains(tokens[match.start - 1].folded) else {
      return false
    }
    guard match.end < tokens.count else { return true }
    let next = tokens[match.end]
    return next.isPunctuation || next.isLineBreak || next.text.first?.isLowercase == true
  }

  /// True when the words right before `start` are a cue ("using", "experience with").
  private static func isCued(at start: Int, _ tokens: [Token]) -> Bool {
    guard start > 0 else { return false }
    let previous = tokens[start - 1].folded
    if cuesBefore.contains(previous) { return true }
    guard start > 1, cueLinks.contains(previous) else { return false }
    return cueHeads.contains(tokens[start - 2].folded)
  }
}
