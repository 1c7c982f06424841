/// The spans one rule's kept findings quote, offered in order of where they start (longest
/// first at the same start): a span is refused when it overlaps a kept one, or repeats a kept
/// span's range with the same message. Held as the furthest end so far and the run of equal
/// ranges, so a letter with thousands of findings is not compared pair by pair.
struct KeptSpans {
  /// The furthest end of the kept, non-empty spans before the current run of equal ranges.
  private var furthestEnd: String.Index?
  /// The range of the last kept span, and the messages kept at exactly that range.
  private var runRange: Range<String.Index>?
  private var runMessages: Set<String> = []

  /// Keeps `range` and returns true unless a kept span takes its place.
  mutating func keep(_ range: Range<String.Index>, _ message: String) -> Bool {
    if range == runRange { return runMessages.insert(message).inserted }
    if let run = runRange, !run.isEmpty {
      furthestEnd = max(furthestEnd ?? run.upperBound, run.upperBound)
    }
    (runRange, runMessages) = (nil, [])
    // A kept span starts no later than `range`, so it overlaps when it ends inside it.
    if let end = furthestEnd, !range.isEmpty, end > range.lowerBound { return false }
    (runRange, runMessages) = (range, [message])
    return true
  }
}
