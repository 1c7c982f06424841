import Testing

@testable import CandorKit

/// Long resumes and long lists: what is read from them, at sizes where work that grows
/// with the square of the length would show.
@Suite struct LongResumeTests {
  @Test func countsASkillNamedOnEveryLineOfALongList() throws {
    let rows = (1...3_000).map { "SAP, tool \($0)" }
    let text = "Ana Ruiz\nana@example.com\n\nSKILLS\n" + rows.joined(separator: "\n")
    let parsed = try ResumeReader.read(
      InputFile(name: "cv.txt", text: text), lexicon: TestLexicon.small)
    let sap = try #require(parsed.skills.first { $0.term == "SAP" })
    #expect(sap.count == 3_000)
    #expect(sap.lines == Array(5...3_004))
  }

  @Test func joinsAListWrappedOverManyLines() {
    let rows = (1...2_000).map { "Tool\($0) A, Tool\($0) B," }
    let section = ResumeSection(
      kind: .skills, title: "Skills", lines: Lines.read(rows.joined(separator: "\n")))
    let skills = SkillsParser.parse(section, wrapWidth: 90)
    #expect(skills.count == 4_000)
    #expect(skills.first?.name == "Tool1 A")
    #expect(skills.last?.name == "Tool2000 B")
  }

  @Test func mergesSkillsListedTwiceKeepingTheFullerEntry() {
    func skill(_ name: String?, level: String? = nil) -> Resume.Skill {
      var skill = Resume.Skill()
      skill.name = name
      skill.level = level
      return skill
    }
    let merged = TextResumeReader.merged([
      skill("Python"), skill("SQL"), skill(nil), skill("python", level: "Expert"), skill(nil),
    ])
    #expect(merged.map(\.name) == ["Python", "SQL", nil, nil])
    #expect(merged.map(\.level) == ["Expert", nil, nil, nil])
  }
}
