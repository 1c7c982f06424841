/// A composed cover letter: its paragraphs, each sentence with the sources it rests on.
public struct Letter: Sendable, Codable, Equatable {
  public var paragraphs: [LetterParagraph]
  public var options: LetterOptions
  public var plan: LetterPlan

  public init(paragraphs: [LetterParagraph], options: LetterOptions, plan: LetterPlan) {
    self.paragraphs = paragraphs
    self.options = options
    self.plan = plan
  }

  /// The letter as plain text: paragraphs separated by a blank line.
  public var text: String {
    paragraphs.map(\.text).joined(separator: "\n\n") + "\n"
  }

  /// The body word range the chosen length aims for.
  public var targetWords: ClosedRange<Int> {
    options.length == .short ? Self.shortWords : 250...380
  }

  /// The body words of a short letter, for an application form's text box.
  public static let shortWords = 120...180

  /// Fewer than this many quotable statements cannot fill a letter without padding.
  public static let thinResumeStatements = 6

  /// Words in the body paragraphs (opening, body and closing), as length limits count them.
  public var bodyWordCount: Int {
    paragraphs.filter(\.role.isBody).reduce(0) { $0 + $1.wordCount }
  }
}

/// One paragraph of a letter.
public struct LetterParagraph: Sendable, Codable, Equatable {
  public enum Role: String, Sendable, Codable {
    case greeting, opening, body, closing
    case signOff = "sign-off"

    var isBody: Bool { self == .opening || self == .body || self == .closing }
  }

  public var role: Role
  public var sentences: [LetterSentence]

  public init(role: Role, sentences: [LetterSentence]) {
    self.role = role
    self.sentences = sentences
  }

  /// Sentences joined by spaces; the sign-off keeps one line per sentence.
  public var text: String {
    sentences.map(\.text).joined(separator: role == .signOff ? "\n" : " ")
  }

  /// Words as the reviewer counts them: a lone "/" or "-" is not a word.
  public var wordCount: Int {
    sentences.reduce(0) { $0 + WordCount.words($1.text) }
  }
}

/// One sentence and where its facts come from.
public struct LetterSentence: Sendable, Codable, Equatable {
  public var text: String
  public var sources: [SourceRef]

  /// A name ending in a full stop ("Co.") that closes the sentence keeps one full stop.
  public init(_ text: String, sources: [SourceRef] = []) {
    self.text = FullStops.single(text)
    self.sources = sources
  }
}

/// Where a fact in a letter comes from.
public struct SourceRef: Sendable, Codable, Equatable, Hashable {
  public enum Kind: String, Sendable, Codable {
    case resume, posting, option
  }

  public var kind: Kind
  /// A JSON Resume path (`work[1].highlights[2]`), a posting line (`line 14`), or an option
  /// name (`--hook`).
  public var reference: String

  public init(_ kind: Kind, _ reference: String) {
    self.kind = kind
    self.reference = reference
  }

  static func posting(line: Int) -> SourceRef { SourceRef(.posting, "line \(line)") }
  static func resume(_ path: String) -> SourceRef { SourceRef(.resume, path) }
  static func option(_ name: String) -> SourceRef { SourceRef(.option, name) }
}
