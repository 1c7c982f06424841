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
