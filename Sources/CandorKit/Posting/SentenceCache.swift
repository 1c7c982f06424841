/// The sentences of a posting's lines, split once per posting: the company, location,
/// pay, hook, scale and requirement finders read the same lines sentence by sentence. The
/// tier splits of requirement lines are kept too: the line's tier and its parts ask for
/// the same split.
final class SentenceCache {
  private var sentencesByText: [String: [String]] = [:]
  private var tierSplitsByText: [String: (head: String, tail: String)?] = [:]

  /// ``PostingSentences/split(_:)`` of `text`.
  func sentences(in text: String) -> [String] {
    if let known = sentencesByText[text] { return known }
    let found = PostingSentences.split(text)
    sentencesByText[text] = found
    return found
  }

  /// ``TierSplit/split(_:)`` of `text`.
  func tierSplit(_ text: String) -> (head: String, tail: String)? {
    if let known = tierSplitsByText[text] { return known }
    let found = TierSplit.split(text)
    tierSplitsByText[text] = .some(found)
    return found
  }
}
