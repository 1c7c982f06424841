import Foundation
import Testing

@testable import CandorKit

/// Letter wording the third trial left (issue #3): requirement capitals, articles before
/// acronyms, repeated credential frames, noun-phrase hooks, levels that change nothing,
/// degrees listed as gaps, and either/or requirements read as unmet.
@Suite struct TrialThreeLetterTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fixtures/write-trial3").standardized

  static func letter(
    _ posting: String, _ resume: String, _ options: LetterOptions = LetterOptions()
  ) throws -> Letter {
    let job = try PostingReader.read(
      InputFile.read(folder.appendingPathComponent(posting).path))
    let parsed = try ResumeReader.read(
      InputFile.read(folder.appendingPathComponent(resume).path), today: WriteCase.today)
    return try LetterWriter.write(
      posting: job, resume: parsed, options: options, today: "2026-12-05")
  }

  static func analyst(_ options: LetterOptions = LetterOptions()) throws -> Letter {
    try letter("analyst-posting.md", "analyst-resume.json", options)
  }

  @Test(arguments: [
    ("Valid California driver's license", "a valid California driver's license"),
    ("Eligible to work in the UK", "eligible to work in the UK"),
    ("Bachelor's degree in accounting", "bachelor's degree in accounting"),
    ("Valid RN license in Ohio", "a valid RN license in Ohio"),
    ("Registered Nurse license in Ohio", "a Registered Nurse license in Ohio"),
    ("Salesforce administration", "Salesforce administration"),
    ("Spanish fluency", "Spanish fluency"),
    ("BLS certification", "BLS certification"),
  ])
  func aQuotedRequirementLowersOnlyACommonFirstWord(_ line: String, _ quoted: String) {
    #expect(SlotValues.requirementPhrase(line, skills: []) == quoted)
  }

  @Test(arguments: [
    ("FP&A analyst", "an FP&A analyst"), ("MBA", "an MBA"), ("MSc", "an MSc"),
    ("BSc", "a BSc"), ("RN", "an RN"), ("HVAC technician", "an HVAC technician"),
    ("hour", "an hour"), ("university", "a university"), ("analyst", "an analyst"),
  ])
  func theArticleGoesByTheSound(_ title: String, _ said: String) {
    #expect(SlotValues.withArticle(title) == said)
  }

  @Test func noSpaceStandsBeforeASemicolonOrComma() {
    #expect(
      ClauseBuilder.trimmedStatement("NCLEX-RN passed ; Ohio RN license , 2024")
        == "NCLEX-RN passed; Ohio RN license, 2024")
  }

  @Test func theAnalystLetterSaysAnFPAAndVariesItsCredentials() throws {
    let text = try Self.analyst().text
    #expect(!text.contains("a FP&A"))
    let frames = text.components(separatedBy: "My credentials include").count - 1
    #expect(frames <= 1, "\(text)")
  }

  @Test func aDegreeIsNeverListedAsAGapTheLetterAnswers() throws {
    let text = try Self.analyst().text
    #expect(!text.contains("also shows Bachelor"))
    #expect(!text.lowercased().contains("also shows bachelor's degree"))
  }

  @Test func levelsChangeWhatTheLetterStresses() throws {
    func body(_ level: LetterOptions.LevelChoice) throws -> String {
      var options = LetterOptions()
      options.level = level
      return try Self.analyst(options).text
    }
    let (entry, senior, mid) = (try body(.entry), try body(.senior), try body(.mid))
    #expect(entry != senior)
    #expect(entry != mid)
    // A mid letter frames only a measured change as its result: with none, it tells the
    // statement plainly, as a senior letter may.
    #expect(senior != mid || !mid.contains("One result"))
    // Entry stresses learning (a credential), senior the regional scale, placed earlier.
    #expect(entry.contains("Much of what I bring is recent learning: my credentials include"))
    // "One result" introduces a measured outcome only.
    #expect(mid.contains("One result I can point to: ") || !mid.contains("One result"))
    func offset(_ text: String) -> Int {
      text.range(of: "6 regional branches").map {
        text.distance(from: text.startIndex, to: $0.lowerBound)
      } ?? -1
    }
    #expect(offset(senior) > 0 && offset(senior) < offset(entry))
  }

  @Test func aNounPhraseHookBecomesAWholeSentence() throws {
    var options = LetterOptions()
    options.hook = "your 2025 report on retirement readiness"
    let text = try Self.analyst(options).text
    #expect(
      text.contains(
        "Your 2025 report on retirement readiness is a large part of why I am applying."))
    #expect(!text.contains("that your 2025 report"))
    #expect(!text.contains("where your 2025 report"))
  }

  @Test(arguments: [
    ("your lab's 2025 paper on heart regeneration", true),
    ("the expansion of your Tacoma terminal", true),
    ("you opened a clinic in Boise", false),
    ("Brightpath educates 2,300 students", false),
    ("your team is rebuilding the ledger", false),
  ])
  func aHookWithNoVerbIsANounPhrase(_ hook: String, _ isPhrase: Bool) {
    #expect(HookPhrase.isNounPhrase(hook) == isPhrase)
  }

  @Test func anOptionTheResumeNamesMeetsAnEitherOrRequirement() throws {
    let letter = try Self.letter("dispatch-posting.md", "dispatch-resume.txt")
    #expect(letter.plan.unmetRequirements == [])
    #expect(
      RequirementOptions.names(in: "Proficiency with a TMS such as McLeod or TMW")
        == ["McLeod", "TMW"])
    #expect(RequirementOptions.names(in: "Knowledge of DOT and FMCSA rules") == ["DOT", "FMCSA"])
    #expect(RequirementOptions.names(in: "Experience with SAP ERP") == [])
  }
}
