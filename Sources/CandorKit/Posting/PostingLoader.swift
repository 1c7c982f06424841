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

  /// The 1-based line of the first occurrence of `needle` in `text`.
  static func lineOfText(_ needle: String, in text: String) -> Int? {
    guard let range = text.range(of: needle) else { return nil }
    return text[..<range.lowerBound].reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
  }
}
