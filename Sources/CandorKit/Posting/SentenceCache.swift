/// The sentences of a posting's lines, split once per posting: the company, location,
/// pay, hook, scale and requirement finders read the same lines sentence by sentence.
final class SentenceCache {
  private var sentencesByText: [String: [String]] = [:]

  /// ``PostingSentences/split(_:)`` of `text`.
  func sentences(in text: String) -> [String] {
    if let known = sentencesByText[text] { return known }
    let found = PostingSentences.split(text)
    sentencesByText[text] = found
    return found
  }
}
