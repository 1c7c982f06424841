/// Scores extracted keywords against a label's `keywords` as `labels/README.md` says:
/// normalise, deduplicate, cut to the top k, match one to one greedily in gold order.
struct KeywordScore {
  var matched: Int
  var predicted: Int
  var gold: Int

  var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
  var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
  var f1: Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }

  static let topK = 15

  /// The score of `predicted` (most important first) against `label`.
  init(predicted: [String], label: PostingLabel, lenient: Bool, k: Int = topK) {
    var seen = Set<String>()
    let top = predicted.map(TermMatcher.normalize).filter {
      !$0.isEmpty && seen.insert($0).inserted
    }
    .prefix(k)
    self.predicted = top.count
    self.gold = label.keywords.count
    self.matched = TermMatcher.matchCount(
      predicted: Array(top), gold: label.keywords, aliases: label.aliases, lenient: lenient)
  }
}

/// Per-posting scores averaged over postings (macro average), with the mean F1 of postings.
struct MacroScore {
  private(set) var scores: [KeywordScore] = []

  mutating func add(_ score: KeywordScore) { scores.append(score) }

  var precision: Double { mean(scores.map(\.precision)) }
  var recall: Double { mean(scores.map(\.recall)) }
  var f1: Double { mean(scores.map(\.f1)) }

  private func mean(_ values: [Double]) -> Double {
    values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
  }

  var summary: String {
    String(format: "P %.3f, R %.3f, F1 %.3f", precision, recall, f1)
  }
}
