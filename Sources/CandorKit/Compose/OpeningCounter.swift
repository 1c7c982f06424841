/// Counts the sentence frames a letter has used ("at …", "your posting", "i also"), so the
/// composer can pick wordings that keep each one under the reviewer's `repeated-frame` limit
/// and never open a third sentence in a row with the same word (`repeated-opening`).
struct OpeningCounter {
  /// A frame may open this many sentences; the reviewer flags one more.
  static let limit = 2

  private var counts: [String: Int] = [:]
  /// The formulas already used, each allowed once.
  private var usedFormulas: Set<String> = []
  /// The first words of the last two sentences recorded, latest last.
  private var recentFirstWords: [String] = []
  /// The frame of the last sentence recorded.
  private(set) var last: String?
  /// Frame keys of the texts already read: the composer asks about the same candidate
  /// sentences several times (allowed? in a row? record), and each read splits and tokenises.
  private let known = FrameKeys()

  /// True when every sentence of `text` opens with a frame still under the limit and none
  /// makes three sentences in a row open with one word, counting `text` itself; a formula
  /// such as "Your posting asks" (`SentenceFrame.formulas`) opens one sentence at most.
  /// With `inARow` false, only the limits are checked.
  func allows(_ text: String, inARow: Bool = true) -> Bool {
    let (frames, formulas) = known.keys(in: text)
    // The text's own keys are counted beside the recorded ones, never in a copy of them:
    // copying the counts for every candidate was most of the cost.
    for (index, formula) in formulas.enumerated()
    where usedFormulas.contains(formula) || formulas[..<index].contains(formula) {
      return false
    }
    var recent = recentFirstWords
    for (index, key) in frames.enumerated() {
      let before = frames[..<index].reduce(0) { $0 + ($1 == key ? 1 : 0) }
      if counts[key, default: 0] + before + 1 > Self.limit { return false }
      let first = String(key.prefix { $0 != " " })
      if inARow, recent.count == 2, recent.allSatisfy({ $0 == first }) { return false }
      recent = Array((recent + [first]).suffix(2))
    }
    return true
  }

  mutating func record(_ text: String) {
    let (frames, formulas) = known.keys(in: text)
    usedFormulas.formUnion(formulas)
    for key in frames {
      counts[key, default: 0] += 1
      last = key
      recentFirstWords = Array((recentFirstWords + [String(key.prefix { $0 != " " })]).suffix(2))
    }
  }
}

extension OpeningCounter {
  /// The frame keys of `text` (`SentenceFrame.keys(in:)`), read once per text.
  func keys(in text: String) -> [String] {
    known.keys(in: text).frames
  }

  /// The frame and formula keys of each text read so far. A class so that every copy of the
  /// counter (it is copied to try a candidate) shares one memo; it lives as long as one
  /// letter.
  final class FrameKeys {
    private var keys: [String: (frames: [String], formulas: [String])] = [:]

    func keys(in text: String) -> (frames: [String], formulas: [String]) {
      if let found = keys[text] { return found }
      let found = SentenceFrame.keys(in: text)
      keys[text] = found
      return found
    }
  }
}
