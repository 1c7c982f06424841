/// Literal searches on UTF-8 bytes, without Foundation: `range(of:)` and `contains` bridge
/// every call through `NSString`, which costs more than the rest of a short line's handling.
extension StringProtocol {
  /// The first occurrence of `needle` at or after `start`, as `range(of:)` finds it: a byte
  /// search that skips a match whose ends would split a character (a "-" before an accent).
  /// Nil for an empty needle. With `wholeCharacters` false, any byte match counts.
  func byteRange(
    of needle: some StringProtocol, from start: Index? = nil, wholeCharacters: Bool = true
  ) -> Range<Index>? {
    let view = utf8
    var from = start.map { view.distance(from: view.startIndex, to: $0) } ?? 0
    while let lower = firstOffset(of: needle, from: from) {
      let upper = lower + needle.utf8.count
      if !wholeCharacters || isCharacterBoundary(lower) && isCharacterBoundary(upper) {
        let lowerIndex = view.index(view.startIndex, offsetBy: lower)
        return lowerIndex..<view.index(lowerIndex, offsetBy: upper - lower)
      }
      from = lower + 1
    }
    return nil
  }

  /// The byte offset of the first match of `needle`'s bytes at or after `from`.
  private func firstOffset(of needle: some StringProtocol, from: Int) -> Int? {
    // Nil only when either string's bytes are not contiguous (a bridged string).
    let contiguous: Int?? =
      needle.utf8.withContiguousStorageIfAvailable { pattern in
        utf8.withContiguousStorageIfAvailable {
          ByteSearch.firstOffset(of: pattern, in: $0, from: from)
        }
      } ?? nil
    if let contiguous { return contiguous }
    return Array(needle.utf8).withUnsafeBufferPointer { pattern in
      Array(utf8).withUnsafeBufferPointer {
        ByteSearch.firstOffset(of: pattern, in: $0, from: from)
      }
    }
  }

  /// True when `needle`'s bytes occur anywhere, even inside a character; true for an empty
  /// needle. A cheap check for the ASCII marks readers look for before costlier work.
  func hasBytes(_ needle: some StringProtocol) -> Bool {
    needle.isEmpty || byteRange(of: needle, wholeCharacters: false) != nil
  }

  /// True when the character view has a boundary `offset` bytes in. Between two ASCII
  /// bytes only "\r\n" holds together; other neighbours ask the character view.
  private func isCharacterBoundary(_ offset: Int) -> Bool {
    let view = utf8
    guard offset > 0, offset < view.count else { return true }
    let previous = view.index(view.startIndex, offsetBy: offset - 1)
    let before = view[previous]
    let after = view[view.index(after: previous)]
    if before < 0x80, after < 0x80 { return !(before == 0x0D && after == 0x0A) }
    let text = String(self)
    return text.utf8.index(text.startIndex, offsetBy: offset).samePosition(in: text) != nil
  }
}

extension String {
  /// The rows between line feeds, empty rows kept, as `split(separator: "\n",
  /// omittingEmptySubsequences: false)` cuts them but on bytes. A line feed is a character of
  /// its own except after a carriage return, so only text with one takes the character split.
  var lineFeedRows: [Substring] {
    guard !hasBytes("\r") else { return split(separator: "\n", omittingEmptySubsequences: false) }
    return utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map(Substring.init)
  }

  /// The lines between newlines, empty ones dropped, as `split(whereSeparator: \.isNewline)`
  /// cuts them but on bytes. LF, VT, FF, CR, NEL, LS and PS always stand as characters of
  /// their own ("\r\n" as one), so cutting at each of their scalars gives the same lines.
  var newlineLines: [Substring] {
    var lines: [Substring] = []
    let view = utf8
    var start = view.startIndex
    var index = start
    while index != view.endIndex {
      let byte = view[index]
      let next = view.index(after: index)
      let cut: Bool
      switch byte {
      case 0x0A...0x0D: cut = true
      case 0xC2, 0xE2: cut = [0x85, 0x2028, 0x2029].contains(unicodeScalars[index].value)
      default: cut = false
      }
      if cut {
        if start != index { lines.append(self[start..<index]) }
        start = unicodeScalars.index(after: index)
      }
      index = cut ? start : next
    }
    if start != view.endIndex { lines.append(self[start...]) }
    return lines
  }
}

/// The byte loop behind ``StringProtocol/byteRange(of:from:wholeCharacters:)``.
enum ByteSearch {
  /// The offset of the first match of `pattern` in `bytes` at or after `from`; nil for an
  /// empty pattern.
  static func firstOffset(
    of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from: Int
  ) -> Int? {
    guard let first = pattern.first, bytes.count - from >= pattern.count else { return nil }
    let last = bytes.count - pattern.count
    var start = from
    while let found = firstOffset(of: first, in: bytes, from: start, through: last) {
      var matched = 1
      while matched < pattern.count, bytes[found + matched] == pattern[matched] { matched += 1 }
      if matched == pattern.count { return found }
      start = found + 1
    }
    return nil
  }

  /// The first offset in `from...last` that holds `byte`, read eight bytes at a time: a
  /// byte-by-byte loop spends most of a short needle's search looking for its first byte.
  static func firstOffset(
    of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, through last: Int
  ) -> Int? {
    var offset = from
    if let base = bytes.baseAddress {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let spread = UInt64(byte) &* ones
      // A word read whole only when all its eight bytes are inside `bytes`.
      while offset + 8 <= bytes.count {
        let raw = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
        let word = UInt64(littleEndian: raw) ^ spread
        // The high bit of each zero byte of `word` (a byte equal to `byte`); a borrow may
        // also mark a byte after a zero one, never one before it, so the lowest mark is exact.
        let zeros = (word &- ones) & ~word & (ones << 7)
        if zeros != 0 {
          let found = offset + zeros.trailingZeroBitCount / 8
          return found <= last ? found : nil
        }
        offset += 8
      }
    }
    while offset <= last {
      if bytes[offset] == byte { return offset }
      offset += 1
    }
    return nil
  }
}
