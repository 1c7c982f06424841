/// Turns the lines of requirement sections (and requirement-shaped lines elsewhere) into
/// ``Requirement`` values with tier, skills, years and emphasis, and collects
/// responsibilities.
enum RequirementExtractor {
  static func requirements(
    _ sections: [SectionedLine], scan: TermScan, sentences: SentenceCache
  ) -> [Requirement] {
    var result: [Requirement] = []
    var position = 0
    var lastSection: PostingSectionKind?
    let prose = ProseRequirements.applies(to: sections)
    for item in sections where !item.isHeading && !item.line.isBlank {
      let found: [(String, Tier)]
      if prose, let sentences = ProseRequirements.sentences(of: item, sentences) {
        found = sentences.filter { isSubstantial($0.text, scan: scan) }.map { ($0.text, $0.tier) }
      } else if let tier = tier(of: item, sentences), isSubstantial(item.text, scan: scan) {
        found = parts(of: item, tier: tier, sentences)
      } else {
        found = []
      }
      for (said, tier) in found {
        if item.section != lastSection { position = 0 }
        lastSection = item.section
        // The cue label has given its tier; the item is what follows it.
        let text = WaivedAsk.kept(RequirementCues.withoutLabel(said))
        guard !text.isEmpty else { continue }
        let years = RequirementCues.years(in: text)
        result.append(
          Requirement(
            text: text, tier: tier, skills: SkillCollector.terms(in: text, scan: scan),
            years: years,
            emphasis: RequirementCues.emphasis(
              of: said, tier: tier, years: years, position: position),
            line: item.line.line))
        position += 1
      }
    }
    return result
  }

  /// The item as one requirement, or as an asked-for part and a preferred part when it
  /// prefers something besides what it asks ("Bachelor's degree (Master's preferred)").
  /// `sentences` keeps the split the line's tier already made.
  private static func parts(of item: SectionedLine, tier: Tier, _ sentences: SentenceCache)
    -> [(String, Tier)]
  {
    guard item.section != .preferred, let (head, tail) = sentences.tierSplit(item.text) else {
      return [(item.text, tier)]
    }
    let asked = [.requirements, .conditions].contains(item.section) ? Tier.required : tier
    let headTier = RequirementCues.tier(of: head, sentences: sentences) ?? asked
    guard headTier == .required else { return [(item.text, tier)] }
    return [(head, .required), (tail, .preferred)]
  }

  /// Raises the emphasis of requirements whose skills the posting repeats elsewhere:
  /// +0.05 for each skill named on two or more lines, at most +0.1.
  static func weighRepetition(_ requirements: [Requirement], skills: [SkillMention])
    -> [Requirement]
  {
    let repeated = Set(skills.filter { $0.lines.count >= 2 }.map(\.term))
    return requirements.map { requirement in
      var copy = requirement
      let bonus = min(0.1, 0.05 * Double(requirement.skills.filter(repeated.contains).count))
      copy.emphasis = (min(1, requirement.emphasis + bonus) * 100).rounded() / 100
      return copy
    }
  }

  /// The line's tier when it states a requirement; nil when it does not. The line's own
  /// cue words are read only in the sections where they can count.
  private static func tier(of item: SectionedLine, _ sentences: SentenceCache) -> Tier? {
    switch item.section {
    case .requirements, .conditions:
      return RequirementCues.tier(of: item.text, sentences: sentences) ?? .required
    case .preferred: return .preferred
    case .intro, .role, .other, .stack:
      guard item.line.kind == .bullet || item.text.hasAtMostCharacters(199),
        let cue = RequirementCues.tier(of: item.text, sentences: sentences),
        looksLikeRequirement(item.text), !shortLabel.matches(item.text)
      else { return nil }
      return cue
    default: return nil
    }
  }

  /// "Desired level of experience: Manager": a metadata label, not a requirement.
  private static let shortLabel = Pattern(#"^[^:]{2,40}:\s*\S+(\s\S+){0,2}$"#, requiring: [":"])

  /// A requirement says something: two words or more, or a skill on its own ("SQL"), and
  /// is not a contact detail ("Email: …"), a line on how to apply or whom to ask, nor a
  /// question an application form asks.
  private static func isSubstantial(_ text: String, scan: TermScan) -> Bool {
    if contactDetail.matches(text) || Boilerplate.matches(text) || statesPay(text)
      || ApplicationForm.isQuestion(text) || ContactLine.matches(text) || WaivedAsk.matches(text)
      || teamFact.matches(text)
    {
      return false
    }
    return text.wordCount >= 2 || !scan.matches(in: text).isEmpty
  }

  /// "Salaire : 45 000 € – 55 000 € brut annuel", "The pay range for this position is
  /// $22.00 - $26.50 per hour.", "Apprentices earn $16 an hour in year one.": the pay, read
  /// by `SalaryParser`.
  private static func statesPay(_ text: String) -> Bool {
    if text.hasBytes(":"), let (field, _) = HeaderFields.labelled(text), field == .salary {
      return true
    }
    return SalaryParser.statesPay(text) || SalaryParser.isPaySentence(text)
  }

  /// "Team of 35 associates on 2nd shift.", "A small crew of 6 engineers.": a fact about
  /// the team the hire joins, not something asked of them.
  private static let teamFact = Pattern(
    #"^(?:(?:a|an|our|the)\s+)?(?:(?:small|growing|tight-knit|close-knit|friendly|busy"#
      + #"|dedicated|great)\s+)?(?:team|crew|staff|department|unit|group)\s+of\s+\d[\d,]*"#
      + #"\+?\s+[^.;:]{0,60}[.!]?$"#,
    requiring: ["team of", "crew of", "staff of", "department of", "unit of", "group of"])

  private static let contactDetail = Pattern(
    #"^(e-?mail|phone|tel|mobile|main|web|website|fax|address)\s*:"#)

  private static let requirementShape = Pattern(
    #"\b"#
      + Pattern.anyOf([
        "experience", "years?", "degree", "knowledge of", "proficien", "familiar", "certif",
        "licen[cs]e", "ability to", "skills? in", "background in", "understanding of",
        "must have", "required", "qualification",
      ]))

  static func looksLikeRequirement(_ text: String) -> Bool {
    requirementShape.matches(text) && !(companyDuty.matches(text) && !namesCandidate(text))
  }

  /// "Our card service must stay above 99.99% availability": what the company's own system
  /// or team must do is no requirement of the candidate.
  /// Only a line opening with "our" can match, which a byte test tells ("your" and "hours"
  /// hold it too).
  private static let companyDuty = Pattern(
    #"^our\s+(?:[\w'’-]+\s+){1,4}(?:must|needs? to|has to|should)\s"#, requiring: ["our"],
    atStart: true)

  private static func namesCandidate(_ text: String) -> Bool {
    candidateWords.matches(text)
  }

  private static let candidateWords = PhraseSet(
    ["you", "your", "candidate", "applicant", "new hire", "this role", "this position"],
    wholeWords: true)

  /// Lines of responsibility sections; bullets under the role's description when the
  /// posting has no such section. A question ("Ready to own billing end to end?") asks the
  /// reader something and is no duty.
  static func responsibilities(_ sections: [SectionedLine]) -> [PostingLine] {
    let body = sections.filter {
      !$0.isHeading && !$0.line.isBlank && !$0.text.hasSuffix("?") && !Boilerplate.matches($0.text)
    }
    var lines = body.filter { $0.section == .responsibilities }
    if lines.isEmpty {
      lines = body.filter { [.role, .other].contains($0.section) && $0.line.kind == .bullet }
    }
    // An unlabelled list under the opening paragraph, before the requirements' headings.
    if lines.isEmpty, body.contains(where: { $0.section == .requirements }) {
      lines = body.filter { $0.section == .intro && $0.line.kind == .bullet }
    }
    return lines.map { PostingLine(text: $0.text, line: $0.line.line) }
  }
}
