/// Turns a file of any supported format into a ``PostingSource``.
enum PostingLoader {
  static func load(_ file: InputFile) throws(CandorError) -> PostingSource {
    if file.format == .json { return try JobJSON.read(file) }
    let document = TextDocument(file)
    var source = PostingSource(lines: document.lines, format: file.format)
    if file.format == .html { source.tabTitle = HTMLTitle.find(in: file.text) }
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
    (
      .recipient,
      [
        "recipient", "hiring_manager", "hiringmanager", "hiring-manager", "contact",
        "contact_name", "contact_person", "recruiter",
      ]
    ),
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
    if let (range, key) = payRange(pairs) {
      source.offer(.salary, range, line: lineOfKey(key, in: file.text))
    }
  }

  /// "salary_min: 64000" and "salary_max: 72000" as one range ("64000–72000"), with the
  /// currency and period keys when the front matter gives them; and the key it starts at.
  private static func payRange(_ pairs: [String: String]) -> (String, String)? {
    let low = ["salary_min", "min_salary", "salary_from", "pay_min"]
    let high = ["salary_max", "max_salary", "salary_to", "pay_max"]
    let lowKey = low.first { pairs[$0]?.trimmed.isEmpty == false }
    let highKey = high.first { pairs[$0]?.trimmed.isEmpty == false }
    guard let key = lowKey ?? highKey else { return nil }
    let ends = [lowKey, highKey].compactMap { $0.flatMap { pairs[$0]?.trimmed } }
    var text = Set(ends).count == 1 ? ends[0] : ends.joined(separator: "–")
    if let currency = pairs["salary_currency"] ?? pairs["currency"] {
      text = currency.trimmed + " " + text
    }
    if let period = pairs["salary_period"] ?? pairs["salary_unit"] ?? pairs["pay_period"] {
      text += " per " + period.trimmed.lowercased()
    }
    return (text, key)
  }

  /// The 1-based line where a front matter key is set, among the first 61 lines.
  static func lineOfKey(_ key: String, in text: String) -> Int? {
    let label = Array((key + ":").utf8)
    let bytes = text.utf8
    var number = 1
    var rowStart = bytes.startIndex
    var previous: UInt8 = 0
    var index = bytes.startIndex
    while true {
      let atEnd = index == bytes.endIndex
      // A line feed after a carriage return is part of one "\r\n" character, no line end.
      if atEnd || (bytes[index] == 0x0A && previous != 0x0D) {
        if startsWith(label, bytes[rowStart..<index]),
          String(text[rowStart..<index]).lowercased().hasPrefix(key + ":")
        {
          return number
        }
        if atEnd || number > 60 { return nil }
        number += 1
        rowStart = bytes.index(after: index)
      }
      previous = bytes[index]
      index = bytes.index(after: index)
    }
  }

  /// True when `row` starts with the bytes of `label`, ignoring ASCII case: what a row
  /// whose lowercased form starts with an ASCII label must do.
  private static func startsWith(_ label: [UInt8], _ row: Substring.UTF8View) -> Bool {
    row.count >= label.count
      && zip(row, label).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
  }

  /// The 1-based line of the first occurrence of `needle` in `text`.
  static func lineOfText(_ needle: String, in text: String) -> Int? {
    guard let range = text.range(of: needle) else { return nil }
    return text[..<range.lowerBound].reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
  }
}
