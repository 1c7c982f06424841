/// Case-insensitive search for ASCII letters, byte by byte: far cheaper than Foundation's
/// `range(of:options:)` for the short cue words and names keyword extraction looks for.
/// Other characters must match exactly.
struct FoldedSearch {
  private let text: String
  private let bytes: [UInt8]

  init(_ text: String) {
    self.text = text
    bytes = text.utf8.map(Self.lower)
  }

  /// Every place `needle` occurs, left to right, never overlapping.
  func ranges(of needle: String) -> [Range<String.Index>] {
    let wanted = needle.utf8.map(Self.lower)
    guard let first = wanted.first, wanted.count <= bytes.count else { return [] }
    var result: [Range<String.Index>] = []
    var start = 0
    let last = bytes.count - wanted.count
    while start <= last {
      if bytes[start] == first && bytes[start..<(start + wanted.count)].elementsEqual(wanted) {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(lower, offsetBy: wanted.count)
        result.append(lower..<upper)
        start += wanted.count
      } else {
        start += 1
      }
    }
    return result
  }

  private static func lower(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
  }
}
