/// How well a resume, a letter, or both match a posting's keywords, with the evidence.
public struct MatchReport: Sendable, Codable, Equatable {
  /// The posting's title and company, for the report's heading.
  public var title: String?
  public var company: String?
  /// The documents compared: `resume`, `letter`, or both.
  public var documents: [MatchLocation.Document]
  /// The weighted share of the posting's keywords found, 0…1.
  public var matchRate: Double
  /// Each document's own rate, when both were given.
  public var resumeRate: Double?
  public var letterRate: Double?
  /// Every keyword, in the posting's order of weight.
  public var keywords: [KeywordResult]
  /// Found and total keywords per category and per tier.
  public var categories: [GroupRate]
  public var tiers: [GroupRate]
  /// Which requirements each document covers, when both were given.
  public var coverage: Coverage?
  public var recommendations: [Recommendation]
  /// Keywords no document supports: not to be added unless they are true.
  public var gaps: [String]
  public var warnings: [MatchWarning]
  /// What to do next about the match rate.
  public var advice: String
}

/// Where a keyword was found.
public struct MatchLocation: Sendable, Codable, Equatable, Hashable {
  public enum Document: String, Sendable, Codable, CaseIterable {
    case resume, letter
  }

  public var document: Document
  /// "Experience: Northwind", "Skills", "paragraph 2".
  public var section: String
  /// The 1-based line in the source file, when known.
  public var line: Int?
  /// The 1-based paragraph of a letter.
  public var paragraph: Int?
  /// The JSON Resume path of a resume value.
  public var path: String?
}

/// One posting keyword and whether the documents show it.
public struct KeywordResult: Sendable, Codable, Equatable {
  public var term: String
  public var category: KeywordCategory
  public var tier: Tier
  public var weight: Double
  public var found: Bool
  /// The spelling the document uses, first occurrence ("Postgres" for PostgreSQL).
  public var foundAs: String?
  /// True when only an alternative the posting offers in the keyword's place is shown
  /// ("Java" met by "Go" for "Go or Java"); `foundAs` then names that alternative.
  public var isMetByAlternative: Bool
  public var locations: [MatchLocation]
  /// Whether each given document shows it; nil for a document not given.
  public var inResume: Bool?
  public var inLetter: Bool?

  private enum CodingKeys: String, CodingKey {
    case term, category, tier, weight, found, foundAs, isMetByAlternative, locations
    case inResume, inLetter
  }

  /// Encodes `foundAs` as null when missing, so every keyword has the same keys.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(term, forKey: .term)
    try container.encode(category, forKey: .category)
    try container.encode(tier, forKey: .tier)
    try container.encode(weight, forKey: .weight)
    try container.encode(found, forKey: .found)
    try container.encode(foundAs, forKey: .foundAs)
    try container.encode(isMetByAlternative, forKey: .isMetByAlternative)
    try container.encode(locations, forKey: .locations)
    try container.encodeIfPresent(inResume, forKey: .inResume)
    try container.encodeIfPresent(inLetter, forKey: .inLetter)
  }
}

/// Found keywords and their weighted share within one category or tier.
public struct GroupRate: Sendable, Codable, Equatable {
  public var name: String
  public var found: Int
  public var total: Int
  public var rate: Double
}

/// For a resume and letter together: what each covers and what neither does.
public struct Coverage: Sendable, Codable, Equatable {
  public var requirements: [RequirementCoverage]
  /// Must-have keywords neither document shows.
  public var missingMustHaves: [String]
  /// Letter sentences that repeat a resume line nearly word for word.
  public var repeatedBullets: [RepeatedBullet]
  /// True when most of the letter's body only repeats resume lines.
  public var letterOnlyRepeats: Bool
}

/// One requirement line of the posting and the documents that cover it.
public struct RequirementCoverage: Sendable, Codable, Equatable {
  public var text: String
  public var line: Int
  public var tier: Tier
  public var inResume: Bool
  public var inLetter: Bool
}

/// A letter sentence that repeats a resume line.
public struct RepeatedBullet: Sendable, Codable, Equatable {
  public var sentence: String
  public var paragraph: Int
  public var resumeText: String
  public var resumePath: String?
}

/// Something true the person can add: a keyword their resume shows in one place but not
/// where it counts.
public struct Recommendation: Sendable, Codable, Equatable {
  public enum Kind: String, Sendable, Codable {
    /// The skills list or education names it, but no role or project shows it in use.
    case showInRole
    /// The resume shows it, the letter does not mention it.
    case mentionInLetter
    /// A credential is asked for; the resume shows only the work it certifies.
    case showCredential
  }

  public var kind: Kind
  public var term: String
  public var message: String
}

/// A sign of keyword stuffing.
public struct MatchWarning: Sendable, Codable, Equatable {
  public enum Kind: String, Sendable, Codable {
    /// One keyword makes up too large a share of a document's words.
    case density
    /// A long run of words is copied from the posting.
    case copiedPhrase
  }

  public var kind: Kind
  public var document: MatchLocation.Document
  public var message: String
}
