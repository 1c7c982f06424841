import Foundation

/// The job title as a keyword: the role before a dash or comma, without terms of employment
/// ("- Seasonal Peak (Oct-Jan)", through `RoleName`) and level words ("Senior", "Intern"),
/// and narrowed to its field when a generic role noun follows a known term ("Customer
/// Service Representative" → "Customer Service").
enum TitleKeyword {
  static let weight = 1.2

  static func keyword(for posting: JobPosting, lexicon: Lexicon) -> PostingKeyword? {
    guard let title = posting.title else { return nil }
    // "Halifax, NS (hybrid: 3 days in office)": the words before the bracket name the place.
    let place = Set(
      (posting.location ?? "").prefix { $0 != "(" }.split(whereSeparator: { !$0.isLetter })
        .map { $0.lowercased() })
    let head = role(of: RoleName.forProse(title))
    let parts = head.split(separator: "/").map { withoutPlace(core($0), place) }
      .filter { !$0.isEmpty }
    var options = parts.map { narrowed($0, lexicon: lexicon) }
    guard let first = options.first else { return nil }
    if let role = role(in: first, lexicon: lexicon), !options.contains(role) {
      options.append(role)
    }
    if let plain = withoutSetting(first), !options.contains(plain) { options.append(plain) }
    let lines = posting.lines.filter { !FoldedSearch($0.text).ranges(of: first).isEmpty }
      .map(\.line)
    return PostingKeyword(
      term: parts.map { narrowed($0, lexicon: lexicon) }.joined(separator: "/"), category: .title,
      tier: .required, weight: weight,
      count: max(lines.count, 1), lines: lines,
      options: options.map {
        KeywordOption(term: $0, key: lexicon.key(for: $0), isKnown: lexicon.entry(for: $0) != nil)
      })
  }

  /// The role a title names before a dash, bar or comma: what follows names a division,
  /// a product line or a place ("Outside Sales Representative - Commercial Roofing",
  /// "Senior Engineer, Payments"), which a resume's job titles do not repeat.
  static func role(of title: String) -> String {
    for marker in [" - ", " – ", " — ", " | ", ", "] {
      guard let cut = title.range(of: marker) else { continue }
      let head = title[..<cut.lowerBound].trimmingSpaces()
      if !head.isEmpty { return head }
    }
    return title
  }

  /// The title narrowed to the parts the lexicon knows as a field or skill ("Devops" of
  /// "Devops/Supporting Engineer"), or nil when it knows none: a bare job title names no
  /// skill a screen looks for.
  static func field(of title: PostingKeyword) -> PostingKeyword? {
    let known = title.options.filter(\.isKnown)
    guard !known.isEmpty else { return nil }
    var field = title
    field.options = known
    if known.count < title.options.count {
      field.term = known.map(\.term).joined(separator: "/")
    }
    return field
  }

  /// The occupation in a title that names skills too: "Ruby on Rails Software Engineer" →
  /// "Software Engineer", so a resume's plain job title still counts.
  static func role(in title: String, lexicon: Lexicon) -> String? {
    guard lexicon.entry(for: title) == nil else { return nil }
    var rest = title
    for match in lexicon.matches(in: title).reversed()
    where match.range.lowerBound == title.startIndex
      || title[title.index(before: match.range.lowerBound)] == " "
    {
      if let range = rest.range(of: match.spelling) { rest.removeSubrange(range) }
    }
    let words = rest.split(separator: " ").filter {
      !["and", "&", "of", "-"].contains($0.lowercased())
    }
    guard words.count >= 2, words.count < title.split(separator: " ").count else { return nil }
    return words.joined(separator: " ")
  }

  /// "Outpatient Physical Therapist" → "Physical Therapist": the setting a title of three
  /// words or more opens with, which a resume's job titles need not repeat.
  static func withoutSetting(_ title: String) -> String? {
    let words = title.split(separator: " ")
    guard words.count >= 3, let first = words.first, settingWords.contains(first.lowercased())
    else { return nil }
    return words.dropFirst().joined(separator: " ")
  }

  static let settingWords: Set<String> = [
    "outpatient", "inpatient", "ambulatory", "acute", "residential", "travel", "prn", "per-diem",
  ]

  /// The title without the words of the posting's place ("Account Executive Washington
  /// DC" in Washington, DC), when other words remain.
  static func withoutPlace(_ title: String, _ place: Set<String>) -> String {
    let words = title.split(separator: " ")
    let kept = words.filter { !place.contains($0.lowercased()) }
    return kept.isEmpty || kept.count == words.count ? title : kept.joined(separator: " ")
  }

  /// The title without level words, bracketed notes and trailing punctuation.
  static func core(_ title: Substring) -> String {
    var text = String(title)
    while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
      text.removeSubrange(open...close)
    }
    var words = text.split(whereSeparator: { $0 == " " || $0 == "," })
      .map { $0.trimming(charactersIn: "-–—|:") }
      .filter { !$0.isEmpty }
    for (index, word) in words.enumerated().reversed()
    where word.lowercased() == "time" && index > 0
      && ["part", "full"].contains(words[index - 1].lowercased())
    {
      words.removeSubrange((index - 1)...index)
    }
    let kept = words.filter { !levelWords.contains($0.lowercased()) }
    return kept.joined(separator: " ").trimmingPunctuation()
  }

  /// "Warehouse Associate" → "Warehouse" when the lexicon knows "Warehouse"; otherwise the
  /// title as it is.
  static func narrowed(_ title: String, lexicon: Lexicon) -> String {
    var words = title.split(separator: " ")
    guard words.count >= 2, let last = words.last, roleNouns.contains(last.lowercased())
    else { return title }
    words.removeLast()
    let field = words.joined(separator: " ")
    return lexicon.entry(for: field) != nil ? field : title
  }

  static let levelWords: Set<String> = [
    "senior", "sr", "sr.", "junior", "jr", "jr.", "principal", "staff", "intermediate",
    "entry", "entry-level", "mid", "mid-level", "intern", "internship", "trainee", "i", "ii",
    "iii", "iv", "full-time", "part-time", "remote", "practicante", "becario", "m/f", "m/w/d",
    "experienced", "level",
  ]

  static let roleNouns: Set<String> = [
    "associate", "representative", "rep", "specialist", "manager", "supervisor", "lead",
    "coordinator", "officer", "assistant", "clerk", "agent", "administrator", "expert",
  ]
}
