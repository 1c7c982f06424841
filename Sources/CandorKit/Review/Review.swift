/// The result of reviewing one letter: findings sorted by position and a score that
/// explains itself.
public struct Review: Sendable, Codable, Equatable {
  /// 0–100: the checked categories' points scaled from ``checkedMaximum`` to 100, then, when
  /// a finding is an error, scaled again to at most 59 and lowered for each further error
  /// (see `Scorer.score(total:errors:)`).
  public var score: Int
  /// A to F, from the score.
  public var grade: String
  public var categories: [CategoryScore]
  public var findings: [Finding]
  /// ISO 639-1 code of the letter's language.
  public var language: String
  /// Words in the letter's body (greeting, sign-off and signature left out).
  public var wordCount: Int
  /// What the reviewer noticed and set aside ("a second draft starts at line 18").
  public var notes: [String]
  /// The points the checked categories share: 100 when every category was checked, 85
  /// without relevance. Their points are scaled from this to 100.
  public var checkedMaximum: Int

  public init(
    score: Int, grade: String, categories: [CategoryScore], findings: [Finding],
    language: String, wordCount: Int, notes: [String]
  ) {
    self.score = score
    self.grade = grade
    self.categories = categories
    self.findings = findings
    self.language = language
    self.wordCount = wordCount
    self.notes = notes
    checkedMaximum = categories.filter(\.checked).reduce(0) { $0 + $1.maximum }
  }

  /// The categories whose rules mostly did not run.
  public var uncheckedCategories: [RuleCategory] {
    categories.filter { !$0.checked }.map(\.category)
  }

  /// True when any finding is an error.
  public var hasErrors: Bool { findings.contains { $0.severity == .error } }

  /// How many findings are errors.
  public var errorCount: Int { findings.count { $0.severity == .error } }

  /// The score of one category.
  public func category(_ category: RuleCategory) -> CategoryScore? {
    categories.first { $0.category == category }
  }
}

/// The points a category kept, out of its share of 100, and what cost the rest.
public struct CategoryScore: Sendable, Codable, Equatable {
  public var category: RuleCategory
  /// The points kept; nil when the category was not checked, so it claims none.
  public var score: Int?
  public var maximum: Int
  /// The rules that cost points, most costly first.
  public var reasons: [ScoreReason]
  /// False when most of the category's rules could not run (English-only rules on a letter in
  /// another language, or rules silenced by `candor-disable`): its points are then left out of
  /// the total rather than granted.
  public var checked: Bool
  /// What a checked category could not check in this letter, nil when it checked all: the
  /// ids of its rules that read English phrases, on a letter in another language, and
  /// "<id> (in part)" for a rule that ran there only in part. Its score covers the rest.
  public var notChecked: [String]?

  public init(
    category: RuleCategory, score: Int?, maximum: Int, reasons: [ScoreReason],
    checked: Bool = true, notChecked: [String]? = nil
  ) {
    self.category = category
    self.score = score
    self.maximum = maximum
    self.reasons = reasons
    self.checked = checked
    self.notChecked = notChecked
  }
}

/// Points one rule cost the letter.
public struct ScoreReason: Sendable, Codable, Equatable {
  public var rule: String
  /// The rule's title, for people.
  public var title: String
  public var points: Int
  public var findings: Int

  public init(rule: String, title: String, points: Int, findings: Int) {
    self.rule = rule
    self.title = title
    self.points = points
    self.findings = findings
  }
}
