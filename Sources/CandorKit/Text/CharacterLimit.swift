/// Character-count comparisons that stop early: `count` walks every character of a line
/// to compare it with a limit that the first few characters, or the byte count, settle.
extension StringProtocol {
  /// The same as `count <= limit`, walking at most `limit` characters and none when the
  /// text has no more bytes than `limit` (every character takes one byte or more).
  func hasCharacters(atMost limit: Int) -> Bool {
    guard limit >= 0 else { return false }
    if utf8.count <= limit { return true }
    return (index(startIndex, offsetBy: limit, limitedBy: endIndex) ?? endIndex) == endIndex
  }

  /// The same as `count >= limit`.
  func hasCharacters(atLeast limit: Int) -> Bool {
    !hasCharacters(atMost: limit - 1)
  }
}
