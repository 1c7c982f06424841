/// A resume section: the lines under one heading.
struct ResumeSection: Sendable {
  /// What the heading says the section holds; nil for the lines before the first heading.
  var kind: SectionKind?
  /// The heading as written.
  var title: String
  /// The heading's line, nil for the header.
  var headingLine: Int?
  /// Dates written into the heading itself ("EXPERIENCIA (10/2022-05/2023)").
  var headingSpan: DateSpan?
  var lines: [ResumeLine] = []
}
