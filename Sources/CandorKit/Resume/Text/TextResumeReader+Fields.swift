import Foundation

extension TextResumeReader {
  /// What a resume builder's per-role field holds.
  enum EntryField { case highlight, skills }

  /// Builders print each role's fields under labels ("Accomplishments", "Skills Used"),
  /// alone on a line or before a colon, which read like section headings. Right after a
  /// role they belong to it: the text to its highlights, the skills to the resume's skills.
  /// True when the section was read so.
  mutating func addEntryFields(_ section: ResumeSection) -> Bool {
    guard previousKind == .work || readingEntryFields, let last = draft.resume.work.indices.last,
      var field = Self.entryField(section.title)
    else { return false }
    // The builder's next role ("company - …") ends the fields.
    let end = section.lines.firstIndex { Self.startsRole($0.text) } ?? section.lines.endIndex
    for line in section.lines[..<end] where !line.isBlank {
      var value = line.text
      if let label = Self.entryField(value) {
        field = label
        continue
      }
      if let (title, content) = SectionSplitter.headingWithContent(value),
        let label = Self.entryField(title)
      {
        (field, value) = (label, content)
      }
      add(value, as: field, toWork: last, line: line.line)
    }
    if end < section.lines.endIndex {
      addWork(ResumeSection(kind: .work, title: "", lines: Array(section.lines[end...])))
    }
    return true
  }

  /// A role's items with the builder's labels taken off: "Accomplishments: Raised …" is the
  /// statement, a placeholder is dropped, "Skills Used: …" goes to the resume's skills.
  mutating func unlabelled(_ items: [BodyItem]) -> [BodyItem] {
    items.compactMap { item in
      guard let (title, content) = SectionSplitter.headingWithContent(item.text),
        let field = Self.entryField(title)
      else { return item }
      switch field {
      case .highlight:
        guard Self.isStatement(content) else { return nil }
        return BodyItem(text: content, line: item.line, isBullet: item.isBullet)
      case .skills:
        addSkills(content)
        return nil
      }
    }
  }

  private mutating func addSkills(_ text: String) {
    for name in SkillsParser.items(text) {
      var skill = Resume.Skill()
      skill.name = name
      draft.resume.skills.append(skill)
    }
  }

  /// A word or two ("Good") is a builder's placeholder, not a statement.
  private static func isStatement(_ text: String) -> Bool {
    text.split(separator: " ").count >= 3
  }

  /// "company - Harbor Swim Club": the label a builder opens each role with.
  static func startsRole(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower.hasPrefix("company - ") || lower.hasPrefix("company: ")
  }

  private mutating func add(_ value: String, as field: EntryField, toWork index: Int, line: Int) {
    switch field {
    case .highlight:
      guard Self.isStatement(value) else { return }
      let offset = draft.resume.work[index].highlights?.count ?? 0
      draft.lines["work[\(index)].highlights[\(offset)]"] = line
      draft.resume.work[index].highlights = (draft.resume.work[index].highlights ?? []) + [value]
    case .skills: addSkills(value)
    }
  }

  /// The field a label names: "Accomplishments", "Skills Used:"; nil for other text.
  static func entryField(_ text: String) -> EntryField? {
    switch text.trimming(charactersIn: " :").lowercased() {
    case "accomplishments", "achievements": .highlight
    case "skills used": .skills
    default: nil
    }
  }
}
