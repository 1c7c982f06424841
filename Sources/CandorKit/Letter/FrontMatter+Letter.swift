extension FrontMatter {
  /// `text` with a leading front matter block (`---`, `key: value` lines, `---`) replaced by
  /// as many empty lines, so line numbers below it are unchanged; `text` itself when it has
  /// none. A letter's front matter is not letter text: it is neither reviewed nor counted.
  static func blanked(_ text: String) -> String {
    guard text.utf8.starts(with: "---".utf8) else { return text }
    let (pairs, body, firstLine) = split(text)
    guard !pairs.isEmpty else { return text }
    return String(repeating: "\n", count: firstLine - 1) + body
  }
}
