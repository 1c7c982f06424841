/// A value a posting states outright, with the source line it came from.
struct SourcedValue: Sendable, Equatable {
  var text: String
  var line: Int?
}

/// Fields a posting can state outright: in front matter, JSON-LD, JSON or header lines.
enum PostingField: String, Sendable, CaseIterable {
  case title, company, location, salary, experience, department
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

/// Turns a file of any supported format into a ``PostingSource``.
enum PostingLoader {
  static func load(_ file: InputFile) throws(CandorError) -> PostingSource {
    if file.format == .json { return try JobJSON.read(file) }
    let document = TextDocument(file)
    var source = PostingSource(lines: document.lines, format: file.format)
    if let posting = document.jsonLD.lazy.compactMap(JSONLDPosting.init).first {
      posting.apply(to: &source, file: file)
    }
    offerFrontMatter(document.frontMatter, file: file, to: &source)
    guard source.lines.contains(where: { !$0.isBlank }) || source.fields[.title] != nil else {
      throw .notAPosting(path: file.name, reason: "it has no readable text")
    }
    return source
  }

  private static let frontMatterKeys: [(PostingField, [String])] = [
    (.title, ["title", "position", "role", "job_title", "jobtitle"]),
    (.company, ["company", "employer", "organization", "organisation", "hiring_organization"]),
    (.location, ["location", "job_location", "city"]),
    (.salary, ["salary", "pay", "compensation"]),
    (.experience, ["experience", "level", "seniority"]),
  ]

  private static func offerFrontMatter(
    _ pairs: [String: String], file: InputFile, to source: inout PostingSource
  ) {
    for (field, keys) in frontMatterKeys {
      guard let key = keys.first(where: { pairs[$0]?.trimmed.isEmpty == false }) else {
        continue
      }
      source.offer(field, pairs[key], line: lineOfKey(key, in: file.text))
    }
  }

  /// The 1-based line where a front matter key is set.
  static func lineOfKey(_ key: String, in text: String) -> Int? {
    var number = 0
    for row in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      if row.lowercased().hasPrefix(key + ":") { return number }
      if number > 60 { break }
    }
    return nil
  }
}
