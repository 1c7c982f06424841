/// What the person chose for one letter. Defaults give a formal, standard-length letter
/// with level and opener inferred from the inputs.
public struct LetterOptions: Sendable, Codable, Equatable {
  public enum Tone: String, Sendable, Codable, CaseIterable {
    case formal, conversational, confident
  }

  public enum LevelChoice: String, Sendable, Codable, CaseIterable {
    case auto, entry, mid, senior, lead
  }

  public enum OpenerChoice: String, Sendable, Codable, CaseIterable {
    case auto, match, referral
    case careerChange = "career-change"
    case `internal`
    case `return`
  }

  public enum Length: String, Sendable, Codable, CaseIterable {
    case standard, short
  }

  public var tone: Tone
  public var level: LevelChoice
  public var opener: OpenerChoice
  /// Who referred the candidate (`--referrer`); required for a referral opener.
  public var referrer: String?
  /// The person to address (`--to`); wins over a name in the posting.
  public var recipient: String?
  /// A company-specific detail to open on (`--hook`); wins over the posting's hooks.
  public var hook: String?
  /// Picks among equally good phrasings; the same number gives the same letter.
  public var variant: Int
  public var length: Length

  public init(
    tone: Tone = .formal, level: LevelChoice = .auto, opener: OpenerChoice = .auto,
    referrer: String? = nil, recipient: String? = nil, hook: String? = nil, variant: Int = 0,
    length: Length = .standard
  ) {
    self.tone = tone
    self.level = level
    self.opener = opener
    self.referrer = referrer
    self.recipient = recipient
    self.hook = hook
    self.variant = variant
    self.length = length
  }
}

/// The situation the opening paragraph speaks from.
public enum OpenerSituation: String, Sendable, Codable, CaseIterable {
  case match, referral
  case careerChange = "career-change"
  case `internal`
  case `return`
}
