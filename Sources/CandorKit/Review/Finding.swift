/// How much a finding matters.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
  /// Worth a look; the letter works without the change.
  case suggestion
  /// Costs the letter attention or credibility.
  case warning
  /// Gets a letter discarded: a placeholder, the wrong company, notes left in.
  case error

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// What part of a letter's quality a rule judges; the score adds up per category.
public enum RuleCategory: String, Sendable, Codable, CaseIterable {
  /// Written to this person, company and role, not to anyone.
  case personalisation
  /// Evidence (numbers, named tools and projects) instead of adjectives.
  case specificity
  /// Answers what the posting asks for, with what the resume supports.
  case relevance
  /// Length, paragraphs, sentences, opening and closing.
  case structure
  /// Spelling, wording and tone.
  case language
}

/// One problem a rule found, where it is, and what to do about it.
public struct Finding: Sendable, Codable, Equatable {
  /// The rule's id, such as `generic-opener`.
  public var rule: String
  public var severity: Severity
  public var category: RuleCategory
  /// 1-based line in the original file.
  public var line: Int
  /// 1-based column, counted in characters.
  public var column: Int
  /// The offending words as they appear in the letter.
  public var excerpt: String
  /// What to do, one line: lowercase imperative, offending words in '…'.
  public var message: String
  /// A concrete fix or rewrite.
  public var suggestion: String

  public init(
    rule: String, severity: Severity, category: RuleCategory, line: Int, column: Int,
    excerpt: String, message: String, suggestion: String
  ) {
    self.rule = rule
    self.severity = severity
    self.category = category
    self.line = line
    self.column = column
    self.excerpt = excerpt
    self.message = message
    self.suggestion = suggestion
  }

  public var position: SourcePosition { SourcePosition(line: line, column: column) }
}
