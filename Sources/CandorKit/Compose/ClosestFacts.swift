/// What a resume states in its fields, said as short noun phrases, for answering a
/// requirement the resume cannot meet with the nearest true thing it holds.
struct ClosestFacts {
  struct Fact {
    var text: String
    var source: SourceRef
    var words: Set<String>
  }

  private(set) var facts: [Fact] = []

  init(plan: LetterPlan, excluding cited: Set<SourceRef> = []) {
    defer { facts.removeAll { cited.contains($0.source) && $0.source.reference != "skills" } }
    for entry in [plan.education].compactMap({ $0 }) + plan.furtherEducation {
      add("my " + SlotValues.study(entry), .resume(entry.path))
    }
    for role in plan.roles {
      let position = role.position.map { " as \(SlotValues.withArticle($0))" } ?? ""
      add("my work\(position) at \(Self.tidy(role.employer))", .resume(role.path))
    }
    for skill in plan.listedSkills + plan.toolkit {
      add("the \(skill) listed among my skills", .resume("skills"))
    }
  }

  /// The fact sharing the most content words with `requirement`; nil when none shares one,
  /// since an unrelated fact offered as "closest" says nothing. Facts already said
  /// (`excluding`) are not offered again.
  func nearest(to requirement: String, excluding used: Set<String> = []) -> Fact? {
    let wanted = Self.contentWords(requirement)
    let scored = facts.filter { !used.contains($0.text) }.map {
      ($0, $0.words.intersection(wanted).count)
    }
    guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
    return best.0
  }

  private mutating func add(_ text: String, _ source: SourceRef) {
    facts.append(Fact(text: text, source: source, words: Self.contentWords(text)))
  }

  /// Lowercased words of four letters or more, without a plural "s", minus the phrase's own
  /// connective words.
  static func contentWords(_ text: String) -> Set<String> {
    if let words = asciiContentWords(text) { return words }
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).filter {
      $0.count >= 4 && !["work", "listed", "among", "skills", "with", "experience"].contains($0)
    }
    return Set(words.map { $0.hasSuffix("s") ? String($0.dropLast()) : String($0) })
  }

  /// `contentWords` for ASCII text, read byte by byte; nil for any other text.
  private static func asciiContentWords(_ text: String) -> Set<String>? {
    var words = Set<String>()
    var word: [UInt8] = []
    func finish() {
      defer { word.removeAll(keepingCapacity: true) }
      guard word.count >= 4 else { return }
      let string = String(decoding: word, as: UTF8.self)
      guard !connectives.contains(string) else { return }
      words.insert(word.last == 0x73 ? String(string.dropLast()) : string)
    }
    for byte in text.utf8 {
      guard byte < 0x80 else { return nil }
      if (byte | 0x20) &- 0x61 < 26 {
        word.append(byte | 0x20)
      } else {
        finish()
      }
    }
    finish()
    return words
  }

  private static let connectives: Set<String> = [
    "work", "listed", "among", "skills", "with", "experience",
  ]

  /// "Golds gym ,fitness solution" → "Golds gym, fitness solution": spacing only.
  static func tidy(_ name: String) -> String {
    guard
      name.hasBytes(",") || name.hasBytes("  ") || name.first?.isWhitespace == true
        || name.last?.isWhitespace == true
    else { return name }
    var text = name.replacingOccurrences(of: " ,", with: ",")
    text = text.replacingOccurrences(of: ",", with: ", ")
    while text.contains("  ") { text = text.replacingOccurrences(of: "  ", with: " ") }
    return text.trimmingCharacters(in: .whitespaces)
  }
}
