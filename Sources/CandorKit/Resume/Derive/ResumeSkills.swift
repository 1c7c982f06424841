/// Gathers the skills a resume names anywhere, as canonical lexicon terms with how often
/// and on which lines they appear.
enum ResumeSkills {
  /// `texts` are the resume's lines (with numbers when it was text) or its fields. Of the
  /// names the lexicon lacks, only credentials a credential's word marks are listed. A term
  /// inside one of `names`, the resume's employers and schools, is part of that name and no
  /// skill ("Site Design" in "Puget Sound Site Design").
  // FIXME: other skills the lexicon lacks are not listed; they need TermDiscovery's candidates.
  static func collect(
    _ texts: [(text: String, line: Int?)], names: [String] = [], scan: inout LexiconMemo
  ) -> [SkillMention] {
    var mentions: [SkillMention] = []
    var indexByTerm: [String: Int] = [:]
    // The lines each mention lists, so a skill named on every line stays linear.
    var listed: [Set<Int>] = []
    for (text, line) in texts {
      let named = ResumeOrganizations.ranges(of: names, in: text)
      let known = scan.matches(in: text).filter { match in
        !isPending(match, in: text) && !ResumeOrganizations.isInside(match.range, named)
      }.map { (match: $0, isKnown: true) }
      let credentials = credentials(in: text, lexicon: scan.lexicon).map {
        (match: $0, isKnown: false)
      }
      for (match, isKnown) in known + credentials {
        guard let index = indexByTerm[match.term] else {
          indexByTerm[match.term] = mentions.count
          let lines = line.map { [$0] } ?? []
          mentions.append(
            SkillMention(
              term: match.term, category: match.category, spelling: match.spelling,
              lines: lines, isKnown: isKnown))
          listed.append(Set(lines))
          continue
        }
        mentions[index].count += 1
        if let line, listed[index].insert(line).inserted { mentions[index].lines.append(line) }
      }
    }
    return mentions
  }

  /// "October 2026 (EIT application pending)", "CPA candidate": a credential named beside
  /// a word that says it is not held yet, within its clause, is no credential the person
  /// holds. Statements use it too, so a letter never cites "SHRM-CP candidate" as SHRM-CP.
  static func isPending(_ match: TermMatch, in text: String) -> Bool {
    guard match.category == .certification else { return false }
    let stops: (Character) -> Bool = { ",;|•".contains($0) }
    let start = text[..<match.range.lowerBound].lastIndex(where: stops).map(text.index(after:))
    let end = text[match.range.upperBound...].firstIndex(where: stops) ?? text.endIndex
    let clause = text[(start ?? text.startIndex)..<end].lowercased()
    return PendingWords.named(in: clause)
  }

  /// Credentials the lexicon lacks that `text` names with a credential's word
  /// (``CredentialCue/names(in:)``: "PLXE-certified", "Licensed by the VNBC").
  private static func credentials(in text: String, lexicon: Lexicon) -> [TermMatch] {
    CredentialCue.names(in: text).compactMap { name in
      guard lexicon.entry(for: name) == nil, let range = text.byteRange(of: name) else {
        return nil
      }
      return TermMatch(
        term: name, category: .certification, spelling: name, range: range)
    }
  }

  /// `mentions` with the listed skills the lexicon knows but running text did not
  /// confirm: "Excel" in "Excel avanzado, SAP" needs context there, yet an item of a skills
  /// list is a skill by where it stands. `lines` place each on the line that names it.
  static func addingListed(
    _ skills: [Resume.Skill], to mentions: [SkillMention],
    lines: [(text: String, line: Int)], lexicon: Lexicon
  ) -> [SkillMention] {
    var result = mentions
    var terms = Set(mentions.map(\.term))
    for name in skills.flatMap({ [$0.name].compactMap { $0 } + ($0.keywords ?? []) }) {
      // "DBT" is the therapy or the data tool by the terms around it, which only the
      // running text gives; a listed homograph that text left open names neither.
      guard let entry = lexicon.entry(for: name), !entry.homographs.contains(name),
        terms.insert(entry.term).inserted
      else {
        continue
      }
      let line = lines.first { $0.text.contains(name) }?.line
      result.append(
        SkillMention(
          term: entry.term, category: entry.category, spelling: name,
          lines: line.map { [$0] } ?? []))
    }
    return result
  }

  /// Every text field of a resume, for resumes read from JSON.
  static func texts(of resume: Resume) -> [(text: String, line: Int?)] {
    var texts: [String?] = [resume.basics?.label, resume.basics?.summary]
    for work in resume.work {
      texts += [work.position, work.summary, work.description] + (work.highlights ?? [])
    }
    for project in resume.projects {
      texts +=
        [project.name, project.description] + (project.highlights ?? [])
        + (project.keywords ?? [])
    }
    for volunteer in resume.volunteer {
      texts += [volunteer.summary] + (volunteer.highlights ?? [])
    }
    for education in resume.education {
      // "B.A. in Communications": the field is read with its degree, so a soft skill's
      // word there is no claim of the skill.
      let field = education.area.map { "\(education.studyType ?? "Degree") in \($0)" }
      texts += [field ?? education.studyType] + (education.courses ?? [])
    }
    for skill in resume.skills { texts += [skill.name] + (skill.keywords ?? []) }
    texts += resume.certificates.map(\.name) + resume.awards.map(\.title)
    return texts.compactMap { $0 }.map { ($0, nil) }
  }
}
