import Testing

@testable import CandorKit

/// Faults the fifth new-user trial of 2026-12-05 found in `review`: invented employers,
/// awards, degrees, tools, titles and credentials that passed, article slips with spoken
/// acronyms, soft skills excused by a number elsewhere, and fixes that dropped "Dr.".
@Suite struct TrialFiveReviewTests {
  /// A library clerk (invented): Polaris, a notary commission, a B.A. in History.
  static let resume: ParsedResume = {
    var resume = Resume()
    var work = Resume.Work()
    work.name = "Millbrook County Library"
    work.position = "Circulation Clerk"
    work.startDate = "2020-03"
    work.highlights = [
      "Managed holds for 300 patrons a week in Polaris",
      "Trained 5 volunteers on the self-checkout kiosks",
      "Kept incident management notes for the branch safety log",
    ]
    resume.work = [work]
    var certificate = Resume.Certificate()
    certificate.name = "Iowa Notary Public Commission"
    resume.certificates = [certificate]
    var education = Resume.Education()
    education.institution = "Drake University"
    education.studyType = "B.A."
    education.area = "History"
    resume.education = [education]
    return ParsedResume(
      resume: resume, evidence: [],
      skills: [SkillMention(term: "Bachelor's degree", category: .degree, spelling: "B.A.")],
      yearsOfExperience: 6)
  }()

  static let job: JobPosting = {
    var job = ExampleInputs.job
    job.title = "Data Librarian"
    job.company = "Fernwood Public Library"
    job.recipient = Contact(name: "Odile Marchetti", role: "branch manager")
    job.requirements = []
    job.skills = []
    job.lines = [
      TextLine("Send your letter to Dr. Odile Marchetti, Branch Manager.", line: 2),
      TextLine("Familiarity with Sierra ILS", line: 5),
    ]
    return job
  }()

  static func review(_ text: String, job: JobPosting = job) -> Review {
    LetterReviewer().review(text: text, job: job, resume: resume)
  }

  static func messages(_ text: String, _ rule: String) -> [String] {
    review(text).findings.filter { $0.rule == rule }.map(\.message)
  }

  /// The quoted words of each unsupported-claim message ("check 'X': ...").
  static func claimed(_ text: String) -> [String] {
    messages(text, "unsupported-claim").compactMap { message in
      guard message.hasPrefix("check '"), let end = message.range(of: "': ") else { return nil }
      return String(message[message.index(message.startIndex, offsetBy: 7)..<end.lowerBound])
    }
  }

  @Test func anEmployerAfterALowercaseTheIsChecked() {
    #expect(
      Self.claimed("At the Cedar Rapids Gazette I served 300 patrons a week.")
        == ["Cedar Rapids Gazette"])
    #expect(Self.claimed("At the Millbrook County Library I trained 5 volunteers.").isEmpty)
    #expect(Self.claimed("I am applying for the Data Librarian position at the library.").isEmpty)
    #expect(Self.claimed("I would bring that care to the Fernwood branch.").isEmpty)
  }

  @Test func awardsTheResumeLacksAreChecked() {
    #expect(Self.claimed("I won the Carnegie Medal in 2021.") == ["Carnegie Medal"])
    #expect(Self.claimed("I was named Employee of the Year.") == ["Employee of the Year"])
    #expect(Self.claimed("I am an award-winning clerk.") == ["award-winning"])
  }

  @Test func degreesAndFieldsTheResumeLacksAreChecked() {
    #expect(Self.claimed("I hold a Master of Archival Studies.") == ["Master of Archival Studies"])
    #expect(Self.claimed("I earned a B.A. in Museum Studies.") == ["B.A. in Museum Studies"])
    #expect(Self.claimed("I earned a B.A. in History from Drake University.").isEmpty)
  }

  /// The posting's Sierra backs "you use Sierra", never a claim of using it.
  @Test func toolsACueNamesAreCheckedAgainstTheResume() {
    #expect(
      Self.claimed("I am proficient in Koha, Sierra, and Evergreen.")
        == ["Koha", "Sierra", "Evergreen"])
    #expect(Self.claimed("I worked with library systems like Polaris and Koha.") == ["Koha"])
    #expect(Self.claimed("I also used Koha and Evergreen.") == ["Koha", "Evergreen"])
    #expect(
      Self.claimed("I tagged records for 300 patrons in QRadar and MicroStation.")
        == ["QRadar", "MicroStation"])
  }

  @Test func ordinaryCapitalsAfterACueAreNotTools() {
    #expect(Self.claimed("I used Polaris every day at Millbrook County Library.").isEmpty)
    #expect(Self.claimed("In March I used Millbrook's kiosks with DeKalb patrons.").isEmpty)
    #expect(Self.claimed("Fernwood Public Library uses Sierra, and I am familiar with it.").isEmpty)
  }

  @Test func aTitleAfterPromotedToIsCheckedWithEveryRoleNoun() {
    #expect(Self.claimed("I was promoted to Senior Teller in 2023.") == ["Senior Teller"])
    #expect(Self.claimed("I was promoted to Circulation Clerk in 2021.").isEmpty)
  }

  @Test func credentialsNamedBeforeTheirNounOrByTheirTitleAreChecked() {
    #expect(Self.claimed("I hold my CPLA designation.") == ["CPLA"])
    #expect(Self.claimed("I hold a Kansas library certificate.") == ["Kansas library certificate"])
    #expect(Self.claimed("I hold an RVT license.") == ["RVT"])
    #expect(
      Self.claimed("I am a Certified Digital Archives Specialist.")
        == ["Certified Digital Archives Specialist"])
    #expect(Self.claimed("I hold an Iowa Notary Public certificate.").isEmpty)
  }

  @Test func aJobBoardNamedAsTheAdsSourceIsNoClaim() {
    #expect(
      Self.claimed("I am applying for the Data Librarian role as advertised on LinkedIn.")
        .isEmpty)
    #expect(Self.claimed("I saw the posting on Indeed and I serve 300 patrons a week.").isEmpty)
  }

  @Test func aLanguageThatDescribesOthersIsNoClaim() {
    #expect(Self.claimed("I helped 300 Spanish-speaking patrons sign up for cards.").isEmpty)
    #expect(Self.claimed("I speak Spanish with our patrons.") == ["Spanish"])
    #expect(Self.claimed("I am Spanish-speaking.") == ["Spanish-speaking"])
  }

  @Test func articlesFollowHowAcronymsAreSaid() {
    #expect(IndefiniteArticle.article(for: "SOC") == "a")
    #expect(IndefiniteArticle.article(for: "MLIS") == "an")
    #expect(IndefiniteArticle.article(for: "NCLEX") == "an")
    #expect(IndefiniteArticle.article(for: "MBA") == "an")
    #expect(IndefiniteArticle.article(for: "SCADA") == nil)
    #expect(IndefiniteArticle.article(for: "HIPAA") == nil)
    let review = Self.review("I led an SOC team. I have a MLIS and a M.S. in History.")
    let fixes = review.findings.filter { $0.rule == "a-or-an" }.map(\.suggestion)
    #expect(fixes == ["write 'a SOC'", "write 'an MLIS'", "write 'an M.S.'"])
  }

  @Test func aSoftSkillNeedsAnIncidentInItsOwnSentenceOrTheNext() {
    let far = "I am a team player. I answered the phones. I trained 5 volunteers in 2022."
    #expect(Self.messages(far, "unbacked-soft-skill").count == 1)
    let near = "I am a team player. I trained 5 volunteers in 2022."
    #expect(Self.messages(near, "unbacked-soft-skill").isEmpty)
  }

  @Test func twoPassionPhrasesInOneSentenceCostOnce() {
    let review = Self.review("Reading has been my passion since childhood.")
    #expect(review.findings.filter { $0.rule == "passion-statement" }.count == 2)
    let reason = review.categories.flatMap(\.reasons).first { $0.rule == "passion-statement" }
    #expect(reason?.points == 6)
  }

  @Test func fixesThatNameThePostingsContactKeepItsHonorific() {
    let generic = Self.review("Dear Hiring Manager,\n\nI managed holds for 300 patrons.\n")
    let greeting = generic.findings.first { $0.rule == "generic-greeting" }
    #expect(greeting?.suggestion.hasPrefix("write 'Dear Dr. Marchetti,'") == true)
    let wrong = Self.review("Dear Mr. Smith,\n\nI managed holds for 300 patrons.\n")
    let recipient = wrong.findings.first { $0.rule == "wrong-recipient" }
    #expect(recipient?.suggestion == "write 'Dr. Marchetti'")
    #expect(recipient?.excerpt == "Mr. Smith")
  }

  @Test func aToolTheResumeNamesCountsAsANamedTechnology() {
    let named = Self.review("Dear team,\n\nI use Polaris every day for holds.\n")
    #expect(!named.findings.contains { $0.rule == "no-named-technology" })
    let none = Self.review("Dear team,\n\nI answer patrons every day.\n")
    #expect(none.findings.contains { $0.rule == "no-named-technology" })
  }

  @Test func keywordGapCallsAMethodASkillNotATool() {
    var job = Self.job
    let term = Lexicon.standard.entry(for: "incident response")?.term ?? "incident response"
    job.requirements = [
      Requirement(
        text: "Incident response", tier: .required, skills: [term], emphasis: 0.9, line: 6)
    ]
    let review = Self.review("Dear team,\n\nI managed holds in Polaris and Excel.\n", job: job)
    let gap = review.findings.first { $0.rule == "keyword-gap" }
    #expect(gap?.message.contains("with the other skills you name") == true)
  }
}
