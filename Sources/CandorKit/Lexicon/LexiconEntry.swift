extension Lexicon {
  /// One canonical term and the spellings that mean it.
  public struct Entry: Sendable, Codable, Equatable {
    /// The canonical spelling ("PostgreSQL").
    public var term: String
    /// Other spellings, acronyms and expansions ("Postgres").
    public var aliases: [String]
    public var category: SkillCategory
    /// Spellings matched only with their exact letter case ("Go", "R", "Swift").
    ///
    /// A case-sensitive spelling that is a capitalised everyday word ("Swift", "Excel")
    /// also needs list or cue context when it opens a sentence ("Swift response times").
    public var caseSensitive: SpellingScope
    /// Spellings that are also everyday words, letters or names ("Go", "R", "Spring"):
    /// they match only in a skill context (a list with other terms, a cue such as
    /// "experience with", or standing alone as a list item).
    public var ambiguous: SpellingScope
    /// Spellings another field's entry also has ("GCP": Google Cloud Platform in software,
    /// Good Clinical Practice in clinical research): they count only when the other terms
    /// of the text point to this entry's field.
    public var homographs: SpellingScope
    /// The field of work whose data file holds the entry ("devops", "healthcare"); empty for
    /// an entry made in code.
    public var field: String
    /// True for a language people speak ("French"), which shares the `language` category
    /// with programming languages but belongs to a resume's languages, never its tools.
    public var isSpokenLanguage: Bool { field == "spoken languages" }
    /// Words of the entry's own field ("quota", "prospects" for "sales pipeline"). When
    /// given, its `ambiguous` spellings are generic words other fields use too ("building
    /// pipeline", "warehouse") and count only with one of these words nearby, never right
    /// after another field's named product ("Snowflake warehouse"); see ``FieldContext``.
    public var contextWords: [String]
    /// The kinds of tool the entry is one product of ("CRM" for Salesforce, "electronic
    /// health records" for Epic): a posting asking for the kind is answered by the product,
    /// never the other way round.
    public var kindOf: [String]

    public init(
      term: String, aliases: [String] = [], category: SkillCategory,
      caseSensitive: SpellingScope = false, ambiguous: SpellingScope = false,
      homographs: SpellingScope = false, field: String = "", contextWords: [String] = [],
      kindOf: [String] = []
    ) {
      self.term = term
      self.aliases = aliases
      self.category = category
      self.caseSensitive = caseSensitive
      self.ambiguous = ambiguous
      self.homographs = homographs
      self.field = field
      self.contextWords = contextWords
      self.kindOf = kindOf
    }

    /// The canonical term followed by its aliases.
    public var spellings: [String] { [term] + aliases }

    private enum CodingKeys: String, CodingKey {
      case term, aliases, category, caseSensitive, ambiguous, homographs, contextWords, kindOf
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      term = try container.decode(String.self, forKey: .term)
      aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
      category = try container.decode(SkillCategory.self, forKey: .category)
      caseSensitive =
        try container.decodeIfPresent(SpellingScope.self, forKey: .caseSensitive)
        ?? false
      ambiguous = try container.decodeIfPresent(SpellingScope.self, forKey: .ambiguous) ?? false
      homographs =
        try container.decodeIfPresent(SpellingScope.self, forKey: .homographs) ?? false
      field = ""
      contextWords = try container.decodeIfPresent([String].self, forKey: .contextWords) ?? []
      kindOf = try container.decodeIfPresent([String].self, forKey: .kindOf) ?? []
    }
  }

  /// Which spellings of an entry a flag applies to: none, all, or the ones listed.
  ///
  /// In the data files the flag is `true`, `false`, or a list of spellings, so "Go" can be
  /// ambiguous while its alias "Golang" is not.
  public enum SpellingScope: Sendable, Equatable, Codable, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral
  {
    case none
    case all
    case only([String])

    public init(booleanLiteral value: Bool) {
      self = value ? .all : .none
    }

    public init(arrayLiteral elements: String...) {
      self = .only(elements)
    }

    /// True when the flag applies to `spelling`, one of the entry's own spellings.
    public func contains(_ spelling: String) -> Bool {
      switch self {
      case .none: false
      case .all: true
      case .only(let list): list.contains(spelling)
      }
    }

    /// True when the flag applies to no spelling.
    public var isEmpty: Bool {
      switch self {
      case .none: true
      case .all: false
      case .only(let list): list.isEmpty
      }
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let flag = try? container.decode(Bool.self) {
        self = flag ? .all : .none
      } else {
        self = .only(try container.decode([String].self))
      }
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .none: try container.encode(false)
      case .all: try container.encode(true)
      case .only(let list): try container.encode(list)
      }
    }
  }
}
