extension Substring {
  /// The first run of characters between separators: what `split(whereSeparator:).first`
  /// gives, found without splitting the rest of the text (which made a search per number in
  /// a long sentence cost the whole sentence).
  func firstPiece(separatedBy isSeparator: (Character) -> Bool) -> Substring? {
    let piece = drop(while: isSeparator).prefix { !isSeparator($0) }
    return piece.isEmpty ? nil : piece
  }

  /// The last run of characters between separators: what `split(whereSeparator:).last`
  /// gives, found by looking back from the end only.
  func lastPiece(separatedBy isSeparator: (Character) -> Bool) -> Substring? {
    guard let last = lastIndex(where: { !isSeparator($0) }) else { return nil }
    let head = self[...last]
    let start = head.lastIndex(where: isSeparator).map(head.index(after:)) ?? head.startIndex
    return head[start...]
  }
}
