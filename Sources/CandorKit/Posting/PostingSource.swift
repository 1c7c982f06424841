/// A value a posting states outright, with the source line it came from.
struct SourcedValue: Sendable, Equatable {
  var text: String
  var line: Int?
}

/// Fields a posting can state outright: in front matter, JSON-LD, JSON or header lines.
enum PostingField: String, Sendable, CaseIterable {
  case title, company, location, salary, experience, department
  /// The person to write to, as front matter names them ("recipient:", "hiring_manager:").
  case recipient
}

/// A posting's lines and the fields its format stated outright, before extraction.
struct PostingSource: Sendable {
  var lines: [TextLine]
  var format: InputFormat = .text
  /// Fields from the strongest source first: JSON-LD, JSON and front matter, then header lines.
  var fields: [PostingField: SourcedValue] = [:]
  /// A pay range given as structured data (JSON-LD `baseSalary`).
  var salary: Salary?
  /// The page's own title when the file is a printed web page.
  var pageTitle: SourcedValue?
  /// An HTML page's `<title>`, the text on the browser's tab.
  var tabTitle: SourcedValue?
  /// The page's own lines when a JSON-LD description replaced them; a contact line there
  /// ("Hiring manager: …") still names the recipient.
  var pageLines: [TextLine] = []
  /// Paragraphs of a JSON-LD description that the page kept as its text leaves out.
  var describedOnly: [TextLine] = []
  var notes: [String] = []

  /// Sets `field` unless a stronger source already did.
  mutating func offer(_ field: PostingField, _ value: String?, line: Int? = nil) {
    guard fields[field] == nil, let text = value?.trimmed, !text.isEmpty, text != "-1" else {
      return
    }
    fields[field] = SourcedValue(text: text, line: line)
  }

  subscript(field: PostingField) -> String? { fields[field]?.text }
}
