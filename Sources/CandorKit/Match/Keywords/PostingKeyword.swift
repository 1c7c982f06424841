/// The kind of term an ATS screen weighs in a posting.
public enum KeywordCategory: String, Sendable, Codable, CaseIterable {
  case hardSkill = "hard-skill"
  case tool, certification, degree, domain
  case softSkill = "soft-skill"
  case title
  /// A language people speak ("German", "American Sign Language"), never a hard skill.
  case spokenLanguage = "spoken-language"

  /// The keyword category of a lexicon category: languages, frameworks, databases and
  /// methods are hard skills; clouds and tools are tools. `isSpoken` marks a language of
  /// the lexicon's spoken-languages field, which shares `.language` with programming ones.
  public init(_ category: SkillCategory, isSpoken: Bool = false) {
    if isSpoken {
      self = .spokenLanguage
      return
    }
    switch category {
    case .language, .framework, .database, .method: self = .hardSkill
    case .tool, .cloud: self = .tool
    case .certification: self = .certification
    case .degree: self = .degree
    case .domain: self = .domain
    case .softSkill: self = .softSkill
    }
  }
}

/// One way to satisfy a keyword: for "Python or Go", Python is one option and Go another.
public struct KeywordOption: Sendable, Codable, Equatable, Hashable {
  /// The option as the posting spells it.
  public var term: String
  /// The comparison key (see ``Lexicon/key(for:)``): spellings that share it match.
  public var key: String
  /// True when the lexicon knows the term, so its aliases match too.
  public var isKnown: Bool

  public init(term: String, key: String, isKnown: Bool) {
    self.term = term
    self.key = key
    self.isKnown = isKnown
  }
}

/// A term of a posting that a resume or letter should show, with how much it counts.
public struct PostingKeyword: Sendable, Codable, Equatable {
  /// The term as the posting spells it; an either/or requirement reads "Python or Go".
  public var term: String
  public var category: KeywordCategory
  public var tier: Tier
  /// How much the keyword counts, from its tier, repetition and position; larger is more.
  public var weight: Double
  /// How many times the posting names it.
  public var count: Int
  /// 1-based source lines of the posting where it appears.
  public var lines: [Int]
  /// The ways to satisfy it: one option, or several for an either/or requirement.
  public var options: [KeywordOption]
  /// Terms the posting offers in this one's place wherever it names it ("Power BI or
  /// Tableau" makes Power BI a partner of Tableau): showing one meets the keyword too.
  public var partners: [KeywordOption]

  public init(
    term: String, category: KeywordCategory, tier: Tier, weight: Double, count: Int,
    lines: [Int], options: [KeywordOption], partners: [KeywordOption] = []
  ) {
    self.term = term
    self.category = category
    self.tier = tier
    self.weight = weight
    self.count = count
    self.lines = lines
    self.options = options
    self.partners = partners
  }

  /// True when any one of several options satisfies the keyword.
  public var isEitherOr: Bool { options.count > 1 }

  /// The keys of every term that meets the keyword: its options and its partners.
  public var meetingKeys: Set<String> { Set((options + partners).map(\.key)) }
}

extension PostingKeyword {
  /// The distinct terms the keyword names, for comparing with a list of terms: each option
  /// of an either/or requirement, a degree requirement by its first degree only, and the
  /// title by each of its slash-separated parts.
  public var terms: [String] {
    switch category {
    case .degree: return [term]
    case .title: return term.split(separator: "/").map(String.init)
    default: return options.count < 2 ? [term] : options.map(\.term)
    }
  }
}
