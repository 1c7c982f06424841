import Testing

@testable import CandorKit

/// Posting faults found by the third new-user trial of 2026-12-05, each as a kind of fault.
@Suite struct TrialThreePostingTests {
  static func posting(_ body: String, lexicon: Lexicon = PostingFixture.lexicon) throws
    -> JobPosting
  {
    try PostingReader.read(
      InputFile(name: "posting.txt", text: "Title: Stock Lead\nCompany: Tallow Bay\n\n" + body),
      lexicon: lexicon)
  }

  @Test(arguments: [
    ("Two to three years of shipping experience", 2.0),
    ("two-to-three years leading a crew", 2),
    ("2 to 3 years of dispatch experience", 2),
    ("2-3 years of warehouse experience", 2),
    ("Four or five years in retail", 4),
    ("5+ years of Python", 5),
  ])
  func aRangeOfYearsAsksForItsLowerEnd(_ line: String, _ years: Double) {
    #expect(RequirementCues.years(in: line) == years)
  }

  @Test(arguments: [
    "Must be 21 years of age or older", "Applicants must be 18 years of age",
    "You must be at least 19 years old",
  ])
  func anAgeLimitAsksForNoYearsOfExperience(_ line: String) {
    #expect(RequirementCues.years(in: line) == nil)
  }

  /// The cue of the main clause grades the line; a trailing "ideally", "preferably" or "a
  /// plus if" clause rates only itself.
  @Test(arguments: [
    "At least five years' experience in B2C marketing, ideally in apparel or outdoor",
    "Minimum 3 years of dispatch experience, preferably in grocery distribution",
    "Must hold a forklift certification, a plus if you also drive a reach truck",
  ])
  func aTrailingPreferenceDoesNotGradeTheLine(_ line: String) throws {
    #expect(RequirementCues.tier(of: line) == .required)
    let posting = try Self.posting("About the job\nWe move freight.\n\n\(line)\n")
    let tiers = posting.requirements.map(\.tier)
    #expect(tiers == [.required, .preferred], "\(posting.requirements.map(\.text))")
  }

  @Test func aProseSentenceIsGradedByItsMainClause() throws {
    let posting = try Self.posting(
      "About the job\nThe ideal candidate has at least 3 years of experience, ideally in "
        + "retail pharmacy. Experience with PioneerRx is a plus.\n")
    let tiers = posting.requirements.map(\.tier)
    #expect(tiers == [.required, .preferred], "\(posting.requirements.map(\.text))")
  }

  @Test func aPlusIfSplitsOffOnlyItsOwnClause() throws {
    let posting = try Self.posting(
      "Requirements\n- Forklift certification, a plus if you also hold a reach truck license\n"
        + "- Python experience, a plus\n")
    let parts = posting.requirements.map { "\($0.tier.rawValue): \($0.text)" }
    #expect(
      parts == [
        "required: Forklift certification",
        "preferred: a plus if you also hold a reach truck license",
        "preferred: Python experience, a plus",
      ])
  }

  @Test func aScaleFigureIsLabelledWithTheNounItCounts() throws {
    let posting = try Self.posting(
      "About us\nOur unit cares for 36 adult patients. We plan for 9 business units and run "
        + "3 K-12 schools and 12 clinics. Revenue grew 20% in 18 months.\n")
    let labels = posting.scaleFigures.map { "\($0.quantity.text) \($0.measures)" }
    #expect(labels == ["36 patients", "9 units", "3 schools", "12 clinics", "20% revenue"])
  }

  @Test(arguments: ["Cardinal Row Pharmacy - Tulsa, OK", "Cardinal Row Pharmacy · Tulsa, OK"])
  func theCompanyKeepsItsTradeWord(_ byline: String) throws {
    let text =
      "Pharmacy Technician\n\(byline)\n\nCardinal Row is a family-owned pharmacy chain with 11 "
      + "stores. Cardinal Row fills 450 prescriptions a day.\n\nRequirements\n- Two years of "
      + "retail pharmacy experience\n"
    let posting = try PostingReader.read(
      InputFile(name: "posting.txt", text: text), lexicon: PostingFixture.lexicon)
    #expect(posting.company == "Cardinal Row Pharmacy")
  }

  @Test(arguments: [
    ("Bachelor's or Master's degree in Geography", ["Bachelor's degree"]),
    ("BS, MS or PhD in Computer Science", ["Bachelor's degree"]),
    ("Master's or PhD in Statistics", ["Master's degree"]),
    ("Bachelor's degree required; Master's degree preferred", ["Bachelor's degree"]),
  ])
  func aChoiceOfDegreesAsksForTheLowest(_ line: String, _ degrees: [String]) throws {
    let posting = try Self.posting("Requirements\n- \(line)\n", lexicon: .standard)
    let required = posting.skills.filter { $0.category == .degree && $0.tier == .required }
    #expect(required.map(\.term) == degrees)
  }
}
