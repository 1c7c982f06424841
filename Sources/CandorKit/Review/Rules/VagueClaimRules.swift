/// Rules about claims of size, effect or duty that a reader cannot check.
extension SpecificityRules {
  /// Verbs of change a degree word can blur ("improved processes considerably").
  private static let changeVerbs =
    "improved|improve|improves|improving|increased|increase|reduced|reduce|cut|boosted|"
    + "enhanced|streamlined|grew|lowered|raised|decreased|optimized|optimised|accelerated|"
    + "transformed|changed"
  /// Degree words that stand in for a figure.
  private static let degrees =
    "considerably|significantly|greatly|dramatically|substantially|tremendously|vastly|"
    + "massively|hugely|markedly|noticeably|immensely|enormously|drastically|majorly"
  /// Sizes that stand in for a figure ("a big impact", "extensive experience").
  private static let sizes =
    "big|huge|major|significant|great|large|real|tremendous|positive|lasting|strong|"
    + "meaningful|considerable|substantial|massive|enormous|measurable|noticeable"

  /// Claims of size or effect a figure can measure ("improved processes considerably").
  private static let sizeClaims = [
    "\(changeVerbs) ~3 \(degrees)", "\(degrees) \(changeVerbs)",
    "\(sizes) impact|difference|effect|contribution|improvement|improvements",
    "impactful",
  ]
  /// Claims of breadth that only named tools or projects back ("helped with many
  /// projects", "extensive experience"): a figure elsewhere in the sentence names none.
  private static let breadthClaims = [
    "significant|extensive|considerable|substantial|vast|ample|broad|wide "
      + "experience|background|expertise|knowledge",
    "in depth experience|expertise|knowledge",
    "a wealth|lot of experience|expertise|knowledge",
    "lots|plenty of experience|expertise|knowledge",
    "have|bring|with years|decades of experience|expertise",
    "many|numerous|countless years of experience|practice|work",
    "helped|assisted|supported|contributed ~1 with|on|to|in many|various|several|"
      + "numerous|multiple|countless|different projects|initiatives|tasks|efforts|things",
    "in many|numerous|countless|various|all areas|aspects|facets of",
  ]

  static let vagueClaim = Rule(
    id: "vague-claim", title: "Vague claim of size or effect",
    summary: "A claim sizes experience or a result with a word ('significant experience', "
      + "'a big impact') instead of a figure or a named example.",
    rationale: """
      "Improved processes considerably" and "extensive experience" are what every letter \
      says, so a reader gives them no weight. The same sentence with the figure ("cut \
      month-end close from 6 days to 2") or the named projects is checkable and remembered.
      """,
    category: .specificity, severity: .warning, scope: .sentence,
    fix: "put the figure or the example in place of the size word: 'cut payroll errors from "
      + "14 a month to 2' instead of 'improved processes considerably'",
    check: .existence(
      Existence(
        sizeClaims + breadthClaims, in: .body, excuse: .figureOrNamed(sizes: sizeClaims.count),
        message: "replace '{match}'{in-clause} with the figure or the example it stands for")),
    examples: [
      .triggers("I have ↓significant experience with payroll."),
      .triggers("I ↓improved processes considerably and had a ↓big impact on accuracy."),
      .triggers("I ↓helped with many projects at the clinic."),
      .triggers("I have ↓extensive experience ↓in many areas of pharmacy operations."),
      .triggers("My audits made a ↓real difference, and I ↓greatly improved our close."),
      .triggers("I bring ↓a wealth of experience; I ↓have years of experience in billing."),
      .passes("I cut month-end close from 6 days to 2 at Keller Freight."),
      .passes("I significantly reduced claim rejections, by 30% in one year."),
      .passes("I bring 6 years of experience in billing."),
      .passes("I helped with the Workday migration for 1,100 employees."),
      .passes("I cut billing errors in half for 6 clinics."),
      .triggers("I ↓helped with many projects to cut costs 20%."),
      .triggers("I have ↓extensive experience in billing and cut errors by 30%."),
      .passes("I helped with several projects in Python and PostgreSQL."),
      .passes("I have extensive experience with Epic and Cerner."),
    ])

  static let dutyLanguage = Rule(
    id: "duty-language", title: "Duty instead of result",
    summary: "A sentence lists what the candidate was responsible for, not what they did.",
    rationale: """
      "I was responsible for garnishments" copies a job description: it says what the job \
      asked, not how well it was done. A verb of your own with its result ("I processed 240 \
      garnishments a year without a late filing") is what a reader weighs.
      """,
    category: .specificity, severity: .warning, scope: .sentence,
    fix: "start with what you did and end with its result: 'I filed 48 quarterly returns "
      + "on time' instead of 'I was responsible for filings'",
    check: .existence(
      Existence(
        [
          "i ~2 responsible for", "^ responsible for",
          "my|the main? duties|responsibilities included|include|includes|were|involved",
          "i was|am|have|had been? tasked|charged with", "i was|am|have|had been? in charge of",
          "i was|am|have|had been? involved in|with",
        ], in: .body,
        message: "say what you did and its result instead of '{match}'{in-clause}")),
    examples: [
      .triggers("↓I was responsible for garnishments and filings."),
      .triggers("↓My duties included counts, and ↓I was tasked with refills."),
      .triggers("↓I have been responsible for payroll since 2021."),
      .triggers("↓I was in charge of the night shift."),
      .passes("I filed 48 quarterly returns on time."),
      .passes("You need someone responsible for payroll, and I ran it for 1,100 people."),
    ])
}
