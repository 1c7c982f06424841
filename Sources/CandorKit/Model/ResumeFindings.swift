/// What Candor read from a resume beyond JSON Resume's own fields. `candor parse resume
/// --format json` writes it into the resume's `meta.candor` (JSON Resume allows any field
/// in `meta`, so the output stays valid), and a program gets the evidence, years and notes
/// the text outline shows.
public struct ResumeFindings: Sendable, Codable, Equatable {
  /// Each statement with its path, source line, metrics and skills.
  public var evidence: [Evidence]
  public var skills: [SkillMention]
  public var yearsOfExperience: Double
  public var yearsAreStated: Bool?
  public var statedYears: Double?
  public var datedYears: Double?
  public var workPeriods: [WorkPeriod]?
  public var workLengths: [WorkLength]?
  public var notes: [String]

  public init(_ parsed: ParsedResume) {
    evidence = parsed.evidence
    skills = parsed.skills
    yearsOfExperience = parsed.yearsOfExperience
    yearsAreStated = parsed.yearsAreStated
    statedYears = parsed.statedYears
    datedYears = parsed.datedYears
    workPeriods = parsed.workPeriods
    workLengths = parsed.workLengths
    notes = parsed.notes
  }
}

extension ParsedResume {
  /// The resume with what Candor read from it in `meta.candor`.
  public var resumeWithFindings: Resume {
    var copy = resume
    var meta = copy.meta ?? Resume.Meta()
    meta.candor = ResumeFindings(self)
    copy.meta = meta
    return copy
  }
}
