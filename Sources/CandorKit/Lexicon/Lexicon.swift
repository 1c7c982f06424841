import Foundation

/// The skills lexicon: canonical terms with aliases and categories, loaded from the
/// JSON files in `Resources/lexicon`, one per field of work.
public struct Lexicon: Sendable {
  /// One canonical term and the spellings that mean it.
  public struct Entry: Sendable, Codable, Equatable {
    /// The canonical spelling ("PostgreSQL").
    public var term: String
    public var aliases: [String]
    public var category: SkillCategory
    /// Match only with the exact letter case of the term or an alias ("Go", "R", "Swift").
    public var caseSensitive: Bool
    /// The term is also an everyday word or letter: match it only in a list context
    /// (next to a comma, slash, parenthesis, "and" or "or").
    public var ambiguous: Bool

    public init(
      term: String, aliases: [String] = [], category: SkillCategory,
      caseSensitive: Bool = false, ambiguous: Bool = false
    ) {
      self.term = term
      self.aliases = aliases
      self.category = category
      self.caseSensitive = caseSensitive
      self.ambiguous = ambiguous
    }

    private enum CodingKeys: String, CodingKey {
      case term, aliases, category, caseSensitive, ambiguous
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      term = try container.decode(String.self, forKey: .term)
      aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
      category = try container.decode(SkillCategory.self, forKey: .category)
      caseSensitive = try container.decodeIfPresent(Bool.self, forKey: .caseSensitive) ?? false
      ambiguous = try container.decodeIfPresent(Bool.self, forKey: .ambiguous) ?? false
    }
  }

  /// A lexicon file: a field of work and its terms.
  struct File: Codable {
    var field: String
    var terms: [Entry]
  }

  public let entries: [Entry]
  private let index: PhraseIndex

  public init(entries: [Entry]) {
    self.entries = entries
    self.index = PhraseIndex(entries)
  }

  /// The lexicon shipped with Candor, covering many fields of work.
  public static let standard: Lexicon = {
    Lexicon(entries: loadBundledEntries())
  }()

  /// The entry whose term or alias is `spelling`, ignoring case for case-insensitive terms.
  public func entry(for spelling: String) -> Entry? {
    index.entry(for: spelling).map { entries[$0] }
  }

  /// Every term found in `text`, longest phrase first, never overlapping, whole tokens only.
  public func matches(in text: String) -> [TermMatch] {
    let tokens = Tokenizer.tokens(in: text)
    var result: [TermMatch] = []
    var position = 0
    while position < tokens.count {
      if let (entryIndex, length) = index.longestMatch(tokens, at: position) {
        let first = tokens[position].range.lowerBound
        let last = tokens[position + length - 1].range.upperBound
        let entry = entries[entryIndex]
        result.append(
          TermMatch(
            term: entry.term, category: entry.category, spelling: String(text[first..<last]),
            range: first..<last))
        position += length
      } else {
        position += 1
      }
    }
    return result
  }

  private static func loadBundledEntries() -> [Entry] {
    guard
      let folder = Bundle.module.url(forResource: "lexicon", withExtension: nil),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return [] }
    var entries: [Entry] = []
    for name in names.sorted() where name.hasSuffix(".json") {
      let url = folder.appendingPathComponent(name)
      guard let data = try? Data(contentsOf: url),
        let file = try? JSONDecoder().decode(File.self, from: data)
      else {
        assertionFailure("lexicon file \(name) does not decode")
        continue
      }
      entries += file.terms
    }
    return entries
  }
}

/// A lexicon term found in text.
public struct TermMatch: Sendable, Equatable {
  public var term: String
  public var category: SkillCategory
  /// The text as written in the document.
  public var spelling: String
  public var range: Range<String.Index>
}
