import Testing

@testable import CandorKit

@Suite struct SectionHeadingTests {
  @Test(arguments: [
    ("WORK EXPERIENCE", SectionKind.work), ("Professional Experience", .work),
    ("Employment History", .work), ("Work History", .work), ("Experiencia Laboral", .work),
    ("EXPERIENCIA", .work), ("Roles and Responsibilities at Acme Ltd", .work),
    ("Education", .education), ("EDUCACIÓN", .education), ("Formación Académica", .education),
    ("Education Details", .education), ("Technical Skills", .skills), ("Habilidades", .skills),
    ("SKILLS (scale of V)", .skills), ("Areas of Expertise", .skills), ("Projects", .projects),
    ("Personal Projects", .projects), ("Licenses & Certifications", .certificates),
    ("Professional Summary", .summary), ("Profile", .summary), ("Career Objective", .summary),
    ("Perfil", .summary), ("Languages", .languages), ("Idiomas", .languages),
    ("Volunteer Experience", .volunteer), ("Awards and Honors", .awards),
    ("Achievements", .awards), ("Publications", .publications), ("Talks", .publications),
    ("Interests", .interests), ("Hobbies", .interests), ("Personal Details", .other),
    // A field's name before the heading word: "Teaching Experience", "Clinical Skills".
    ("Teaching Experience", .work), ("Clinical Experience", .work),
    ("Relevant Experience", .work), ("Sales Experience", .work),
    ("LEADERSHIP EXPERIENCE", .work), ("Medical-Surgical Experience", .work),
    ("Licenses", .certificates), ("Licensure", .certificates),
    ("Licensure and Certifications", .certificates), ("Nursing Licensure", .certificates),
    ("Recent Training", .certificates), ("Clinical Skills", .skills),
  ])
  func recognisesHeadingInAnyWording(_ text: String, _ kind: SectionKind) {
    #expect(SectionHeading.kind(of: text) == kind)
  }

  @Test(arguments: [
    "Senior Software Engineer", "Led a team of 5 engineers", "Python, SQL, Excel",
    "Work Experience | Education | IT Skills", "Total Experience", "Skills Used",
    "Acme Corp", "Jump to Section", "Years Experience", "customer service experience",
    "5 Years Experience", "Required Skills", "Warehouse Safety Manager",
  ])
  func ignoresLinesThatAreNotHeadings(_ text: String) {
    #expect(SectionHeading.kind(of: text) == nil)
  }

  /// The byte walk for ASCII headings splits and lowercases as the character split does.
  @Test(arguments: [
    "TECHNICAL SKILLS & Tools", "O'Neil's Projects: 2019-2023", "Work Experience (2019)",
    "Portfolio link", "Supercalifragilisticexpialidocious Skills", "  -- ", "Skills2Go A1",
  ])
  func normalisesASCIIWordsAsTheCharacterSplit(_ text: String) {
    var core = Substring(text)
    if let paren = core.firstIndex(of: "("), core.hasSuffix(")") { core = core[..<paren] }
    let words = core.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
    let expected = words.allSatisfy { $0.count <= 20 } ? words.filter { $0 != "link" } : []
    #expect(SectionHeading.normalisedWords(text) == expected)
  }

  @Test func splitsHeadingGluedToTheTextBeforeIt() {
    let sections = SectionSplitter.split(Lines.read("TORA • SPSSEducation Details\nMBA, Acme"))
    #expect(sections.map(\.title) == ["", "Education Details"])
    #expect(sections[1].lines.map(\.text) == ["MBA, Acme"])
  }

  @Test func opensSectionForHeadingWithItsContent() {
    let sections = SectionSplitter.split(
      Lines.read("Jo Doe\nTECHNICAL SKILLS • Excel • SPSS\n\njo@example.com"))
    #expect(sections.map(\.kind) == [nil, .skills, nil])
    #expect(sections[1].lines.first?.text == "Excel • SPSS")
    #expect(sections[2].lines.map(\.text).contains("jo@example.com"))
  }

  @Test(arguments: ["WORK EXPERIENCE", "LICENSES & CERTIFICATIONS", "TEACHING EXPERIENCE"])
  func keepsAShoutedHeadingWhole(_ heading: String) {
    let sections = SectionSplitter.split(Lines.read("Skills\nDocker\n\n\(heading)\nAcme"))
    #expect(sections.map(\.title) == ["Skills", heading])
    #expect(sections[0].lines.map(\.text).filter { !$0.isEmpty } == ["Docker"])
  }

  @Test func keepsSkillListItemThatLooksLikeAHeading() {
    let sections = SectionSplitter.split(Lines.read("Skills\nPatience\nIT skills\nTyping"))
    #expect(sections.count == 1)
    #expect(sections[0].lines.map(\.text) == ["Patience", "IT skills", "Typing"])
  }

  @Test func readsDatesWrittenIntoTheHeading() {
    let sections = SectionSplitter.split(
      Lines.read("EXPERIENCIA (10/2022-05/2023)\nAnalista | Acme"))
    #expect(sections[0].kind == .work)
    #expect(sections[0].headingSpan?.start?.iso == "2022-10")
    #expect(sections[0].headingSpan?.end?.iso == "2023-05")
  }
}

/// Plain-text lines for tests, read the way text resumes are.
enum Lines {
  static func read(_ text: String) -> [ResumeLine] {
    ResumeLayout.read(InputFile(name: "test.txt", text: text, format: .text)).lines
  }

  static func section(_ text: String, kind: SectionKind = .work) -> ResumeSection {
    ResumeSection(kind: kind, title: "Experience", lines: read(text))
  }
}
