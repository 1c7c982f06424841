import Foundation

/// Our own small vocabulary of technical words ("cron", "upsert", "backfill") that general
/// dictionaries lack, read once from the bundled `lexicon/spelling-words.txt`.
enum TechWords {
  /// The listed words, lowercase.
  static let all: Set<String> = {
    guard let folder = LexiconFiles.folder,
      let text = try? String(
        contentsOf: folder.appendingPathComponent("spelling-words.txt"), encoding: .utf8)
    else { return [] }
    return parse(text)
  }()

  /// The words of a list file: one a line, `#` comments and blank lines skipped.
  static func parse(_ text: String) -> Set<String> {
    var words: Set<String> = []
    for line in text.split(whereSeparator: \.isNewline) {
      let word = line.trimmingSpaces().lowercased()
      if !word.isEmpty && !word.hasPrefix("#") { words.insert(word) }
    }
    return words
  }

  /// `key` or the stem it inflects ("upserts", "backfilled", "sharding") is in `words`.
  static func contains(_ key: String, in words: Set<String>) -> Bool {
    if words.contains(key) { return true }
    return stems(of: key).contains(where: words.contains)
  }

  /// Candidate stems of an inflected word: "upserts" → "upsert", "retries" → "retry",
  /// "deployed" → "deploy", "refactoring" → "refactor", "deduped" → "dedupe".
  static func stems(of key: String) -> [String] {
    var result: [String] = []
    for (suffix, replacement) in [
      ("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""),
      ("ing", ""), ("ing", "e"),
    ] where key.hasSuffix(suffix) && key.count > suffix.count + 2 {
      result.append(String(key.dropLast(suffix.count)) + replacement)
    }
    return result
  }
}
