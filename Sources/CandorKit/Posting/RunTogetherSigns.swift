/// Which kinds of glued text a line shows, found in one pass over its bytes, so that
/// ``LineRepair`` runs only the expressions that can match.
///
/// Each flag is a condition every match of the matching expression needs; a flag may be
/// set where the expression still finds nothing, and is set whenever bytes alone cannot
/// tell (an apostrophe or a non-ASCII letter nearby).
struct RunTogetherSigns {
  /// A lowercase word of three letters or more glued to a capitalised one:
  /// "detailsZendesk", "a plusWeekend".
  var gluedWord = false
  /// A stop, colon or ")" directly before a capital: "skills.The", "Austin:Remote".
  var stopBeforeCapital = false
  /// A lowercase letter directly before a capital: "detailsZendesk".
  var lowerBeforeCapital = false
  /// A word that opens an item glued after a letter: "PinterestLoves", "SQLThe",
  /// "teamsManaging".
  var starterAfterLetter = false
  var hasColon = false
  /// Three whitespace characters in a row.
  var hasSpaceRun = false

  init(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      for index in bytes.indices {
        let byte = bytes[index]
        hasColon = hasColon || byte == UInt8(ascii: ":")
        guard Self.isUpper(byte), index > 0 else { continue }
        let previous = bytes[index - 1]
        stopBeforeCapital = stopBeforeCapital || Self.isStopOrColon(previous)
        guard
          Self.isLower(previous) || Self.isUpper(previous) || previous == 0x27 || previous == 0x99
        else { continue }
        lowerBeforeCapital = lowerBeforeCapital || Self.isLower(previous)
        gluedWord = gluedWord || Self.gluesWord(bytes, at: index)
        starterAfterLetter = starterAfterLetter || Self.opensItem(bytes, at: index)
      }
    }
    // LineRepair tries the glued-word expression only on lines with a lowercase letter
    // right before a capital, though it may then match after an apostrophe.
    gluedWord = gluedWord && lowerBeforeCapital
    hasSpaceRun = Self.hasSpaceRun(text)
  }

  /// True when the capital at `capital` may end a lowercase word glued to it, as
  /// `\b[a-z][a-z’']{2,}(?=[A-Z](?:[a-z’']|\+))` needs.
  private static func gluesWord(_ bytes: UnsafeBufferPointer<UInt8>, at capital: Int) -> Bool {
    guard capital >= 3, capital + 1 < bytes.count, !isUpper(bytes[capital - 1]) else {
      return false
    }
    if !isLower(bytes[capital - 1]) { return true }  // after an apostrophe: let it decide
    let next = bytes[capital + 1]
    guard isLower(next) || next == 0x27 || next == UInt8(ascii: "+") || next >= 0x80 else {
      return false
    }
    var start = capital - 1
    while start > 0 {
      let byte = bytes[start - 1]
      if byte >= 0x80 || byte == 0x27 { return true }
      guard isLower(byte) else { break }
      start -= 1
    }
    return capital - start >= 3 && (start == 0 || !isWordByte(bytes[start - 1]))
  }

  /// True when the capitalised word at `capital` is one that opens a list item or sentence
  /// (``LineRepair/itemStarters``) or a word such as "Managing", as the lookahead of
  /// LineRepair's glued-item expression needs.
  private static func opensItem(_ bytes: UnsafeBufferPointer<UInt8>, at capital: Int) -> Bool {
    var end = capital + 1
    while end < bytes.count, isLower(bytes[end]) { end += 1 }
    guard end - capital >= 2 else { return false }
    if end < bytes.count, isWordByte(bytes[end]) || bytes[end] >= 0x80 { return true }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[capital..<end]), as: UTF8.self)
    return starters.contains(word) || (word.utf8.count >= 7 && word.hasSuffix("ing"))
  }

  private static let starters = Set(LineRepair.itemStarters)

  private static func hasSpaceRun(_ text: String) -> Bool {
    var run = 0
    for scalar in text.unicodeScalars {
      let isSpace =
        scalar.isASCII
        ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
      run = isSpace ? run + 1 : 0
      if run == 3 { return true }
    }
    return false
  }

  private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
  private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

  /// ASCII letters, digits and "_", which `\w` and `\b` count as word characters.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    isUpper(byte) || isLower(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
  }

  private static func isStopOrColon(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
      || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ")")
  }
}
