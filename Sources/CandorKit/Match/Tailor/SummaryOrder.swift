import Foundation

/// Reorders a summary's sentences by relevance to the posting, leaving each sentence as
/// written.
enum SummaryOrder {
  static func reorder(_ summary: String, scorer: RelevanceScorer) -> (String, TailorChange)? {
    let sentences = split(summary)
    guard sentences.count > 1 else { return nil }
    let order = scorer.ranked(sentences)
    guard order != Array(sentences.indices) else { return nil }
    let text = order.map { sentences[$0] }.joined(separator: " ")
    return (
      text,
      TailorChange(
        kind: .summary, section: "Summary",
        message: "sentences ordered by relevance to the posting", dropped: [])
    )
  }

  /// The sentences of `text`: a break after ".", "!" or "?" followed by a space and a
  /// capital letter or digit.
  static func split(_ text: String) -> [String] {
    var sentences: [String] = []
    var current = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      current.append(character)
      let next = text.index(after: index)
      if ".!?".contains(character), next < text.endIndex, text[next] == " " {
        let after = text.index(after: next)
        if after < text.endIndex, text[after].isUppercase || text[after].isNumber {
          sentences.append(current.trimmingSpaces())
          current = ""
        }
      }
      index = next
    }
    let rest = current.trimmingSpaces()
    if !rest.isEmpty { sentences.append(rest) }
    return sentences
  }
}
