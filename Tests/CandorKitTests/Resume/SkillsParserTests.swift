import Testing

@testable import CandorKit

@Suite struct SkillsParserTests {
  @Test(arguments: [
    ("Excel avanzado", "Excel", "avanzado"),
    ("Python - advanced", "Python", "advanced"),
    ("SQL (Intermediate)", "SQL", "Intermediate"),
    ("Inglés intermedio", "Inglés", "intermedio"),
    ("Visual Basic", "Visual Basic", nil),
    ("Power BI", "Power BI", nil),
  ])
  func splitsALevelFromTheSkill(_ item: String, _ name: String, _ level: String?) {
    let section = ResumeSection(kind: .skills, title: "Skills", lines: Lines.read(item))
    let skill = SkillsParser.parse(section, wrapWidth: 90).first
    #expect(skill?.name == name)
    #expect(skill?.level == level)
  }

  /// "Excel" needs context in running text ("Excel at…"); as an item of a skills list it
  /// is a skill wherever the list puts it.
  @Test(arguments: [
    "HABILIDADES\nExcel avanzado, SAP, Power BI",
    "SKILLS\nExcel (advanced), SAP",
    "Skills\nAdvanced Excel, SAP",
    "SKILLS\nSAP, Power BI, Excel intermedio",
  ])
  func findsListedSkillsTheLexiconKnows(_ text: String) throws {
    let file = InputFile(name: "cv.txt", text: "Ana Ruiz\nana@example.com\n\n" + text)
    let parsed = try ResumeReader.read(file, lexicon: TestLexicon.small)
    #expect(parsed.skills.map(\.term).sorted() == ["Excel", "SAP"])
    #expect(parsed.skills.first { $0.term == "Excel" }?.lines == [5])
  }
}
