/// A resume read from a file: the JSON Resume model plus what Candor derived from it.
public struct ParsedResume: Sendable, Codable, Equatable {
  public var resume: Resume
  /// Every work highlight (and project, volunteer and summary statement) as evidence.
  public var evidence: [Evidence]
  /// Skills named anywhere in the resume, canonical terms.
  public var skills: [SkillMention]
  /// The years the resume states about itself ("8 years of experience"), or else (or when
  /// they cover more) the years covered by dated roles, overlaps merged.
  public var yearsOfExperience: Double
  /// True when `yearsOfExperience` is the count the resume states, not one worked out.
  public var yearsAreStated: Bool?
  /// The years the resume states when its dated roles cover more, so both can be shown;
  /// nil when it states none or `yearsOfExperience` is the stated count.
  public var statedYears: Double?
  /// The stretches of roles whose dates list several ("Jun–Aug 2019, Jun–Aug 2020",
  /// "Summers 2019–2022", each summer June to August): JSON Resume keeps one start and end
  /// per role, and years of experience count these months instead. Nil when none does.
  public var workPeriods: [WorkPeriod]?
  /// The lengths of roles dated only by how long they lasted ("(2 years)"), which JSON
  /// Resume has no field for; years of experience count them where they fit between the
  /// dated roles. Nil when none is.
  public var workLengths: [WorkLength]?
  /// The years the dated roles cover up to today when the stated count is kept although
  /// they cover more: the resume's own figure agrees with its dates as written, and it was
  /// written so long ago that its "present" role running on to today is a guess. Nil
  /// otherwise.
  public var datedYears: Double?
  /// ISO 639-1 code of the resume's language.
  public var language: String
  public var format: InputFormat
  /// The document the resume's text was taken from (PDF or DOCX); nil for a text file.
  public var document: DocumentFormat?
  /// What the reader could not map ("unrecognised key 'selectedTemplate'").
  public var notes: [String]
  /// Sections the reader left unread that hold dates, and so may hold roles ("'Field
  /// Work' (line 12)"); nil when there are none. A copy of the resume would lose them.
  public var unreadDatedSections: [String]?
  /// A warning that the resume's layout could not be read well (two columns run together
  /// on each line), for the person to act on; nil when there is none.
  public var layoutWarning: String?

  public init(
    resume: Resume, evidence: [Evidence] = [], skills: [SkillMention] = [],
    yearsOfExperience: Double = 0, language: String = "en", format: InputFormat = .json,
    notes: [String] = [], document: DocumentFormat? = nil, yearsAreStated: Bool? = nil
  ) {
    self.yearsAreStated = yearsAreStated
    self.resume = resume
    self.evidence = evidence
    self.skills = skills
    self.yearsOfExperience = yearsOfExperience
    self.language = language
    self.format = format
    self.notes = notes
    self.document = document
  }
}

/// One stretch of months a role covers when its dates list several.
public struct WorkPeriod: Sendable, Codable, Equatable {
  /// The role's index in `resume.work`.
  public var work: Int
  /// First and last month (ISO 8601, "2019-06"; a year alone when no month is stated).
  public var start: String
  public var end: String

  public init(work: Int, start: String, end: String) {
    self.work = work
    self.start = start
    self.end = end
  }
}

/// How long a role lasted when the resume gives no dates for it ("(2 years)").
public struct WorkLength: Sendable, Codable, Equatable {
  /// The role's index in `resume.work`.
  public var work: Int
  public var months: Int

  public init(work: Int, months: Int) {
    self.work = work
    self.months = months
  }
}

/// One statement from a resume that a letter can cite.
public struct Evidence: Sendable, Codable, Equatable {
  /// Which part of the resume the statement comes from.
  public enum Source: String, Sendable, Codable {
    case work, project, volunteer, education, award, certificate, publication, summary
  }

  /// The statement as the resume words it.
  public var text: String
  /// Its JSON Resume path, such as `work[1].highlights[2]`.
  public var path: String
  public var source: Source
  /// The 1-based line in the source file, when the resume was text.
  public var line: Int?
  public var metrics: [Quantity]
  /// Canonical skill terms the statement names.
  public var skills: [String]
  /// Employer or organisation of the entry it belongs to.
  public var organization: String?
  /// Job title or role of the entry it belongs to.
  public var role: String?
  /// The entry's end date (ISO 8601), nil when current or unknown.
  public var endDate: String?
  public var isCurrent: Bool

  public init(
    text: String, path: String, source: Source, line: Int? = nil, metrics: [Quantity] = [],
    skills: [String] = [], organization: String? = nil, role: String? = nil,
    endDate: String? = nil, isCurrent: Bool = false
  ) {
    self.text = text
    self.path = path
    self.source = source
    self.line = line
    self.metrics = metrics
    self.skills = skills
    self.organization = organization
    self.role = role
    self.endDate = endDate
    self.isCurrent = isCurrent
  }
}
