/// Soft skills that name a person's character or working style rather than a skill they
/// can show they used: "humility", "initiative", "work independently". A posting may ask
/// for them, but an ATS screen does not search resumes for them and a resume cannot prove
/// them by naming them, so they are no keywords. In the labelled corpus 1 of 66 such
/// candidates was a labelled keyword, against 56 of 149 for the other soft skills.
enum CharacterTraits {
  /// Lexicon keys (see ``KeywordKey``) of the soft skills that are traits of character.
  // FIXME: a flag on the soft-skill entries in the lexicon data would keep this with them.
  static let keys: Set<String> = [
    "accountability", "adaptability", "creativity", "curiosity", "emotional intelligence",
    "empathy", "fast learner", "follow through", "humility", "initiative", "integrity",
    "positive attitude", "pragmatism", "professionalism", "reliability", "resilience",
    "results oriented", "self motivation", "sense of urgency", "work ethic",
    "work independently",
  ]

  /// True for a soft skill that is a trait of character.
  static func contains(_ tally: KeywordTally) -> Bool {
    tally.kind == .softSkill && keys.contains(tally.key)
  }
}
