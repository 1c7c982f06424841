import Testing

@testable import CandorKit

/// Claims the third new-user trial of 2026-12-05 saw `review` miss or misread: credentials a
/// letter invents, years written out, and names a comma splits.
@Suite struct TrialThreeClaimTests {
  /// A finance resume: an accountant holding the CPA who is still sitting CFA exams.
  static let resume: ParsedResume = {
    var resume = Resume()
    var work = Resume.Work()
    work.name = "Ashgrove Capital"
    work.position = "Senior Financial Analyst"
    work.startDate = "2019-01"
    work.highlights = [
      "Cut the monthly close from 9 days to 5 with NetSuite saved searches",
      "Digitised 8 years of audit files for the state review",
    ]
    resume.work = [work]
    for name in ["CPA, State of Ohio", "CFA Level II candidate", "BLS", "ACLS"] {
      var certificate = Resume.Certificate()
      certificate.name = name
      certificate.issuer = name.hasPrefix("CFA") ? "CFA Institute" : nil
      resume.certificates.append(certificate)
    }
    var education = Resume.Education()
    education.institution = "Kent State University"
    education.studyType = "BS"
    education.area = "Accounting"
    resume.education = [education]
    return ParsedResume(
      resume: resume, evidence: [],
      skills: ["CPA", "CFA"].map {
        SkillMention(term: $0, category: .certification, spelling: $0)
      },
      yearsOfExperience: 6)
  }()

  static let job: JobPosting = {
    var job = ExampleInputs.job
    job.title = "Shift Supervisor"
    job.company = "Larchmont Grocers"
    return job
  }()

  static func excerpts(_ text: String, _ rule: String) -> [String] {
    LetterReviewer().review(text: text, job: job, resume: resume).findings
      .filter { $0.rule == rule }.map(\.excerpt)
  }

  @Test(arguments: [
    ("I am also a licensed CFA charterholder.", "CFA"),
    ("I hold an MBA from a state school.", "MBA"),
    ("As a certified PMP, I ran the close.", "PMP"),
  ])
  func aCredentialTheResumeDoesNotShowAsHeldIsFlagged(_ sentence: String, _ excerpt: String) {
    #expect(Self.excerpts(sentence, "unsupported-claim") == [excerpt])
  }

  @Test func aCredentialTheResumeHoldsOrTheLetterCallsPendingIsNotFlagged() {
    #expect(Self.excerpts("I am a licensed CPA in Ohio.", "unsupported-claim").isEmpty)
    #expect(Self.excerpts("I am a CFA Level II candidate.", "unsupported-claim").isEmpty)
    #expect(Self.excerpts("I am pursuing an MBA at night.", "unsupported-claim").isEmpty)
  }

  @Test func yearsWrittenOutAreCheckedLikeDigits() {
    #expect(
      Self.excerpts("I bring twelve years of experience.", "unsupported-claim")
        == ["twelve years"])
    #expect(Self.excerpts("I bring six years of experience.", "unsupported-claim").isEmpty)
    #expect(
      Self.excerpts("I admire that you are a twelve years-old firm.", "unsupported-claim")
        .isEmpty)
  }

  /// Fifth trial: "nine years" of data the resume states as "9 years" is no experience claim.
  @Test func aSpanOfYearsTheResumeStatesIsNotAnExperienceClaim() {
    #expect(
      Self.excerpts("I digitised eight years of audit files.", "unsupported-claim").isEmpty)
    #expect(Self.excerpts("I digitised 8 years of audit files.", "unsupported-claim").isEmpty)
    #expect(
      Self.excerpts("I bring eleven years of experience.", "unsupported-claim")
        == ["eleven years"])
  }

  /// Fifth trial: the same claims as bullets were never checked, since a bullet has no "I".
  @Test func claimsInABulletListAreCheckedLikeSentences() {
    let letter = """
      I would bring this to the close:

      - PMP certified since 2019
      - Managed a team of 15 analysts
      - Cut the monthly close from 9 days to 5

      I will call on Monday about the close calendar.
      """
    let excerpts = Self.excerpts(letter, "unsupported-claim")
    #expect(excerpts.contains("PMP certified"))
    #expect(excerpts.contains("15"))
    #expect(!excerpts.contains("9 days") && !excerpts.contains("5"))
  }

  @Test func certificatesListedAfterTheAskAreNotReadAsOneUnknownName() {
    let text = "You ask for BLS, ACLS and an Ohio license; I hold all three."
    #expect(Self.excerpts(text, "unsupported-claim").isEmpty)
  }

  @Test func keywordGapAsksForRequiredToolsButNotForTheDegree() {
    var job = Self.job
    job.requirements = [
      Requirement(
        text: "Bachelor's degree and NetSuite", tier: .required,
        skills: ["Bachelor's degree", "NetSuite"], emphasis: 0.9, line: 3)
    ]
    var resume = Self.resume
    resume.skills.append(
      SkillMention(term: "Bachelor's degree", category: .degree, spelling: "BS"))
    let gaps = LetterReviewer().review(
      text: "Dear team,\n\nI closed the books monthly.\n", job: job, resume: resume
    ).findings.filter { $0.rule == "keyword-gap" }.map(\.message)
    #expect(gaps.count == 1)
    #expect(gaps.first?.contains("'NetSuite'") == true)
  }

  @Test func anEmployerFollowedByACommaIsNotTheTitleOfAnOpening() {
    let text = "I was a shift supervisor at Target, opening and closing the store."
    #expect(Self.excerpts(text, "wrong-role").isEmpty)
    #expect(
      Self.excerpts("I am applying for the Store Manager opening.", "wrong-role")
        == ["Store Manager"])
  }
}
