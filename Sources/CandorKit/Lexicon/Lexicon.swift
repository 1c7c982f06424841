import Foundation

/// The skills lexicon: canonical terms with aliases and categories, loaded from the
/// JSON files in `Resources/lexicon`, one per field of work.
public struct Lexicon: Sendable {
  /// Every entry, in the order given (file by file for the standard lexicon).
  public let entries: [Entry]
  private let index: PhraseIndex
  private let fieldContext: FieldContext
  /// For each entry with a homograph spelling, every entry sharing one (itself included).
  private let homographChoices: [Int: [Int]]
  /// For each product's canonical term, the canonical terms of the kinds it is one of.
  private let kinds: [String: [String]]
  /// The canonical terms some product is a kind of ("CRM", "RTOS").
  private let kindTerms: Set<String>
  /// Tells this lexicon (and its copies) from one built separately, for reusing its matches.
  private let identity = Identity()

  private final class Identity: Sendable {}

  /// A lexicon of `entries`; no spelling should belong to two entries.
  public init(entries: [Entry]) {
    self.entries = entries
    let index = PhraseIndex(entries)
    self.index = index
    self.fieldContext = FieldContext(entries)
    self.homographChoices = HomographSense.choices(entries)
    var kinds: [String: [String]] = [:]
    for entry in entries where !entry.kindOf.isEmpty {
      kinds[entry.term] = entry.kindOf.map { kind in
        index.lookup(Tokenizer.trimmed(Tokenizer.tokens(in: kind))).map { entries[$0].term }
          ?? kind
      }
    }
    self.kinds = kinds
    self.kindTerms = Set(kinds.values.joined())
  }

  /// The canonical terms of the kinds of tool `term` is one product of ("CRM" for
  /// "Salesforce"); empty for a term that names no product of a kind.
  public func kinds(of term: String) -> [String] { kinds[term] ?? [] }

  /// True when `term` is a kind of tool that named products are ("RTOS" for FreeRTOS and
  /// Zephyr): written alone it names no product.
  public func isKind(_ term: String) -> Bool { kindTerms.contains(term) }

  /// The lexicon shipped with Candor, covering many fields of work; loaded once.
  public static let standard: Lexicon = Lexicon(entries: LexiconFiles.bundledEntries())

  /// True when `other` is this lexicon or a copy of it, not one built separately.
  func isSame(as other: Lexicon) -> Bool { identity === other.identity }

  /// The entry one of whose spellings is `spelling`, with the entry's case rules, light
  /// plurals and hyphen or space variants ("postgres", "Front-end", "APIs").
  public func entry(for spelling: String) -> Entry? {
    let tokens = Tokenizer.trimmed(Tokenizer.tokens(in: spelling))
    guard !tokens.isEmpty else { return nil }
    return index.lookup(tokens).map { entries[$0] }
  }

  /// Every term found in `text`, longest phrase first, never overlapping, whole tokens
  /// only; everyday-word spellings ("Go", "R", "Spring") only in skill context; no word
  /// the words around it give another sense (``WordSense``); a spelling two fields share
  /// ("GCP") in the sense of the field the text's other terms belong to.
  public func matches(in text: String) -> [TermMatch] {
    matches(in: text, tokens: TokenText(Tokenizer.tokens(in: text)))
  }

  /// ``matches(in:)`` with `text` already tokenized, for a caller that keeps the tokens; a
  /// homograph `text` leaves open takes the sense of `document`, the text's whole document.
  func matches(in text: String, tokens: TokenText, document: DocumentSense? = nil)
    -> [TermMatch]
  {
    var found = senses(in: tokens)
    if found.contains(where: \.isHomograph) {
      found = HomographSense.resolved(
        found, entries: entries, choices: homographChoices,
        document: { document?.votes(self) })
    }
    let completions = Ellipsis.completions(found, in: tokens, index: index)
    if !completions.isEmpty {
      found = (found + completions).sorted { $0.start < $1.start }
    }
    return found.map { match in
      let first = tokens[match.start].range.lowerBound
      var last = tokens[match.end - 1].range.upperBound
      // "ARRT (CT)": the bracket a spelling opens closes with it.
      let bytes = text[first..<last].utf8
      if bytes.contains(0x28), !bytes.contains(0x29), last < text.endIndex, text[last] == ")" {
        last = text.index(after: last)
      }
      let entry = entries[match.entry]
      return TermMatch(
        term: entry.term, category: entry.category, spelling: String(text[first..<last]),
        range: first..<last, spellingCount: entry.aliases.count + 1)
    }
  }

  /// ``matches(in:)`` of one text of a document: a homograph the text leaves open takes
  /// the sense of `document`.
  func matches(in text: String, document: DocumentSense?) -> [TermMatch] {
    matches(in: text, tokens: TokenText(Tokenizer.tokens(in: text)), document: document)
  }

  /// The terms of `tokens` in context, homographs not yet resolved.
  private func senses(in tokens: TokenText) -> [PhraseMatch] {
    let candidates = fieldContext.confirmed(index.candidates(in: tokens), in: tokens.tokens)
    return WordSense.kept(SkillContext.confirmed(candidates, in: tokens.tokens), in: tokens)
  }

  /// How many terms of `lines` belong to each field (``HomographSense/votes(_:entries:choices:)``):
  /// the sense of a whole document.
  func fieldVotes(in lines: [String]) -> HomographSense.Votes {
    let found = lines.flatMap { senses(in: TokenText(Tokenizer.tokens(in: $0))) }
    return HomographSense.votes(found, entries: entries, choices: homographChoices)
  }

  /// A comparison key for a keyword: the canonical term's normalised form when the
  /// lexicon knows the spelling, otherwise the normalised spelling with a plural "s" off.
  ///
  /// "Postgres" and "PostgreSQL" share a key, as do "unit tests" and "Unit test".
  public func key(for spelling: String) -> String {
    if let entry = entry(for: spelling) { return Self.normalized(entry.term) }
    var words = Self.normalized(spelling).split(separator: " ").map(String.init)
    if let last = words.last, let singular = Plural.singulars(of: last).first {
      words[words.count - 1] = singular
    }
    return words.joined(separator: " ")
  }

  /// `text` in the form used to compare keywords: compatibility-normalised, lowercased,
  /// apostrophes dropped, hyphens, slashes, underscores and runs of spaces turned into one
  /// space, surrounding punctuation removed; `+`, `#`, `.` and `&` inside names are kept
  /// ("C++", "ASP.NET", "R&D").
  public static func normalized(_ text: String) -> String {
    let compatible = text.precomposedStringWithCompatibilityMapping
      .replacingOccurrences(of: "_", with: " ")
    return Tokenizer.tokens(in: compatible)
      .filter { !$0.isPunctuation || $0.text == "&" }
      .map(\.folded)
      .joined(separator: " ")
  }
}

/// A lexicon term found in text.
public struct TermMatch: Sendable, Equatable {
  /// The canonical term.
  public var term: String
  /// The category of the canonical term.
  public var category: SkillCategory
  /// The text as written in the document.
  public var spelling: String
  /// Where the spelling sits in the text passed to ``Lexicon/matches(in:)``.
  public var range: Range<String.Index>
  /// How many spellings the lexicon gives the term: the term itself and its aliases.
  public var spellingCount = 1
}
