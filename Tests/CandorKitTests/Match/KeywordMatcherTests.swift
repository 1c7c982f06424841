import Foundation
import Testing

@testable import CandorKit

/// Matching a resume and a letter against a posting: rates, where keywords were found,
/// coverage, recommendations, gaps and stuffing warnings.
@Suite struct KeywordMatcherTests {
  let posting: JobPosting
  let resume: ParsedResume
  let resumeText: String
  let letter: String

  init() throws {
    posting = try MatchFixture.posting("backend-posting.md")
    let file = try MatchFixture.file("backend-resume.json")
    resumeText = file.text
    resume = try ResumeReader.read(file, lexicon: MatchFixture.lexicon)
    letter = try MatchFixture.file("backend-letter.txt").text
  }

  func match(resume: Bool = true, letter: Bool = true) -> MatchReport {
    KeywordMatcher.match(
      posting: posting, resume: resume ? self.resume : nil, resumeSource: resumeText,
      letter: letter ? self.letter : nil, lexicon: MatchFixture.lexicon)
  }

  func result(_ term: String, in report: MatchReport) -> KeywordResult? {
    report.keywords.first { $0.term == term }
  }

  @Test func ratesTheWeightedShareOfKeywordsFound() {
    let report = match(letter: false)
    let found = report.keywords.filter(\.found).reduce(0) { $0 + $1.weight }
    let total = report.keywords.reduce(0) { $0 + $1.weight }
    #expect(report.matchRate == MatchRates.rounded(found / total))
    #expect(report.matchRate > 0 && report.matchRate < 1)
  }

  @Test func namesTheSpellingAndTheLineWhereAKeywordWasFound() throws {
    let kubernetes = try #require(result("Kubernetes", in: match(letter: false)))
    #expect(kubernetes.foundAs == "k8s")
    let first = try #require(kubernetes.locations.first)
    #expect(first.section == "Experience: Tidewater Logistics")
    #expect(first.path == "work[0].highlights[1]")
    #expect(first.line == 15)
  }

  @Test func namesTheLetterParagraph() throws {
    let python = try #require(result("Python", in: match(resume: false)))
    #expect(python.locations.map(\.paragraph) == [2, 3, 4])
  }

  @Test func satisfiesAnEitherOrRequirementWithOneOption() throws {
    let pair = try #require(result("AWS/GCP", in: match(letter: false)))
    #expect(pair.found)
    #expect(pair.foundAs == "AWS")
  }

  @Test func recommendsShowingInARoleWhatOnlyTheSkillsListNames() {
    let report = match(letter: false)
    let advice = report.recommendations.filter { $0.kind == .showInRole }.map(\.term)
    #expect(advice.contains("AWS/GCP"))
    #expect(!advice.contains("Python"))
  }

  @Test func neverRecommendsWhatTheResumeDoesNotSupport() {
    let report = match(letter: false)
    #expect(report.gaps.contains("Rust"))
    #expect(!report.recommendations.contains { $0.term == "Rust" })
  }

  @Test func recommendsNamingInTheLetterWhatTheResumeShows() {
    let report = match()
    let letter = report.recommendations.filter { $0.kind == .mentionInLetter }.map(\.term)
    #expect(letter.contains("Postgres"))
    #expect(!letter.contains("Python"))
  }

  @Test func reportsRequirementsPerDocumentAndMustHavesInNeither() throws {
    let coverage = try #require(match().coverage)
    let postgres = try #require(coverage.requirements.first { $0.text == "Postgres and SQL" })
    #expect(postgres.inResume && !postgres.inLetter)
    #expect(coverage.missingMustHaves == ["communication"])
  }

  @Test func findsLetterSentencesThatRepeatResumeBullets() throws {
    let coverage = try #require(match().coverage)
    #expect(coverage.repeatedBullets.count == 2)
    #expect(coverage.repeatedBullets.first?.resumePath == "work[0].highlights[0]")
  }

  @Test func warnsWhenOneKeywordIsOverFivePercentOfTheWords() {
    let warnings = match(resume: false).warnings.filter { $0.kind == .density }
    #expect(warnings.count == 1)
    #expect(warnings.first?.message.hasPrefix("'Python' is") == true)
  }

  @Test func warnsAboutALongPhraseCopiedFromThePosting() {
    let copied = match(resume: false).warnings.filter { $0.kind == .copiedPhrase }
    #expect(copied.map(\.message).first?.contains("build routing APIs in Python for our") == true)
  }

  @Test func givesTheSameReportForTheSameInputs() {
    #expect(match() == match())
  }

  @Test(arguments: [(0.85, "stop here"), (0.5, "aim for about 80 %")])
  func advisesStoppingAtAboutEightyPercent(_ rate: Double, _ phrase: String) {
    #expect(MatchRates.advice(rate).contains(phrase))
  }
}
