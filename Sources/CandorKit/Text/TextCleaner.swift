import Foundation

/// Repairs the noise real files carry: odd line endings, no-break spaces, mojibake,
/// ligatures, icon glyphs and stray HTML entities.
public enum TextCleaner {
  /// Returns `text` with line endings unified to `\n` and the noise repaired.
  ///
  /// Line count is preserved except for lone `\r`, which becomes a line break, and
  /// form feeds, which become a line break (page boundaries in PDF text). HTML keeps its
  /// `&lt;`, `&gt;` and `&amp;` (`keepingMarkup`) for the HTML reader to decode as text.
  public static func clean(_ text: String, keepingMarkup: Bool = false) -> String {
    var result = unifyLineEnds(text)
    if result.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.value <= 0xFF }) {
      result = repairMojibake(result)
    }
    if result.hasBytes("&") {
      result = HTMLEntities.decode(result, keepingMarkup: keepingMarkup)
    }
    // Printable ASCII and line breaks need neither replacements nor ligature expansion.
    if result.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x80) || $0 == 0x0A }) { return result }
    if result.unicodeScalars.contains(where: { replacement($0) != $0 }) {
      result = replacingScalars(result)
    }
    return expandLigatures(result)
  }

  /// `text` with each scalar mapped by `replacement`, copying the unchanged stretches
  /// between replaced scalars whole instead of scalar by scalar.
  private static func replacingScalars(_ text: String) -> String {
    let scalars = text.unicodeScalars
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var kept = scalars.startIndex
    for index in scalars.indices {
      let scalar = scalars[index]
      let replaced = replacement(scalar)
      guard replaced != scalar else { continue }
      output += Substring(scalars[kept..<index])
      if let replaced { output.unicodeScalars.append(replaced) }
      kept = scalars.index(after: index)
    }
    output += Substring(scalars[kept...])
    return output
  }

  /// "\r\n", a lone "\r" and (unless `formFeeds` is false) a form feed each become "\n".
  static func unifyLineEnds(_ text: String, formFeeds: Bool = true) -> String {
    let breaks: (UInt8) -> Bool = { $0 == 0x0D || formFeeds && $0 == 0x0C }
    guard text.utf8.contains(where: breaks) else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var afterReturn = false
    for byte in text.utf8 {
      if byte == 0x0A, afterReturn {
        afterReturn = false
        continue
      }
      afterReturn = byte == 0x0D
      bytes.append(breaks(byte) ? 0x0A : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Maps one scalar to its clean form, or drops it.
  private static func replacement(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0x00A0, 0x2007, 0x202F, 0x2002, 0x2003, 0x2009, 0x200A: return " "
    case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return nil
    case 0x0009: return " "
    case 0x0000..<0x0020 where scalar != "\n": return nil
    case 0x0080..<0x00A0: return nil
    // Symbol and Wingdings bullets a PDF keeps in the private-use area (U+F0B7, "ï‚§").
    case 0xF06E, 0xF076, 0xF0A7, 0xF0A8, 0xF0B7, 0xF0D8, 0xF0FC: return "•"
    case 0xE000...0xF8FF, 0xF0000...0x10FFFF: return nil  // private-use icon glyphs
    default: return scalar
    }
  }

  /// Expands typographic ligatures (ﬁ, ﬂ, ﬀ…) that PDF text often keeps.
  public static func expandLigatures(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { (0xFB00...0xFB06).contains($0.value) }) else {
      return text
    }
    let map: [Character: String] = [
      "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi",
      "\u{FB04}": "ffl", "\u{FB05}": "st", "\u{FB06}": "st",
    ]
    return String(text.flatMap { map[$0].map(Array.init) ?? [$0] })
  }

  /// Re-decodes runs of characters that are UTF-8 bytes misread as Windows-1252 or
  /// Latin-1 ("â€¢" → "•", "Ã©" → "é", "Â " → " ").
  static func repairMojibake(_ text: String) -> String {
    let scalars = text.unicodeScalars
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var run: [Unicode.Scalar] = []
    var kept = scalars.startIndex  // where the text not yet copied starts
    for index in scalars.indices {
      let scalar = scalars[index]
      if scalar.value >= 0x80 && byteValue(scalar) != nil {
        if run.isEmpty { output += Substring(scalars[kept..<index]) }
        run.append(scalar)
      } else if !run.isEmpty {
        output.unicodeScalars.append(contentsOf: decodeRun(run))
        run.removeAll()
        kept = index
      }
    }
    if run.isEmpty {
      output += Substring(scalars[kept...])
    } else {
      output.unicodeScalars.append(contentsOf: decodeRun(run))
    }
    return output
  }

  /// Decodes the longest valid UTF-8 sequences inside a run, leaving the rest as is.
  private static func decodeRun(_ run: [Unicode.Scalar]) -> [Unicode.Scalar] {
    let bytes = run.map { byteValue($0)! }
    var result: [Unicode.Scalar] = []
    var index = 0
    while index < bytes.count {
      let length = sequenceLength(bytes[index])
      if length > 1, index + length <= bytes.count,
        let decoded = String(validating: bytes[index..<index + length], as: UTF8.self)
      {
        result.append(contentsOf: decoded.unicodeScalars)
        index += length
      } else {
        result.append(run[index])
        index += 1
      }
    }
    return result
  }

  private static func sequenceLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0xC2...0xDF: return 2
    case 0xE0...0xEF: return 3
    case 0xF0...0xF4: return 4
    default: return 1
    }
  }

  /// The Windows-1252 byte a character stands for, when it is one of the upper 128.
  private static func byteValue(_ scalar: Unicode.Scalar) -> UInt8? {
    if scalar.value >= 0x80 && scalar.value <= 0xFF { return UInt8(scalar.value) }
    return windows1252[scalar.value]
  }

  private static let windows1252: [UInt32: UInt8] = [
    0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86,
    0x2021: 0x87, 0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C,
    0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95,
    0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
    0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
  ]
}
