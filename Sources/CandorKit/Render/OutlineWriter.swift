/// Writes indented outline lines; shared by the resume outline's sections.
struct OutlineWriter {
  /// The first evidence of each JSON Resume path, so each highlight finds its own in one
  /// look-up rather than a search of all evidence (a long resume stays linear).
  let evidence: [String: Evidence]
  private(set) var text = ""
  /// The JSON Resume path of the entry being written ("work[2]").
  private(set) var path = ""

  init(evidence: [Evidence]) {
    self.evidence = Dictionary(
      evidence.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
  }

  mutating func line(_ depth: Int, _ content: String) {
    text += String(repeating: "  ", count: depth) + content + "\n"
  }

  mutating func section<T>(
    _ name: String, _ items: [T], _ write: (inout OutlineWriter, T) -> Void
  ) {
    guard !items.isEmpty else { return }
    line(1, "\(name) (\(items.count))")
    for (index, item) in items.enumerated() {
      path = "\(name)[\(index)]"
      line(2, "[\(index)]")
      write(&self, item)
    }
  }

  /// An entry's labelled fields, those that are set.
  mutating func entry(_ fields: [(String, String?)]) {
    for (label, value) in fields {
      if let value { line(3, "\(label): \(value)") }
    }
  }

  mutating func list(_ label: String, _ items: [String]?) {
    guard let items, !items.isEmpty else { return }
    line(3, "\(label):")
    for item in items { line(4, "- \(item)") }
  }

  /// Highlights with their source line and the metrics and skills found in them.
  mutating func highlights(_ items: [String]?, path: String) {
    guard let items, !items.isEmpty else { return }
    line(3, "highlights:")
    for (offset, item) in items.enumerated() {
      let found = evidence["\(path).highlights[\(offset)]"]
      let at = found?.line.map { "  [line \($0)]" } ?? ""
      line(4, "- \(item)\(at)")
      if let found, !found.metrics.isEmpty {
        let metrics = found.metrics.map { "\($0.text) (\($0.measure.rawValue))" }
        line(5, "metrics: " + metrics.joined(separator: ", "))
      }
      if let found, !found.skills.isEmpty {
        line(5, "skills: " + found.skills.joined(separator: ", "))
      }
    }
  }

  mutating func found(_ skills: [SkillMention]) {
    guard !skills.isEmpty else { return }
    let terms = skills.map { $0.count > 1 ? "\($0.term) ×\($0.count)" : $0.term }
    line(1, "skills found: " + terms.joined(separator: ", "))
  }
}
