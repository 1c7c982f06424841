import Testing

@testable import CandorKit

@Suite struct ResumeLayoutTests {
  @Test func movesASecondColumnOutOfTheLinesItInterleaves() {
    let rows = (1...7).map { index in
      "Did task number \(index) for the team".padding(toLength: 60, withPad: " ", startingAt: 0)
        + "Skill \(index)      IV"
    }
    let text = (["EXPERIENCE" + String(repeating: " ", count: 50) + "SKILLS"] + rows)
      .joined(separator: "\n")
    let lines = Lines.read(text).filter { !$0.isBlank }
    #expect(lines.map(\.text).prefix(3) == ["SKILLS", "Skill 1  IV", "Skill 2  IV"])
    #expect(lines.map(\.text)[8] == "EXPERIENCE")
    #expect(lines.last?.text == "Did task number 7 for the team")
    #expect(lines.last?.line == 8)
  }

  @Test func splitsAShortSecondColumnWhoseLinesFollowOneAnother() {
    let rows = [
      ("Nurse, Ward 4", "SKILLS"), ("Bayview Clinic", "Triage, IV therapy"),
      ("- Cared for 20 patients", "EDUCATION"), ("- Led handovers", "BSc Nursing"),
    ]
    let text = rows.map { $0.0.padding(toLength: 40, withPad: " ", startingAt: 0) + $0.1 }
    let lines = Lines.read((["Experience"] + text).joined(separator: "\n"))
    #expect(
      lines.filter { !$0.isBlank }.map(\.text) == [
        "Experience", "SKILLS", "Triage, IV therapy", "EDUCATION", "BSc Nursing",
        "Nurse, Ward 4", "Bayview Clinic", "Cared for 20 patients", "Led handovers",
      ])
  }

  @Test func leavesThreeSideBySideLinesAndScatteredRightTextTogether() {
    let rows = [
      ("- Triage", "- Wound care"), ("- Charting", "- Dosage"), ("- Rounds", "- Discharge"),
      ("Ana Ruiz", String(repeating: " ", count: 20) + "ana@example.org"),
      ("- Intake", "- Billing"),
    ]
    let text = rows.map { $0.0.padding(toLength: 40, withPad: " ", startingAt: 0) + $0.1 }
    let lines = Lines.read(text.joined(separator: "\n"))
    #expect(lines.map(\.text).first == "Triage  - Wound care")
    #expect(lines.count == 5)
  }

  @Test(arguments: [
    ("J O R D A N   R E E S E", "JORDAN REESE"),
    (
      "M I N A   O K A F O R" + String(repeating: " ", count: 30) + "mina@example.org",
      "MINA OKAFOR  mina@example.org"
    ),
    ("E X P E R I E N C E    A N D   S K I L L S", "EXPERIENCE AND SKILLS"),
    ("Grade   A B   passed", "Grade  A B  passed"),
    ("Skills   Go   R   C", "Skills  Go  R  C"),
  ])
  func closesUpLettersSpacedWithWideGapsBetweenWords(_ text: String, _ joined: String) {
    let line = Lines.read(text).first
    #expect(line?.text == joined)
  }

  @Test(arguments: [
    ("Ana Ruiz\nSkills\nExcel\nPage 1 of 2\nAna Ruiz — Resume\nCPR\nPage 2 of 2", true),
    ("A N A   R U I Z\nSkills\nExcel\n1/2\nAna Ruiz | CV\nCPR", true),
    ("Ana Ruiz\nSkills\nExcel\nAna Ruiz Catering, 2019 – 2021\nCPR", false),
    ("Ana Ruiz\nSkills\nExcel\nPage 1 of 2\nAna Ruiz Catering 2019 – 2021\nCPR", false),
    // A header that says "Resume" or "Page N" is furniture wherever it stands.
    ("Ana Ruiz\nSkills\nAna Ruiz — Resume\nCPR", true),
    ("Ana Ruiz\nSkills\nAna Ruiz   Page 2\nCPR", true),
    ("Ana Ruiz\nSkills\nAna Ruiz — RÉSUMÉ\nCPR", true),
    ("Ana Ruiz\nSkills\nAna Ruiz, Curriculum Vitae\nCPR", true),
    ("Ana Ruiz\nSkills\nAna Ruiz Bakery\nCPR", false),
  ])
  func removesTheOwnersNameAtAPageEdge(_ text: String, _ removed: Bool) {
    let texts = Lines.read(text).filter { !$0.isBlank }.map(\.text)
    #expect(texts.contains { $0.hasPrefix("Ana Ruiz ") } == !removed)
  }

  @Test func leavesRightAlignedDatesInTheirLines() {
    let text = (2010...2017).map { year in
      "Company \(year)".padding(toLength: 50, withPad: " ", startingAt: 0) + "\(year) - \(year + 1)"
    }.joined(separator: "\n")
    let lines = Lines.read(text)
    #expect(lines.first?.text == "Company 2010  2010 - 2011")
    #expect(lines.count == 8)
  }

  @Test(arguments: [
    ("Summary\n1/2\n\u{0C}Skills", ["Summary", "Skills"]),
    ("Summary\nPage 2 of 3\nSkills", ["Summary", "Skills"]),
    ("Ana Ruiz\nSummary\n\n2\n\u{0C}Skills\n\n3", ["Ana Ruiz", "Summary", "Skills"]),
    ("Skills\n^ Back to Top\nEducation", ["Skills", "Education"]),
    ("Led 12 people\nSkills", ["Led 12 people", "Skills"]),
  ])
  func removesPageNumbersAndPortalLinks(_ text: String, _ kept: [String]) {
    #expect(Lines.read(text).filter { !$0.isBlank }.map(\.text) == kept)
  }

  @Test func removesRunningHeadersAndFootersRepeatedOnPages() {
    let text = "Ana Ruiz\nSummary\nAna Ruiz - CV\n\u{0C}Ana Ruiz - CV\nSkills\nAna Ruiz - CV"
    #expect(
      Lines.read(text).filter { !$0.isBlank }.map(\.text) == ["Ana Ruiz", "Summary", "Skills"])
  }

  @Test func numbersLinesAsAnEditorDoes() {
    let lines = Lines.read("a\r\nb\rc\u{0C}d\nA\\nB")
    #expect(lines.map(\.text) == ["a", "b", "c", "d", "A", "B"])
    #expect(lines.map(\.line) == [1, 2, 3, 3, 4, 4])
  }

  @Test(arguments: [
    ("E X P E R I E N C E", ResumeLine.Kind.text, "EXPERIENCE"),
    ("â€¢ Filed returns", .bullet, "Filed returns"),
    ("\u{F0B7}   Controlé el inventario", .bullet, "Controlé el inventario"),
    ("♦ Led the audit", .bullet, "Led the audit"),
    ("*Shipped the app", .bullet, "Shipped the app"),
    ("•", .bullet, ""),
    ("[Acme](https://acme.example) - [Tools]", .text, "Acme - Tools"),
    ("-----", .blank, ""),
  ])
  func readsMarksAndNoise(_ text: String, _ kind: ResumeLine.Kind, _ clean: String) {
    let line = Lines.read(text).first
    #expect(line?.kind == kind)
    #expect(line?.text == clean)
  }

  @Test func dropsMarkdownReferenceDefinitions() {
    #expect(
      Lines.read("Work\n[parser]: https://example.com/p\nEnd").map(\.text) == ["Work", "End"])
  }
}
