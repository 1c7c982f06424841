/// Case-insensitive search for ASCII letters, byte by byte: far cheaper than Foundation's
/// `range(of:options:)` for the short cue words and names keyword extraction looks for.
/// Other characters must match exactly. The text's bytes are read in place and folded as
/// they are compared, so a search allocates nothing but its result.
struct FoldedSearch {
  private let text: String

  init(_ text: String) {
    self.text = text
  }

  /// Every place `needle` occurs, left to right, never overlapping.
  func ranges(of needle: String) -> [Range<String.Index>] {
    let wanted = needle.utf8.map(Self.lower)
    let offsets: [Int]
    if let found = text.utf8.withContiguousStorageIfAvailable({ Self.offsets(of: wanted, in: $0) })
    {
      offsets = found
    } else {
      offsets = Array(text.utf8).withUnsafeBufferPointer { Self.offsets(of: wanted, in: $0) }
    }
    let utf8 = text.utf8
    return offsets.map { start in
      let lower = utf8.index(utf8.startIndex, offsetBy: start)
      return lower..<utf8.index(lower, offsetBy: wanted.count)
    }
  }

  /// The byte offsets where `wanted` (already folded) starts in `bytes`, never overlapping.
  private static func offsets(of wanted: [UInt8], in bytes: UnsafeBufferPointer<UInt8>)
    -> [Int]
  {
    guard let first = wanted.first, wanted.count <= bytes.count else { return [] }
    var result: [Int] = []
    var start = 0
    let last = bytes.count - wanted.count
    while start <= last {
      if lower(bytes[start]) == first && matches(wanted, in: bytes, at: start) {
        result.append(start)
        start += wanted.count
      } else {
        start += 1
      }
    }
    return result
  }

  private static func matches(
    _ wanted: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int
  )
    -> Bool
  {
    var index = 1
    while index < wanted.count {
      if lower(bytes[start + index]) != wanted[index] { return false }
      index += 1
    }
    return true
  }

  private static func lower(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
  }
}
