import CandorSpelling
import Testing

@testable import CandorKit

/// Review faults the third trial left (issue #4): names given common-word spellings, fixes
/// that only fit software, vague claims about computers, and initials read as articles.
@Suite struct TrialThreeFollowUpTests {
  static func findings(
    _ text: String, _ rule: String, job: JobPosting? = nil, resume: ParsedResume? = nil,
    checker: SpellChecker? = nil
  ) -> [Finding] {
    LetterReviewer(spellChecker: checker).review(text: text, job: job, resume: resume)
      .findings.filter { $0.rule == rule }
  }

  @Test func aCapitalisedUnknownWordInsideASentenceGetsNoCommonWordFix() {
    let text = """
      Dear team,

      I tested every panel with a Megger meter. Our crews at Ridgeline's yard ran weeky drills.

      Best regards,
      Hannah Price
      """
    let found = Self.findings(text, "spelling", checker: HunspellChecker.englishUS)
    #expect(found.map(\.excerpt) == ["weeky"])
    #expect(found.first?.suggestion.hasPrefix("write '") == true)
  }

  @Test(arguments: [
    "I am also good with technology.", "I am skilled with computers.",
    "I am familiar with various software.", "I am tech savvy.",
  ])
  func aClaimAboutComputersWithNoNamedToolIsVague(_ sentence: String) {
    #expect(Self.findings(sentence, "vague-technology").count == 1)
  }

  @Test func aClaimAboutComputersThatNamesTheToolIsNotVague() {
    let text = "I am comfortable with computers, including Excel and Epic."
    #expect(Self.findings(text, "vague-technology").isEmpty)
  }

  @Test(arguments: [
    "I trained with Dr. A. Alvarez on the ward.", "I trained with A, Alvarez and Co.",
    "I ran the A & B shifts.", "Plan A uses an hour a day.",
  ])
  func initialsAndLabelsAreNotArticles(_ sentence: String) {
    #expect(Self.findings(sentence, "a-or-an").isEmpty)
  }

  @Test func anArticleIsCheckedByTheSoundOfAnAcronym() {
    let found = Self.findings("I am a FP&A analyst and an MBA holder.", "a-or-an")
    #expect(found.map(\.suggestion) == ["write 'an FP&A'"])
    #expect(Self.findings("I wrote a SQL query and an SQL report.", "a-or-an").isEmpty)
    #expect(Self.findings("I joined a NASA team.", "a-or-an").isEmpty)
  }

  /// A nurse's posting and resume: fixes speak of her tools and her results.
  static let nurseJob: JobPosting = {
    var job = JobPosting(
      title: "Registered Nurse", company: "Harbor Point Hospital",
      lines: [TextLine("Registered Nurse, Harbor Point Hospital", line: 1)])
    job.requirements = [
      Requirement(
        text: "Experience charting in Epic", tier: .required, skills: ["Epic"], line: 3)
    ]
    return job
  }()

  static let nurseResume: ParsedResume = {
    var resume = Resume()
    var work = Resume.Work()
    work.name = "Mercy West"
    work.position = "Staff Nurse"
    resume.work = [work]
    let text = "Cut patient falls on a 30-bed unit by 38% with hourly rounding"
    let evidence = Evidence(
      text: text, path: "work[0].highlights[0]", source: .work,
      metrics: QuantityExtractor.quantities(in: text), skills: [], organization: "Mercy West",
      role: "Staff Nurse", endDate: nil, isCurrent: true)
    return ParsedResume(
      resume: resume, evidence: [evidence],
      skills: [SkillMention(term: "Epic", category: .tool, spelling: "Epic")],
      yearsOfExperience: 5)
  }()

  @Test func fixesUseThePostingsToolsAndTheResumesResults() {
    let vague = Self.findings(
      "I am good with computers.", "vague-technology", job: Self.nurseJob,
      resume: Self.nurseResume)
    #expect(vague.first?.suggestion == "name the tools you used and what you did with each: 'Epic'")
    let soft = Self.findings(
      "I am a team player.", "unbacked-soft-skill", job: Self.nurseJob, resume: Self.nurseResume)
    #expect(
      soft.first?.suggestion
        == "let a result from your resume make the point instead: 'at Mercy West I cut patient "
        + "falls on a 30-bed unit by 38% with hourly rounding'")
  }

  @Test func aHedgeFixStatesTheResumesFact() {
    let found = Self.findings(
      "I believe my experience fits.", "hedging", job: Self.nurseJob, resume: Self.nurseResume)
    #expect(
      found.first?.suggestion
        == "drop the hedge and state the fact, as your resume does: 'at Mercy West I cut "
        + "patient falls on a 30-bed unit by 38% with hourly rounding'")
    let plain = Self.findings("I believe my experience fits.", "hedging")
    #expect(plain.first?.suggestion.contains("'I did the same work for 4 years'") == true)
  }

  @Test func fixesWithoutInputsNameNoSoftwareTool() {
    let words = ["PostgreSQL", "Kafka", "Kotlin", "database", "latency", "pipeline", "billing"]
    for rule in RuleCatalog.all {
      for word in words {
        #expect(!rule.fix.contains(word), "\(rule.id): \(rule.fix)")
      }
    }
  }
}
