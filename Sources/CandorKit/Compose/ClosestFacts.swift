/// What a resume states in its fields, said as short noun phrases, for answering a
/// requirement the resume cannot meet with the nearest true thing it holds.
struct ClosestFacts {
  struct Fact {
    var text: String
    var source: SourceRef
    var words: Set<String>
    /// Lexicon terms the fact names, or its degree stands for (MBA: business administration).
    var terms: Set<String>
    /// The listed skill the fact names; nil for an education entry or a role.
    var skill: String?
  }

  private(set) var facts: [Fact] = []

  /// Facts from `plan`, less those the letter already cited (`cited`) and skills it already
  /// names as skills (`said`): a skill said twice reads as padding.
  init(plan: LetterPlan, excluding cited: Set<SourceRef> = [], said: String = "") {
    for entry in [plan.education].compactMap({ $0 }) + plan.furtherEducation {
      add("my " + SlotValues.study(entry), .resume(entry.path))
    }
    for role in plan.roles {
      let position = role.position.map { " as \(SlotValues.withArticle($0))" } ?? ""
      add("my work\(position) at \(Self.tidy(role.employer))", .resume(role.path))
    }
    let lowered = said.lowercased()
    let named = Set(Lexicon.standard.matches(in: said).map(\.term))
    var seen = Set<String>()
    for skill in plan.listedSkills + plan.toolkit where seen.insert(skill.lowercased()).inserted {
      let term = Lexicon.standard.entry(for: skill)?.term
      guard !lowered.hasBytes(skill.lowercased()), !(term.map(named.contains) ?? false) else {
        continue
      }
      let spelled = RequirementCase.listed(skill)
      add("the \(spelled) listed among my skills", .resume("skills"), skill: skill)
    }
    facts.removeAll { cited.contains($0.source) && $0.skill == nil }
  }

  /// The fact sharing the most content words with `requirement`; nil when none shares one,
  /// since an unrelated fact offered as "closest" says nothing. Facts already said
  /// (`excluding`) are not offered again.
  func nearest(to requirement: Requirement, excluding used: Set<String> = []) -> Fact? {
    let wanted = Self.contentWords(requirement.text)
    let skills = Set(requirement.skills)
    // A credential is evidence only for an ask for one: "the clean driving record" says
    // nothing about "experience driving children".
    let asksCredential = Self.namesCredential(skills)
    let offered = facts.filter {
      !used.contains($0.text) && (asksCredential || !Self.namesCredential($0.terms))
    }
    // A shared lexicon term ("HR" and "Human resource") counts as two shared words.
    let scored = offered.map {
      ($0, $0.words.intersection(wanted).count + 2 * $0.terms.intersection(skills).count)
    }
    guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
    return best.0
  }

  /// True when one of `terms` names a licence or certificate.
  private static func namesCredential(_ terms: Set<String>) -> Bool {
    terms.contains { Lexicon.standard.entry(for: $0)?.category == .certification }
  }

  /// True when `said` already holds most of the requirement's words, by their first five
  /// letters ("trained … forklift safety" answers "training on forklift safety"): offering
  /// a "closest" fact for it would undersell what the letter already shows.
  /// `said` is given as its `stems`, read once for all the requirements.
  static func isAnswered(_ requirement: String, byStems said: Set<String>) -> Bool {
    let wanted = stems(requirement)
    guard wanted.count >= 2 else { return false }
    return Double(wanted.intersection(said).count) >= 0.75 * Double(wanted.count)
  }

  /// The first five letters of each of `text`'s content words.
  static func stems(_ text: String) -> Set<String> {
    Set(contentWords(text).map { String($0.prefix(5)) })
  }

  private mutating func add(_ text: String, _ source: SourceRef, skill: String? = nil) {
    let terms = Lexicon.standard.matches(in: text).map(\.term)
    var words = Self.contentWords(text)
    // A degree's letters stand for words a requirement uses: "MBA" is "Master of Business
    // Administration".
    for term in terms {
      guard let entry = Lexicon.standard.entry(for: term), entry.category == .degree else {
        continue
      }
      for alias in entry.aliases where alias.contains(" of ") {
        words.formUnion(Self.contentWords(alias))
      }
    }
    facts.append(
      Fact(text: text, source: source, words: words, terms: Set(terms), skill: skill))
  }

  /// Lowercased words of four letters or more, without a plural "s", minus the phrase's own
  /// connective words. Words are runs of letters as the character view reads them; a run of
  /// ASCII letters is read on its bytes, and only a run holding another character (with the
  /// mark before it, which a combining accent would join) takes the character view.
  static func contentWords(_ text: String) -> Set<String> {
    var words = Set<String>()
    let bytes = Array(text.utf8)
    var start = 0
    var isASCII = true
    func finish(_ end: Int) {
      defer { (start, isASCII) = (end + 1, true) }
      guard start < end else { return }
      let run = bytes[start..<end]
      if isASCII {
        insert(String(decoding: run.map { $0 | 0x20 }, as: UTF8.self), into: &words)
      } else {
        let lowered = String(decoding: run, as: UTF8.self).lowercased()
        for word in lowered.split(whereSeparator: { !$0.isLetter }) where word.count >= 4 {
          insert(String(word), into: &words)
        }
      }
    }
    for (offset, byte) in bytes.enumerated() {
      if byte >= 0x80 {
        if isASCII, start == offset, offset > 0 { start = offset - 1 }
        isASCII = false
      } else if (byte | 0x20) &- 0x61 >= 26 {
        finish(offset)
      }
    }
    finish(bytes.count)
    return words
  }

  /// Adds `word` (lowercased) unless it is short or a connective, without a plural "s".
  private static func insert(_ word: String, into words: inout Set<String>) {
    guard word.count >= 4, !connectives.contains(word) else { return }
    words.insert(word.hasSuffix("s") ? String(word.dropLast()) : word)
  }

  private static let connectives: Set<String> = [
    "work", "listed", "among", "skills", "with", "experience",
  ]

  /// "Golds gym ,fitness solution" → "Golds gym, fitness solution": spacing only.
  static func tidy(_ name: String) -> String {
    guard
      name.hasBytes(",") || name.hasBytes("  ") || name.first?.isWhitespace == true
        || name.last?.isWhitespace == true
    else { return name }
    var text = name.replacingOccurrences(of: " ,", with: ",")
    text = text.replacingOccurrences(of: ",", with: ", ")
    while text.contains("  ") { text = text.replacingOccurrences(of: "  ", with: " ") }
    return text.trimmingSpaces()
  }
}
