import Foundation

/// Reads a plain-text, Markdown or HTML resume: lines, then sections, then each
/// section's entries.
struct TextResumeReader {
  var draft = ResumeDraft()
  private var header: [ResumeLine] = []
  private var summary: [BodyItem] = []
  /// Lines an education section could not place; titles among them are placed at the end.
  var unplaced: [ResumeLine] = []
  let wrapWidth: Int
  /// The kind of the section read last.
  var previousKind: SectionKind?
  /// True while a builder's per-role fields ("Accomplishments", "Skills Used") are read.
  var readingEntryFields = false

  static func read(_ file: InputFile) -> ResumeDraft {
    let text = ResumeLayout.read(file)
    var reader = TextResumeReader(wrapWidth: text.wrapWidth)
    let lines = file.format == .text ? LinkedInExport.reorder(text.lines) : text.lines
    for section in UnheadedWork.split(SectionSplitter.split(lines)) { reader.add(section) }
    let links = file.format == .markdown ? Self.links(in: file.text, lines: reader.header) : []
    reader.finish(text.lines, links: links, frontMatter: text.frontMatter)
    reader.draft.columnsRunTogether = text.columnsRunTogether
    return reader.draft
  }

  /// Markdown link targets on the header's lines: "[Name](https://site)".
  private static func links(in text: String, lines: [ResumeLine]) -> [String] {
    let numbers = Set(lines.map(\.line))
    let rows = text.split(separator: "\n", omittingEmptySubsequences: false)
    return numbers.sorted().filter { $0 <= rows.count }.flatMap { number -> [String] in
      let row = String(rows[number - 1])
      return row.matches(of: /\]\((https?:\/\/[^)\s]+)\)/).map { String($0.output.1) }
    }
  }

  private init(wrapWidth: Int) {
    self.wrapWidth = wrapWidth
  }

  mutating func add(_ section: ResumeSection) {
    defer { previousKind = section.kind }
    readingEntryFields = addEntryFields(section)
    if readingEntryFields { return }
    guard let kind = section.kind else {
      header += section.lines
      return
    }
    switch kind {
    case .summary: summary += BodyItems.read(section.lines, wrapWidth: wrapWidth)
    case .work: addWork(section)
    case .volunteer: addVolunteer(section)
    case .projects: addProjects(section)
    case .education: addEducation(section)
    case .skills: draft.resume.skills += SkillsParser.parse(section, wrapWidth: wrapWidth)
    case .certificates, .awards, .publications: addList(section, kind)
    case .languages: addLanguages(section)
    case .interests: draft.resume.interests += ListSections.interests(joined(section))
    case .references: addReferences(section)
    case .other: addOther(section)
    }
  }

  private func joined(_ section: ResumeSection) -> String {
    section.lines.filter { !$0.isBlank }.map(\.text).joined(separator: ", ")
  }

  private mutating func addEducation(_ section: ResumeSection) {
    let parsed = EducationParser.parse(section)
    for (education, _) in parsed.entries {
      let index = draft.resume.education.count
      for (offset, _) in (education.courses ?? []).enumerated() {
        let line = section.lines.first { $0.text == education.courses?[offset] }?.line
        draft.lines["education[\(index)].courses[\(offset)]"] = line
      }
      draft.resume.education.append(education)
    }
    unplaced += parsed.unplaced
    addCredentials(parsed.credentials, of: section)
  }

  private mutating func addList(_ section: ResumeSection, _ kind: SectionKind) {
    for item in ListSections.items(section, wrapWidth: wrapWidth) {
      switch kind {
      case .certificates:
        let text = CertificateText.withoutNumbers(item.text)
        for name in CertificateList.names(text) ?? (text.isEmpty ? [] : [text]) {
          let named = BodyItem(text: name, line: item.line, isBullet: item.isBullet)
          addCertificate(ListSections.certificate(named), text: name, line: item.line)
        }
      case .awards:
        draft.lines["awards[\(draft.resume.awards.count)].title"] = item.line
        draft.resume.awards.append(ListSections.award(item))
      default:
        draft.lines["publications[\(draft.resume.publications.count)].name"] = item.line
        draft.resume.publications.append(ListSections.publication(item))
      }
    }
  }

  private mutating func addReferences(_ section: ResumeSection) {
    for line in section.lines where !line.isBlank && !line.text.lowercased().contains("request") {
      var reference = Resume.Reference()
      reference.name = line.text
      draft.resume.references.append(reference)
    }
  }

  /// "Other" / "Spanish (intermediate)": a language stated with its level is read wherever
  /// it is listed, and so is a credential ("Valid Missouri driver's license", "OSHA 10-Hour
  /// Construction"); the rest of a section the readers don't know is noted as unread.
  // FIXME: a credential wrapped onto a second line without a credential word keeps that
  // line in the unread note.
  private mutating func addOther(_ section: ResumeSection) {
    var rest = section
    var credentials: [ResumeLine] = []
    rest.lines.removeAll { line in
      if line.isBlank { return false }
      let languages = ListSections.statedLanguages(line.text)
      draft.resume.languages += languages
      if languages.isEmpty, CertificateText.namesCredential(line.text) {
        credentials.append(line)
        return true
      }
      return !languages.isEmpty
    }
    addCredentials(credentials, of: section)
    noteUnread(rest)
  }

  /// A languages section's languages; a line in it that names no language is a credential
  /// ("American Red Cross CPR/First Aid, 2024" after "Languages: …" in a catch-all list) or
  /// a line the notes name, never dropped without a word.
  private mutating func addLanguages(_ section: ResumeSection) {
    var rest = section
    var credentials: [ResumeLine] = []
    var unplaced: [ResumeLine] = []
    rest.lines.removeAll { line in
      guard !line.isBlank, ListSections.languages(line.text).isEmpty else { return false }
      if CertificateText.namesCredential(line.text) {
        credentials.append(line)
        return true
      }
      // A wrapped level ("(fluent)") or a lone label belongs to the list around it.
      if line.text.first == "(" || line.text.split(separator: " ").count < 3 { return false }
      unplaced.append(line)
      return true
    }
    draft.resume.languages += ListSections.languages(joined(rest))
    addCredentials(credentials, of: section)
    for line in unplaced {
      draft.notes.append("languages: could not place '\(line.text)' (line \(line.line))")
    }
  }

  /// Lines another section holds that each name a credential, read as a certificates list.
  private mutating func addCredentials(_ lines: [ResumeLine], of section: ResumeSection) {
    guard !lines.isEmpty else { return }
    var list = section
    list.kind = .certificates
    list.lines = lines.flatMap { [$0, .blank(at: $0.line)] }
    addList(list, .certificates)
  }

  private mutating func noteUnread(_ section: ResumeSection) {
    guard section.lines.contains(where: { !$0.isBlank }) else { return }
    let line = section.headingLine.map { " (line \($0))" } ?? ""
    draft.notes.append("section '\(section.title)'\(line) was not read")
    if section.lines.contains(where: { !$0.isBlank && DateParser.span(in: $0.text) != nil }) {
      draft.unreadDated.append("'\(section.title)'\(line)")
    }
  }

  private mutating func finish(
    _ lines: [ResumeLine], links: [String], frontMatter: [String: String]
  ) {
    // "Class A CDL (Illinois), Hazmat and Tanker endorsements" under the contact line: the
    // person's licences, never an introduction; a record on it ("clean MVR") is a fact.
    let licences = CertificateText.headerCredentials(header)
    var facts: [BodyItem] = []
    if !licences.isEmpty {
      header.removeAll { licences.contains($0) }
      let items = HeaderLicences.sorted(licences.flatMap(CertificateText.listItems))
      addCredentials(items.credentials, of: ResumeSection(kind: .certificates, title: "Licenses"))
      facts = items.facts
    }
    let contacts = ContactParser.read(header, links: links)
    draft.resume.skills = Self.merged(draft.resume.skills)
    moveLevelledLanguages()
    var basics = contacts.basics
    FrontMatterBasics.apply(frontMatter, to: &basics)
    if basics.email == nil {
      basics.email = lines.lazy.compactMap { ContactPatterns.email(in: $0.text) }.first
    }
    let statements = summary.isEmpty ? [] : summary
    if !statements.isEmpty {
      basics.summary = statements.map(\.text).joined(separator: " ")
      draft.lines["basics.summary"] = statements[0].line
    } else if !contacts.introduction.isEmpty {
      basics.summary = contacts.introduction.joined(separator: " ")
    }
    if let first = facts.first {
      if basics.summary == nil { draft.lines["basics.summary"] = first.line }
      basics.summary = ([basics.summary].compactMap { $0 } + facts.map(\.text))
        .joined(separator: " ")
    }
    if basics != Resume.Basics() { draft.resume.basics = basics }
    if draft.resume.languages.isEmpty, let summary = basics.summary {
      draft.resume.languages = SummaryLanguages.read(summary)
    }
    placeTitles()
    placeBareTitles(lines)
    for line in unplaced {
      draft.notes.append("education: could not place '\(line.text)' (line \(line.line))")
    }
    draft.text = lines.map(\.text).joined(separator: "\n")
    let headerLines = Set(header.map(\.line))
    draft.sourceLines = lines.filter { !$0.isBlank }.map { line in
      guard headerLines.contains(line.line) else { return (line.text, line.line) }
      return (Self.withoutName(line.text, contacts.nameTexts), line.line)
    }
  }

  /// A header line without the person's name: "Priya Castellanos" names no skill (Spanish),
  /// whichever header line it stands on and whatever stands beside it.
  private static func withoutName(_ text: String, _ name: [String]) -> String {
    name.reduce(text) { text, piece in
      piece.isEmpty || !text.hasBytes(piece)
        ? text : text.literalComponents(separatedBy: piece).joined(separator: " ")
    }
  }

  /// "Spanish (basic)" in a skills list: a language with its level is a language, kept
  /// with that level, so no letter names the language without it.
  private mutating func moveLevelledLanguages() {
    draft.resume.skills.removeAll { skill in
      guard let name = skill.name, let level = skill.level, LanguageNames.isLanguage(name),
        LanguageNames.isLevel(level)
      else { return false }
      if !draft.resume.languages.contains(where: { $0.language?.lowercased() == name.lowercased() })
      {
        var language = Resume.Language()
        language.language = name
        language.fluency = level
        draft.resume.languages.append(language)
      }
      return true
    }
  }

  /// Skills listed twice (a summary line and a table) once, keeping the fuller entry.
  static func merged(_ skills: [Resume.Skill]) -> [Resume.Skill] {
    var result: [Resume.Skill] = []
    var indexByName: [String: Int] = [:]
    for skill in skills {
      let key = skill.name?.lowercased()
      if let key, let index = indexByName[key] {
        result[index].level = result[index].level ?? skill.level
        result[index].keywords = result[index].keywords ?? skill.keywords
      } else {
        if let key { indexByName[key] = result.count }
        result.append(skill)
      }
    }
    return result
  }

  /// "Business Analyst - Fino Payments Bank" written apart from the entry it titles.
  private mutating func placeTitles() {
    unplaced.removeAll { line in
      let parts = line.text.components(separatedBy: " - ")
      guard parts.count == 2,
        let index = draft.resume.work.firstIndex(where: {
          $0.position == nil
            && $0.name?.lowercased() == parts[1].trimmingSpaces().lowercased()
        })
      else { return false }
      draft.resume.work[index].position = parts[0].trimmingSpaces()
      return true
    }
  }
}
