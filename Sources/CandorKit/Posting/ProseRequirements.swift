/// Requirements stated in running sentences by a posting with no requirement list: "The
/// ideal candidate has at least 3 years…", "You must be registered with…", "Experience
/// with X is a plus". Each sentence with a tier cue that speaks of the candidate or reads
/// like a requirement is one requirement.
enum ProseRequirements {
  /// True when no line of the posting sits under a requirement heading.
  static func applies(to sections: [SectionedLine]) -> Bool {
    !sections.contains { $0.section == .requirements || $0.section == .preferred }
  }

  /// The requirement sentences of a paragraph line with their tiers; nil for a line of one
  /// short sentence, which is read whole.
  static func sentences(of item: SectionedLine, _ sentences: SentenceCache)
    -> [(text: String, tier: Tier)]?
  {
    guard item.line.kind == .text, paragraphSections.contains(item.section) else { return nil }
    let parts = sentences.sentences(in: item.text)
    guard parts.count >= 2 || !item.text.hasAtMostCharacters(199) else { return nil }
    return parts.compactMap { sentence in
      guard let tier = RequirementCues.tier(of: sentence, sentences: sentences),
        RequirementExtractor.looksLikeRequirement(sentence) || candidate.matches(sentence)
      else { return nil }
      return (sentence, tier)
    }
  }

  private static let paragraphSections: Set<PostingSectionKind> = [.intro, .role, .other]

  private static let candidate = PhraseSet(
    ["you", "candidate", "candidates", "applicant", "applicants", "the right person"],
    wholeWords: true)
}
