import Testing

@testable import CandorKit

/// Claims the ninth trial saw `review` accept: a figure grounded by another noun, years past
/// the resume's own count, names only the posting gives, results moved to another employer,
/// invented figures and tools left as warnings, and tools a letter names in lowercase.
@Suite struct TrialNineReviewTests {
  /// Tomasz Ilic's resume (invented): two employers, a stated 4 years, HydroCAD and Civil 3D.
  static let resumeText = """
    Tomasz Ilic
    tomasz@example.com

    SUMMARY
    Civil engineer with 4 years designing stormwater systems.

    EXPERIENCE
    Project Engineer, Halvard Civil Group, 2021 – present
    - Designed drainage for 30 culverts on county roads
    - Cut review time by 25% with a checklist in Civil 3D

    Design Engineer, Ostrava Water Partners, 2018 – 2021
    - Modeled 12 detention ponds in HydroCAD
    - Trained 6 interns on survey data

    SKILLS
    Civil 3D, HydroCAD, AutoCAD
    """

  /// A posting that names a tool and a credential the resume lacks.
  static let posting = """
    # Stormwater Engineer

    Bellmoor Engineering is hiring a Stormwater Engineer.

    ## Requirements
    - 3+ years of stormwater design
    - Modeling in Tarn HydroSuite 4 and Civil 3D
    - GreenCircle AP preferred
    """

  /// The `unsupported-claim` findings for `body`, by excerpt.
  static func claims(_ body: String) throws -> [String: Severity] {
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: resumeText))
    let job = try PostingReader.read(InputFile(name: "posting.md", text: posting))
    let letter = "Dear Hiring Team,\n\n\(body)\n\nSincerely,\nTomasz Ilic\n"
    let findings = LetterReviewer(spellChecker: nil).review(text: letter, job: job, resume: resume)
      .findings.filter { $0.rule == "unsupported-claim" }
    return Dictionary(findings.map { ($0.excerpt, $0.severity) }) { first, _ in first }
  }

  @Test(arguments: [
    ("I designed drainage for 30 bridges.", "30"),
    ("I modeled 12 dams for the county.", "12"),
    ("I trained 6 surveyors.", "6"),
  ])
  func aCountOfAnotherThingIsUnsupported(sentence: String, figure: String) throws {
    #expect(try Self.claims(sentence) == [figure: .error])
  }

  @Test(arguments: [
    "I designed drainage for 30 culverts.",
    "I designed drainage for 30 county culverts.",
    "I modeled 12 ponds in HydroCAD.",
    "I trained 6 new interns.",
  ])
  func aCountOfTheSameThingIsSupported(sentence: String) throws {
    #expect(try Self.claims(sentence).isEmpty)
  }

  @Test func yearsPastTheResumesOwnCountAreUnsupported() throws {
    #expect(try Self.claims("I have 5 years of stormwater design.") == ["5 years": .warning])
    #expect(try Self.claims("I have 4 years of stormwater design.").isEmpty)
  }

  @Test(arguments: [
    ("I run models in Tarn HydroSuite 4 every week.", "Tarn HydroSuite 4"),
    ("I am a GreenCircle AP.", "GreenCircle AP"),
  ])
  func aNameOnlyThePostingGivesIsNoClaimOfHavingIt(sentence: String, name: String) throws {
    #expect(try Self.claims(sentence) == [name: .error])
  }

  @Test func thePostingsNamesStandInASentenceAboutTheJob() throws {
    #expect(try Self.claims("You ask for Tarn HydroSuite 4; I model in HydroCAD.").isEmpty)
  }

  @Test func anInventedFigureOrToolInTheWritersOwnWorkIsAnError() throws {
    #expect(try Self.claims("I cut review time by 40% in Civil 3D.") == ["40%": .error])
    #expect(try Self.claims("I modeled the ponds in SewerGems.") == ["SewerGems": .error])
  }

  @Test(arguments: [
    ("At Halvard Civil Group, I modeled 12 detention ponds.", "12", "Ostrava Water Partners"),
    ("At Ostrava Water Partners, I cut review time by 25%.", "25%", "Halvard Civil Group"),
  ])
  func aResultMovedToAnotherEmployerIsAnError(sentence: String, figure: String, owner: String)
    throws
  {
    #expect(try Self.claims(sentence) == [figure: .error])
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: Self.resumeText))
    let message = LetterReviewer(spellChecker: nil)
      .review(text: "Dear Hiring Team,\n\n\(sentence)\n\nBest,\nTomasz Ilic\n", resume: resume)
      .findings.first { $0.excerpt == figure }?.message
    #expect(message?.contains("gives it for \(owner)") == true)
  }

  @Test func aResultUnderItsOwnEmployerStands() throws {
    #expect(try Self.claims("At Halvard Civil Group, I cut review time by 25%.").isEmpty)
    #expect(try Self.claims("At Ostrava Water Partners, I trained 6 interns.").isEmpty)
  }

  @Test func aShortLettersFixGivesItsOwnLimit() {
    let letter = "Dear Hiring Team,\n\nI modeled 12 ponds.\n\nBest,\nTomasz Ilic\n"
    let finding = LetterReviewer(spellChecker: nil).review(text: letter, wordRange: 120...180)
      .findings.first { $0.rule == "letter-length" }
    #expect(finding?.message == "expand the letter (limit 120–180 words, found 4)")
    #expect(finding?.suggestion.hasPrefix("aim for 120–180 words") == true)
  }

  /// A warehouse posting: its tools are written in lowercase.
  static let warehouse = """
    # Forklift Operator

    Northway Freight is hiring a Forklift Operator.

    ## Requirements
    - Sit-down forklift, reach truck and pallet jack experience
    - RF scanner and WMS experience
    """

  @Test(arguments: [
    ("I loaded 25 trailers a week on sit-down forklifts.", false),
    ("I moved 25 pallets an hour on a reach truck.", false),
    ("I loaded 25 trailers a week and never missed a shift.", true),
  ])
  func aToolWrittenInLowercaseIsNamed(sentence: String, isFlagged: Bool) throws {
    let job = try PostingReader.read(InputFile(name: "posting.md", text: Self.warehouse))
    let letter = "Dear Hiring Team,\n\n\(sentence)\n\nBest,\nTomasz Ilic\n"
    let rules = LetterReviewer(spellChecker: nil).review(text: letter, job: job).findings
      .map(\.rule)
    #expect(rules.contains("no-named-technology") == isFlagged)
  }
}
