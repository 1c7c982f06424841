/// The kind of thing a skill term names.
public enum SkillCategory: String, Sendable, Codable, CaseIterable {
  case language, framework, database, cloud, tool, method, certification, degree, domain
  case softSkill = "soft-skill"
}

/// How strongly a posting asks for something.
public enum Tier: String, Sendable, Codable, CaseIterable, Comparable {
  case required, preferred, other

  public static func < (lhs: Tier, rhs: Tier) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// A skill found in a document: the canonical term and where it was seen.
public struct SkillMention: Sendable, Codable, Equatable {
  /// The canonical spelling ("PostgreSQL" for "postgres").
  public var term: String
  public var category: SkillCategory
  /// The spelling used in the document, first occurrence.
  public var spelling: String
  /// The strongest tier among the lines it appears in (postings only).
  public var tier: Tier
  /// How many times it appears.
  public var count: Int
  /// 1-based source lines where it appears.
  public var lines: [Int]
  /// True when found by the lexicon; false when discovered as an unknown product name
  /// or acronym.
  public var isKnown: Bool

  public init(
    term: String, category: SkillCategory, spelling: String, tier: Tier = .other,
    count: Int = 1, lines: [Int] = [], isKnown: Bool = true
  ) {
    self.term = term
    self.category = category
    self.spelling = spelling
    self.tier = tier
    self.count = count
    self.lines = lines
    self.isKnown = isKnown
  }
}
