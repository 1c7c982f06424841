/// What a letter will say, decided before any sentence is written.
public struct LetterPlan: Sendable, Codable, Equatable {
  /// The greeting's addressee: a person's full name, or the company's team.
  public var recipient: PlannedRecipient
  public var company: String?
  public var role: String?
  /// The company-specific detail the opening ties to.
  public var hook: PlannedHook?
  /// A second company detail, said only when the letter needs the length.
  public var secondHook: PlannedHook? = nil
  /// The strongest evidence with a number, used in the opening.
  public var lead: PlannedEvidence?
  /// The posting requirements to answer, must-haves first, each with its evidence.
  public var points: [PlannedPoint]
  /// Evidence of what the level calls for (projects for entry, scale for senior, teams for
  /// lead), when the resume has some not already used.
  public var emphasis: PlannedEvidence? = nil
  /// Further relevant evidence, best first, used only to reach the length target.
  public var reserve: [PlannedEvidence] = []
  /// Roles said from the resume's structured facts (employer, title, the skills named in
  /// the entry), for resumes whose statements cannot be quoted; used only for length.
  public var roles: [PlannedRole] = []
  /// The highest degree or course of study, said only for length.
  public var education: PlannedEducation? = nil
  /// Further degrees and courses, each distinct, said only for length.
  public var furtherEducation: [PlannedEducation] = []
  /// The resume's tools and credentials, the posting's first; named only for length.
  public var toolkit: [String] = []
  /// The skills the resume lists, in its own words, for resumes with little else to say.
  public var listedSkills: [String] = []
  /// The languages the resume lists.
  public var languages: [String] = []
  /// Posting responsibilities as work the candidate is ready to take on, for length.
  public var duties: [PlannedHook] = []
  public var opener: OpenerSituation
  /// Why the opener was chosen ("a referrer was given", "the resume's current employer…").
  public var openerReason: String
  /// What shows the break a return opening names: a break the resume lists or states, the
  /// gap after its last role, or `--opener return` typed by the person; nil for any other
  /// opening.
  public var breakSource: SourceRef? = nil
  /// Who referred the person, for a referral opening: `--referrer`, or a referral to this
  /// company the resume states; nil for any other opening.
  public var referrer: PlannedReferrer? = nil
  public var level: ExperienceLevel
  public var levelReason: String
  public var closing: PlannedClosing
  public var signOff: PlannedSignOff
  /// How many resume statements the letter could quote in all.
  public var statementCount: Int {
    (lead == nil ? 0 : 1) + points.count + (emphasis == nil ? 0 : 1) + reserve.count
  }

  /// Must-haves the resume shows no evidence for; never claimed in the letter.
  public var unmetRequirements: [String]
}

/// The person a referral opening names, and where the name comes from.
public struct PlannedReferrer: Sendable, Codable, Equatable {
  public var name: String
  public var source: SourceRef
}

public struct PlannedRecipient: Sendable, Codable, Equatable {
  /// A person's full name, when the posting or `--to` names one.
  public var name: String?
  /// What follows "Dear": the name, with the surname after the posting's honorific ("Dr.
  /// Vance"), or "<Company> team".
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
  /// For an ask for years in a field, the resume's roles in that field (indexes into its
  /// work), which the letter tells with their dates.
  public var tenure: [Int]? = nil
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

/// One job as the resume's fields state it.
public struct PlannedRole: Sendable, Codable, Equatable {
  public var employer: String
  public var position: String?
  /// Tools and credentials the entry's statements name, the posting's first.
  public var skills: [String]
  public var path: String
}

/// A degree or course of study as the resume's fields state it.
public struct PlannedEducation: Sendable, Codable, Equatable {
  public var institution: String
  public var studyType: String?
  public var area: String?
  public var path: String
  /// True when the resume dates its end after today ("expected May 2027"): the person is
  /// completing it and holds it not yet.
  public var isExpected: Bool? = nil
  /// The year of the programme the resume says the person is in ("Third year").
  public var yearOfStudy: String? = nil
}
