/// Posting terms the lexicon does not know that a resume statement names anyway: "Polaris
/// ILS" in the posting, "managed holds in Polaris" in a highlight. A tool a highlight or the
/// skills list names is evidence when the posting names it too, so no note calls it missing
/// and no sentence offers it as a near miss.
enum StatedToolNames {
  /// The canonical terms of `posting`'s unknown skills (not in `known`) whose name, or whose
  /// first word when that is a name, a statement of `resume` writes with the same capitals.
  static func terms(of posting: JobPosting, in resume: ParsedResume, known: Set<String>)
    -> Set<String>
  {
    let unknown = posting.skills.filter { !$0.isKnown && !known.contains($0.term) }
    guard !unknown.isEmpty else { return [] }
    // Past each statement's first word, whose capital says nothing about a name; a skills
    // list item is a name whole ("Raiser's Edge NXT" listed, and asked by the posting).
    let listed = resume.resume.skills.flatMap { [$0.name ?? ""] + ($0.keywords ?? []) }
    let statements =
      resume.evidence.map { String($0.text.drop { $0 != " " }) } + listed.filter { !$0.isEmpty }
    var found = Set<String>()
    for skill in unknown {
      // The skill's words are read once, not once per statement.
      let words = Words(skill)
      if statements.contains(where: words.areWritten(in:)) { found.insert(skill.term) }
    }
    return found
  }

  /// True when `text` writes the skill's spelling, or its first word when that is a name,
  /// with the same capitals and as whole words.
  static func names(_ skill: SkillMention, in text: String) -> Bool {
    Words(skill).areWritten(in: text)
  }

  /// The words a statement may write a skill by: its spelling, and its first word when that
  /// is a name.
  private struct Words {
    let spelling: String
    let name: String?

    init(_ skill: SkillMention) {
      spelling = skill.spelling
      let first = String(skill.spelling.prefix { $0 != " " })
      name = isName(first) ? first : nil
    }

    func areWritten(in text: String) -> Bool {
      RequirementOptions.contains(text, word: spelling)
        || name.map { RequirementOptions.contains(text, word: $0) } == true
    }
  }

  /// A capitalised word of four letters or more with small letters after the first
  /// ("Polaris", "ezyVet"), not an acronym or a common word.
  private static func isName(_ word: String) -> Bool {
    word.count >= 4 && word.allSatisfy(\.isLetter) && word.contains(where: \.isUppercase)
      && word.dropFirst().contains(where: \.isLowercase)
      && !ContentWords.stopWords.contains(word.lowercased())
      && !RequirementCase.isCommonShaped(Substring(word))
  }
}
