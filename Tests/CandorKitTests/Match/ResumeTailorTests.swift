import Foundation
import Testing

@testable import CandorKit

/// Tailoring reorders and selects; it never adds a fact.
@Suite struct ResumeTailorTests {
  let posting: JobPosting
  let parsed: ParsedResume

  init() throws {
    posting = try MatchFixture.posting("backend-posting.md")
    parsed = try ResumeReader.read(
      try MatchFixture.file("tailor-resume.md"), lexicon: MatchFixture.lexicon)
  }

  func tailor(top: Int = 4) -> TailoredResume {
    ResumeTailor.tailor(
      parsed, for: posting, options: TailorOptions(top: top), lexicon: MatchFixture.lexicon)
  }

  @Test func putsTheMostRelevantHighlightsFirstAndKeepsTheTopOnes() {
    let highlights = tailor().resume.work[0].highlights ?? []
    #expect(highlights.count == 4)
    #expect(
      highlights.first == "Built the fare API in Python and Postgres, serving 2 million riders")
    #expect(!highlights.contains("Ran hiring loops for 12 candidates"))
  }

  @Test(arguments: [1, 2, 4, 10])
  func keepsAtMostTopHighlightsPerRole(_ top: Int) {
    for work in tailor(top: top).resume.work {
      #expect((work.highlights ?? []).count <= top)
    }
  }

  @Test func putsThePostingsMustHavesFirstInTheSkills() {
    let skills = tailor().resume.skills
    #expect(skills[0].keywords == ["Python", "Go", "SQL", "Ruby"])
    #expect(skills[1].keywords?.first == "Kubernetes")
  }

  @Test func reordersTheSummarysSentencesWithoutChangingThem() throws {
    let summary = try #require(tailor().resume.basics?.summary)
    #expect(summary.hasPrefix("I build Python services for logistics teams."))
    let before = Set(SummaryOrder.split(parsed.resume.basics?.summary ?? ""))
    #expect(Set(SummaryOrder.split(summary)) == before)
  }

  @Test func reportsWhatChangedAndTheRateBeforeAndAfter() {
    let tailored = tailor()
    #expect(tailored.changes.map(\.kind) == [.highlights, .highlights, .skills, .summary])
    #expect(tailored.changes[0].dropped.count == 2)
    #expect(tailored.matchRateAfter >= tailored.matchRateBefore)
  }

  @Test(arguments: [1, 2, 4])
  func addsNoFactThatIsNotInTheInput(_ top: Int) throws {
    let tailored = tailor(top: top).resume
    let input = ResumeFacts(parsed.resume)
    for output in [
      ResumeFacts(tailored), ResumeFacts(text: ResumeRenderer.markdown(tailored)),
      ResumeFacts(text: ResumeRenderer.text(tailored)),
      ResumeFacts(text: ResumeDocument.make(tailored).plainText),
    ] {
      #expect(output.isSubset(of: input), "added: \(output.subtracting(input))")
    }
  }

  /// A resume with only skills: each a name, a level and keywords.
  static func resume(skills: [(String, String?, [String]?)]) -> Resume {
    var resume = Resume()
    resume.skills = skills.map {
      var skill = Resume.Skill()
      skill.name = $0.0
      skill.level = $0.1
      skill.keywords = $0.2
      return skill
    }
    return resume
  }

  @Test func skillsWithoutKeywordsShareOneLineAndGroupsKeepTheirs() {
    let resume = Self.resume(skills: [
      ("Go", nil, nil), ("Cloud", nil, ["AWS", "Terraform"]), ("Kafka", nil, nil),
    ])
    let markdown = ResumeRenderer.markdown(resume)
    #expect(markdown.contains("## Skills\n\n- Go, Kafka\n- **Cloud:** AWS, Terraform\n"))
    #expect(ResumeRenderer.text(resume).contains("SKILLS\nGo, Kafka\nCloud: AWS, Terraform"))
    #expect(!markdown.contains("**Go:**"))
  }

  @Test func aSkillsLevelStaysBesideItsNameInMarkdownAndText() {
    let resume = Self.resume(skills: [("Go", "basic", nil), ("Cloud", "advanced", ["AWS"])])
    let markdown = ResumeRenderer.markdown(resume)
    #expect(markdown.contains("- Go (basic)\n- **Cloud (advanced):** AWS\n"))
    #expect(ResumeRenderer.text(resume).contains("Go (basic)\nCloud (advanced): AWS"))
  }

  @Test func catchesAnAddedFact() {
    var changed = tailor().resume
    changed.work[0].highlights?.append("Wrote Haskell services for 40000 riders")
    #expect(!ResumeFacts(changed).isSubset(of: ResumeFacts(parsed.resume)))
  }

  @Test func writesValidJSONResume() throws {
    let data = try JSONEncoder().encode(tailor().resume)
    let file = InputFile(name: "tailored.json", text: String(decoding: data, as: UTF8.self))
    #expect(throws: Never.self) { try ResumeReader.validate(file) }
  }

  @Test func givesTheSameResumeForTheSameInputs() {
    #expect(tailor() == tailor())
  }
}

/// The facts a resume states: numbers, lexicon terms, employers, titles, schools and dates.
///
/// A resume's facts are those found in its values and in each of its renderings, so a fact
/// the lexicon only recognises in one layout still counts as the input's.
struct ResumeFacts: Equatable {
  var facts: Set<String>

  init(_ resume: Resume) {
    facts = []
    for text in [
      Self.values(of: resume).joined(separator: "\n"), ResumeRenderer.markdown(resume),
      ResumeRenderer.text(resume), ResumeDocument.make(resume).plainText,
    ] {
      facts.formUnion(ResumeFacts(text: text).facts)
    }
    for work in resume.work {
      facts.formUnion([work.name, work.position, work.startDate, work.endDate].compactMap { $0 })
    }
    for item in resume.education {
      facts.formUnion([item.institution, item.startDate, item.endDate].compactMap { $0 })
    }
  }

  init(text: String) {
    facts = []
    for token in Tokenizer.tokens(in: text) where token.text.contains(where: \.isNumber) {
      facts.insert(String(token.text))
    }
    for lexicon in [MatchFixture.lexicon, Lexicon.standard] {
      facts.formUnion(lexicon.matches(in: text).map(\.term))
    }
  }

  /// Every string value of the resume, one per line.
  static func values(of resume: Resume) -> [String] {
    let data = (try? JSONEncoder().encode(resume)) ?? Data()
    return strings(in: (try? JSONSerialization.jsonObject(with: data)) ?? [:])
  }

  private static func strings(in value: Any) -> [String] {
    switch value {
    case let text as String: return [text]
    case let list as [Any]: return list.flatMap(strings)
    case let object as [String: Any]:
      return object.keys.sorted().flatMap { strings(in: object[$0]!) }
    default: return []
    }
  }

  func isSubset(of other: ResumeFacts) -> Bool {
    facts.isSubset(of: other.facts)
  }

  func subtracting(_ other: ResumeFacts) -> Set<String> {
    facts.subtracting(other.facts)
  }
}

/// A tailored resume shown to people writes its dates as a resume does, not as ISO dates.
@Suite struct TailoredDateTests {
  @Test(
    arguments: [
      ("2021-05", nil, "May 2021 – Present"), ("2019", "2021", "2019 – 2021"),
      (nil, "2019", "2019"), ("2018-11-03", "2020-02", "Nov 2018 – Feb 2020"),
      ("2020-06", "2020-06", "Jun 2020"),
    ] as [(String?, String?, String)])
  func datesReadAsAPersonWritesThem(_ start: String?, _ end: String?, _ written: String) {
    #expect(ResumeSections.dates(start, end) == written)
  }
}
