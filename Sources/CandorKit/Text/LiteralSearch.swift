import Foundation

/// Foundation's `contains` on strings, answered on bytes where that gives the same answer.
///
/// Foundation's `contains` bridges both strings through `NSString` and takes canonically
/// equivalent spellings as equal ("é" as one scalar or as "e" and an accent), which costs
/// far more than a line's other checks. Text whose scalars all lie below U+0300 or in
/// U+2010–U+20BF (dashes, quotes, bullets, currency signs) has no combining mark and no
/// scalar with a canonical decomposition of one scalar, so it has one spelling; there a
/// byte search that keeps whole characters finds exactly what Foundation finds. Other text
/// still asks Foundation.
extension String {
  /// True when `needle` occurs in the string, as Foundation's `contains(_:)` answers.
  func containsText(_ needle: String) -> Bool {
    guard !needle.isEmpty, Self.hasOneSpelling(self), Self.hasOneSpelling(needle),
      !needle.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D })
    else { return contains(needle) }
    return byteRange(of: needle) != nil
  }

  /// True when the string has one spelling (see ``hasOneSpelling(_:)``), so a byte search
  /// for a needle that also has one, and no line break, finds what Foundation finds.
  var hasOneSpelling: Bool { Self.hasOneSpelling(self) }

  /// True when every scalar is below U+0300 (lead bytes below 0xCC) or in U+2010–U+20BF
  /// (0xE2, then 0x80 with 0x90…0xBF, or 0x81 or 0x82).
  private static func hasOneSpelling(_ text: String) -> Bool {
    var bytes = text.utf8.makeIterator()
    while let byte = bytes.next() {
      if byte < 0xCC { continue }
      guard byte == 0xE2, let second = bytes.next(), let third = bytes.next() else {
        return false
      }
      guard (second == 0x80 && third >= 0x90) || second == 0x81 || second == 0x82 else {
        return false
      }
    }
    return true
  }
}
