/// Counts the sentence frames a letter has used ("at …", "your posting", "i also"), so the
/// composer can pick wordings that keep each one under the reviewer's `repeated-frame` limit.
struct OpeningCounter {
  /// A frame may open this many sentences; the reviewer flags one more.
  static let limit = 2

  private var counts: [String: Int] = [:]
  /// The frame of the last sentence recorded.
  private(set) var last: String?

  /// True when every sentence of `text` opens with a frame still under the limit, counting
  /// repeats within `text` itself.
  func allows(_ text: String) -> Bool {
    var seen = counts
    for key in SentenceFrame.keys(in: text) {
      seen[key, default: 0] += 1
      if seen[key]! > Self.limit { return false }
    }
    return true
  }

  /// How often `key` has opened a sentence.
  func count(_ key: String) -> Int { counts[key, default: 0] }

  mutating func record(_ text: String) {
    for key in SentenceFrame.keys(in: text) {
      counts[key, default: 0] += 1
      last = key
    }
  }
}
