/// What a letter will say, decided before any sentence is written.
public struct LetterPlan: Sendable, Codable, Equatable {
  /// The greeting's addressee: a person's full name, or the company's team.
  public var recipient: PlannedRecipient
  public var company: String?
  public var role: String?
  /// The company-specific detail the opening ties to.
  public var hook: PlannedHook?
  /// A second company detail, said only when the letter needs the length.
  public var secondHook: PlannedHook?
  /// The strongest evidence with a number, used in the opening.
  public var lead: PlannedEvidence?
  /// The posting requirements to answer, must-haves first, each with its evidence.
  public var points: [PlannedPoint]
  /// Evidence of what the level calls for (projects for entry, scale for senior, teams for
  /// lead), when the resume has some not already used.
  public var emphasis: PlannedEvidence?
  /// Further relevant evidence, best first, used only to reach the length target.
  public var reserve: [PlannedEvidence]
  public var opener: OpenerSituation
  /// Why the opener was chosen ("a referrer was given", "the resume's current employer…").
  public var openerReason: String
  public var level: ExperienceLevel
  public var levelReason: String
  public var closing: PlannedClosing
  public var signOff: PlannedSignOff
  /// Must-haves the resume shows no evidence for; never claimed in the letter.
  public var unmetRequirements: [String]
}

public struct PlannedRecipient: Sendable, Codable, Equatable {
  /// A person's full name, when the posting or `--to` names one.
  public var name: String?
  /// What follows "Dear": the name, or "<Company> team".
  public var addressee: String
  public var source: SourceRef?
}

public struct PlannedHook: Sendable, Codable, Equatable {
  public var text: String
  public var source: SourceRef
}

public struct PlannedEvidence: Sendable, Codable, Equatable {
  public var evidence: Evidence
  /// Relevance to the requirement or posting, higher is better.
  public var score: Double
  /// Posting terms the evidence shares.
  public var sharedTerms: [String]
}

public struct PlannedPoint: Sendable, Codable, Equatable {
  public var requirement: String
  public var tier: Tier
  public var line: Int
  public var evidence: PlannedEvidence
  /// The requirement's skills the resume shows, as the posting spells them.
  public var skills: [String] = []
  /// The requirement names skills the resume does not show.
  public var isPartlyCovered = false
}

public struct PlannedClosing: Sendable, Codable, Equatable {
  /// A named piece of the posting's work to talk through ("owning the rollout of …").
  public var topic: String
  public var topicSource: SourceRef?
  /// A project from the resume the candidate can walk the reader through.
  public var showcase: String?
  public var link: String?
  public var showcaseSource: SourceRef?
}

public struct PlannedSignOff: Sendable, Codable, Equatable {
  public var name: String?
  /// Email, phone and web address as the resume gives them.
  public var contacts: [String]
}
