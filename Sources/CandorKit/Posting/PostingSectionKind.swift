/// What a part of a posting is about, judged from its heading.
enum PostingSectionKind: String, Sendable {
  case intro, about, role, responsibilities, requirements, preferred, benefits, apply, legal
  case stack, conditions, other

  /// Sections whose lines describe the company and can give hooks.
  var describesCompany: Bool { [.intro, .about, .role, .other].contains(self) }
}

/// A body line with the section it belongs to.
struct SectionedLine: Sendable {
  var line: TextLine
  var section: PostingSectionKind
  var isHeading: Bool

  var text: String { line.text }
}
