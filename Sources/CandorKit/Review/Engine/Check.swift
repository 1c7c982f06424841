/// How a rule finds problems: one of a few generic engines configured by data, or code.
enum Check: Sendable {
  case existence(Existence)
  case substitution(Substitution)
  case occurrence(Occurrence)
  case repetition(Repetition)
  case metric(Metric)
  case code(any CodeCheck)

  var kind: String {
    switch self {
    case .existence: return "existence"
    case .substitution: return "substitution"
    case .occurrence: return "occurrence"
    case .repetition: return "repetition"
    case .metric: return "metric"
    case .code: return "code"
    }
  }

  /// The phrase patterns the shared scan must look for on this rule's behalf.
  var patterns: [TokenPattern] {
    switch self {
    case .existence(let check): return check.patterns
    case .substitution(let check): return check.pairs.map(\.pattern)
    case .occurrence(let check): return check.patterns
    default: return []
    }
  }

  /// Where the patterns are looked for.
  var region: Region {
    switch self {
    case .existence(let check): return check.region
    case .substitution(let check): return check.region
    case .occurrence: return .body
    default: return .letter
    }
  }
}

/// A rule whose logic is code: it reads the review context and returns hits.
protocol CodeCheck: Sendable {
  func run(_ context: ReviewContext) -> [Hit]
}

/// A place a rule fired, before it becomes a ``Finding``.
struct Hit {
  var range: Range<String.Index>
  /// The message in house style; already filled in.
  var message: String
  /// A concrete fix; nil means the rule's general fix.
  var suggestion: String?
  /// What to quote; nil means the text in `range`.
  var excerpt: String?
  /// Overrides the rule's default severity for this finding.
  var severity: Severity?
}

/// The part of a letter a check looks at.
enum Region: String, Sendable {
  case greeting
  /// The first body paragraph.
  case opening
  /// The last two body paragraphs.
  case closing
  /// Every body paragraph.
  case body
  /// Everything from the header to the signature.
  case letter
}

/// When a phrase is excused because the text around it backs it up.
enum Excuse: Sendable {
  case none
  /// The phrase is followed by examples ("tools such as Jenkins", "databases (PostgreSQL)")
  /// or is part of a named lexicon term ("SOAP web services").
  case namedRightAfter
  /// The phrase's sentence or the next one in its paragraph tells a concrete incident: an
  /// action with a result (a number, a named technology or project, an outcome), in a
  /// sentence that is not itself a vague claim.
  case incidentInParagraph
  /// The closing also proposes a concrete next step ("I will ring on Friday").
  case nextStepInClosing
  /// A claim of size (one of the first `sizes` patterns) is excused when its sentence
  /// measures the work with a figure ("greatly reduced errors, by 40%"): the size word only
  /// leads to it. A claim of breadth (the other patterns: "helped with many projects",
  /// "extensive experience") is excused only when its sentence names a technology or tool,
  /// since no figure says which projects ("cut costs 20%" names none).
  case figureOrNamed(sizes: Int)
  /// The resume shows a career break (``CareerBreak``): one it lists or states, or over a
  /// year since its last role and anything dated after it.
  case resumeShowsBreak
}

/// A concrete fix that code builds from the posting and resume.
enum FixBuilder: Sendable {
  /// The rule's general fix text.
  case general
  /// Address the person the posting names.
  case greeting
  /// An opening sentence built from the posting and the resume.
  case opener
  /// A closing with a concrete next step built from the posting and the resume.
  case closing
}

/// Flags phrases that should not be there (`forbid`), or a region that lacks all of them
/// (`require`).
struct Existence: Sendable {
  enum Mode: Sendable { case forbid, require }

  var patterns: [TokenPattern]
  var region: Region
  var mode: Mode = .forbid
  var excuse: Excuse = .none
  /// House-style message; `{match}` is replaced by the offending words.
  var message: String
  var fix: FixBuilder = .general
  /// The words a match can start with; nil when some pattern can start with any word.
  let startKeys: Set<String>?

  init(
    _ patterns: [String], in region: Region, mode: Mode = .forbid, excuse: Excuse = .none,
    message: String, fix: FixBuilder = .general
  ) {
    self.patterns = patterns.map(TokenPattern.init)
    let keys = self.patterns.map(\.firstKeys)
    startKeys = keys.contains(where: \.isEmpty) ? nil : Set(keys.joined())
    self.region = region
    self.mode = mode
    self.excuse = excuse
    self.message = message
    self.fix = fix
  }
}

/// Suggests a better wording for each phrase: "say Y, not X".
struct Substitution: Sendable {
  var pairs: [(pattern: TokenPattern, replacement: String)]
  var region: Region
  /// `{match}` and `{replacement}` are filled in.
  var message: String

  init(_ pairs: [(String, String)], in region: Region = .body, message: String) {
    self.pairs = pairs.map { (TokenPattern($0.0), $0.1) }
    self.region = region
    self.message = message
  }
}

/// Allows phrases up to a number of times per letter or paragraph.
struct Occurrence: Sendable {
  var patterns: [TokenPattern]
  var scope: RuleScope
  var limit: Int
  /// `{match}`, `{limit}` and `{value}` are filled in.
  var message: String

  init(_ patterns: [String], scope: RuleScope, limit: Int, message: String) {
    self.patterns = patterns.map(TokenPattern.init)
    self.scope = scope
    self.limit = limit
    self.message = message
  }
}

/// Flags the same thing said twice in a row.
enum Repetition: Sendable {
  /// "in in", "really really": the same word twice, except the listed words.
  case adjacentWords(except: Set<String>, message: String)
  /// `run` body sentences in a row opening with the same word.
  case sentenceOpenings(run: Int, message: String)
  /// `limit` or more body sentences anywhere in the letter opening with the same two words,
  /// a name in second place counting as any name: "At Larkspur, I …", "At Brightline, I …".
  case sentenceFrames(limit: Int, message: String)
  /// `limit` or more body sentences opening with the same formula: a frame and the word
  /// after it ("also" skipped), when it starts with one of `SentenceFrame.formulas` ("your
  /// posting" counts "Your posting asks for" and "Your posting also asks for" together); the
  /// composer keeps each formula to one sentence by the same list.
  case formulaFrames(limit: Int, message: String)
}

/// Measures text against limits; the message states the limit and the measured value.
enum Metric: Sendable {
  /// Body words outside `range`; messages for too short and too long. Under half the
  /// minimum or over one and a half times the maximum is an error.
  case letterWords(range: ClosedRange<Int>, short: String, long: String)
  case paragraphWords(limit: Int, message: String)
  case sentenceWords(limit: Int, message: String)
  /// More than `share` of the body sentences open with `word`.
  case sentenceOpenings(word: String, share: Double, message: String)
}

extension Existence {
  /// True when any pattern matches somewhere in `text`, ignoring region and excuses: for
  /// screening short statements, such as resume lines a letter might quote.
  func matches(_ text: String) -> Bool {
    matches(text, words: WordTokenizer.words(in: text))
  }

  /// `matches(_:)` on a text already split into `words`.
  func matches(_ text: String, words: [LetterWord]) -> Bool {
    words.indices.contains { start in
      (startKeys?.contains(words[start].key) ?? true)
        && patterns.contains { $0.match(words, at: start, in: text) != nil }
    }
  }
}
