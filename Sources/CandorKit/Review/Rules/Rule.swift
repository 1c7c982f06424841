/// One review rule: its metadata, its check and the examples that prove it.
///
/// A rule is a value. The same value feeds `candor review --rules`, `--explain`, the
/// documentation and the tests, which run every example.
public struct Rule: Sendable {
  /// Stable, kebab-case id used in findings and `candor-disable` comments.
  public let id: String
  public let title: String
  /// One sentence: what the rule looks for.
  public let summary: String
  /// Why it matters to the person reading the letter.
  public let rationale: String
  public let category: RuleCategory
  public let severity: Severity
  /// The stretch of text one finding judges.
  public let scope: RuleScope
  /// What the rule needs besides the letter.
  public let needs: RuleNeeds
  /// The fix in general terms; findings make it concrete when they can.
  public let fix: String
  /// Texts that must and must not trigger the rule.
  public let examples: [RuleExample]
  /// What the rule leaves unchecked in a letter in another language, when it runs there in
  /// part (nil: it runs whole, or not at all when `needs` holds `.english`).
  public let englishOnlyPart: String?
  let check: Check

  init(
    id: String, title: String, summary: String, rationale: String, category: RuleCategory,
    severity: Severity, scope: RuleScope, needs: RuleNeeds = .english,
    englishOnlyPart: String? = nil, fix: String, check: Check, examples: [RuleExample]
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.rationale = rationale
    self.category = category
    self.severity = severity
    self.scope = scope
    self.needs = needs
    self.englishOnlyPart = englishOnlyPart
    self.fix = fix
    self.check = check
    self.examples = examples
  }

  /// The kind of check that runs the rule: `existence`, `metric`, `code`, …
  public var kind: String { check.kind }
}

/// The stretch of text a rule judges at once.
public enum RuleScope: String, Sendable, Codable {
  case sentence, paragraph, letter
}

/// Inputs a rule needs beyond the letter itself.
public struct RuleNeeds: OptionSet, Sendable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// The letter must be in English (phrase lists are English).
  public static let english = RuleNeeds(rawValue: 1)
  /// Runs only with `--job`.
  public static let job = RuleNeeds(rawValue: 2)
  /// Runs only with `--resume`.
  public static let resume = RuleNeeds(rawValue: 4)
  /// Runs only with a spell checker.
  public static let spelling = RuleNeeds(rawValue: 8)
}

/// A text that must or must not trigger a rule.
///
/// In a triggering example, `↓` marks each place a finding must start; the test removes the
/// marks and checks every finding's line and column against them.
public struct RuleExample: Sendable {
  public static let marker: Character = "↓"

  public var text: String
  public var triggers: Bool
  public var job: JobPosting?
  public var resume: ParsedResume?

  static func triggers(_ text: String, job: JobPosting? = nil, resume: ParsedResume? = nil)
    -> RuleExample
  {
    RuleExample(text: text, triggers: true, job: job, resume: resume)
  }

  static func passes(_ text: String, job: JobPosting? = nil, resume: ParsedResume? = nil)
    -> RuleExample
  {
    RuleExample(text: text, triggers: false, job: job, resume: resume)
  }

  /// The text without markers.
  public var plainText: String { text.filter { $0 != Self.marker } }

  /// Where the markers are, as positions in ``plainText``.
  public var markedPositions: [SourcePosition] {
    var positions: [SourcePosition] = []
    var line = 1
    var column = 1
    for character in text {
      if character == Self.marker {
        positions.append(SourcePosition(line: line, column: column))
      } else if character == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return positions
  }
}
