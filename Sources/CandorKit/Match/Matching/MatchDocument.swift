/// A resume or letter split into the places a keyword can be found: a role's highlight, the
/// skills list, a letter paragraph.
struct MatchDocument: Sendable {
  var kind: MatchLocation.Document
  var places: [MatchPlace]

  /// How many words the document has, for keyword density.
  var wordCount: Int {
    places.reduce(0) { $0 + $1.words }
  }
}

/// One piece of a document's text and where it sits.
struct MatchPlace: Sendable {
  /// What part of the document it belongs to.
  enum Part: String, Sendable {
    case headline, summary, role, highlight, skills, education, certificate, project, other
    case paragraph
  }

  var text: String
  var part: Part
  /// The section as a person would name it ("Experience", "Skills", "paragraph 2").
  var section: String
  /// The JSON Resume path (`work[0].highlights[1]`), for resumes.
  var path: String?
  /// The 1-based line in the source file, when known.
  var line: Int?
  /// The 1-based paragraph, for letters.
  var paragraph: Int?
  /// The sentences of a letter paragraph.
  var sentences: [String] = []
  /// For an education entry's degree place, its study type, area and school as the resume
  /// gives them, so a degree ask is judged by level and field (`DegreeRequirement`).
  var degree: (studyType: String?, area: String?, institution: String?)?
  var words: Int

  init(
    _ text: String, part: Part, section: String, path: String? = nil, line: Int? = nil,
    paragraph: Int? = nil
  ) {
    self.text = text
    self.part = part
    self.section = section
    self.path = path
    self.line = line
    self.paragraph = paragraph
    words = Tokenizer.tokens(in: text).filter { !$0.isPunctuation }.count
  }

  /// True for places that show a skill in use (a role, its highlights, a project, the
  /// summary), rather than only listing it.
  var showsUse: Bool {
    [.summary, .role, .highlight, .project, .paragraph].contains(part)
  }

  /// Where the place is, for a report.
  var location: MatchLocation {
    MatchLocation(document: kindOf, section: section, line: line, paragraph: paragraph, path: path)
  }

  private var kindOf: MatchLocation.Document { part == .paragraph ? .letter : .resume }
}
