/// The part of a resume a heading introduces.
enum SectionKind: String, Sendable, CaseIterable {
  case summary, work, education, skills, projects, certificates, awards, publications
  case languages, interests, volunteer, references
  /// A heading Candor knows but does not read ("Personal details", "Strengths").
  case other
}
