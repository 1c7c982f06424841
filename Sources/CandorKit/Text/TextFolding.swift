import Foundation

/// Case and accent folding and literal searches that stay on UTF-8 bytes for ASCII text,
/// where Foundation's folding and `range(of:)` bridge every call through `NSString`.
enum TextFolding {
  /// `text` without case or accents ("Formación" → "formacion"). ASCII text is only
  /// lowercased, which is what Foundation's folding does to it, far faster.
  static func fold(_ text: some StringProtocol) -> String {
    let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
    return isASCII
      ? text.lowercased()
      : text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// True when `text` has a decimal digit of any script, as a pattern's `\d` matches:
  /// a cheap check before running an expression that needs one.
  static func hasDigit(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      scalar.isASCII
        ? (0x30...0x39).contains(scalar.value)
        : scalar.properties.generalCategory == .decimalNumber
    }
  }
}

extension String {
  /// The same string as `lowercased()`, built on UTF-8 bytes. For text with any non-ASCII
  /// character the standard library appends every scalar's lowercase mapping as a string of
  /// its own, which on a whole posting costs more than the search it feeds; here ASCII
  /// scalars are lowered in place and only the others take their mapping. Lowercasing maps
  /// each scalar on its own, so the result is the same.
  var lowercasedText: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    for scalar in unicodeScalars {
      if scalar.isASCII {
        let byte = UInt8(scalar.value)
        bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      } else {
        bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The pieces between occurrences of `separator`, as `components(separatedBy:)` cuts.
  func literalComponents(separatedBy separator: String) -> [String] {
    var pieces: [String] = []
    var start = startIndex
    while let range = byteRange(of: separator, from: start) {
      pieces.append(String(self[start..<range.lowerBound]))
      start = range.upperBound
    }
    pieces.append(String(self[start...]))
    return pieces
  }
}
