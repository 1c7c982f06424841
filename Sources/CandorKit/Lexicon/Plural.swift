/// Light plural handling for matching: "databases" finds "database", "policies" finds
/// "policy", "APIs" finds "API", and nothing shorter than four letters loses an "s".
enum Plural {
  /// The singular forms `word` (folded) may stand for; empty when it does not look plural.
  static func singulars(of word: String) -> [String] {
    guard word.utf8.last == UInt8(ascii: "s"), isLetters(word) else { return [] }
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSingulars(Array(word.utf8)) }
    return characterSingulars(of: word)
  }

  /// `singulars(of:)` written on characters, for words with non-ASCII letters (and, in
  /// tests, to prove the byte path agrees with it).
  static func characterSingulars(of word: String) -> [String] {
    guard word.utf8.last == UInt8(ascii: "s"), isLetters(word), word.count >= 4 else {
      return []
    }
    if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return [] }
    var result = [String(word.dropLast())]
    if word.hasSuffix("ies") && word.count >= 5 {
      result.append(String(word.dropLast(3)) + "y")
    } else if word.hasSuffix("es") {
      let stem = word.dropLast(2)
      if ["s", "x", "z", "ch", "sh"].contains(where: { stem.hasSuffix($0) }) {
        result.append(String(stem))
      }
    }
    return result
  }

  /// `singulars(of:)` for a word of ASCII letters ending in "s", one byte to a letter.
  private static func asciiSingulars(_ word: [UInt8]) -> [String] {
    let count = word.count
    guard count >= 4 else { return [] }
    let (third, second) = (word[count - 3], word[count - 2])
    if [UInt8(ascii: "s"), UInt8(ascii: "u"), UInt8(ascii: "i")].contains(second) { return [] }
    let stem = { (cut: Int) in String(decoding: word[..<(count - cut)], as: UTF8.self) }
    var result = [stem(1)]
    if second == UInt8(ascii: "e") && third == UInt8(ascii: "i") && count >= 5 {
      result.append(stem(3) + "y")
    } else if second == UInt8(ascii: "e") {
      let sibilant = [UInt8(ascii: "s"), UInt8(ascii: "x"), UInt8(ascii: "z")].contains(third)
      let digraph =
        third == UInt8(ascii: "h")
        && [UInt8(ascii: "c"), UInt8(ascii: "s")].contains(word[count - 4])
      if sibilant || digraph { result.append(stem(2)) }
    }
    return result
  }

  /// True when `word` is made of letters only (checked on bytes for ASCII words).
  static func isLetters(_ word: String) -> Bool {
    var ascii = true
    for byte in word.utf8 {
      guard byte < 0x80 else {
        ascii = false
        break
      }
      guard (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) else { return false }
    }
    return ascii || word.unicodeScalars.allSatisfy(\.properties.isAlphabetic)
  }

  /// True for capitals and digits followed by a lowercase "s" ("RNs", "APIs", "EC2s").
  static func looksLikeAcronymPlural(_ text: Substring) -> Bool {
    let bytes = text.utf8
    guard bytes.count >= 3, bytes.last == UInt8(ascii: "s") else { return false }
    return bytes.dropLast().allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }
  }

  /// True for an acronym followed by a lowercase "s" in the same letter case: "RNs" for
  /// "RN", "APIs" for "API"; never "its" for "IT".
  static func isAcronymPlural<S: StringProtocol>(_ text: S, of written: String) -> Bool {
    guard written.count >= 2, text.count == written.count + 1, text.hasSuffix("s") else {
      return false
    }
    let isAcronym = written.allSatisfy { $0.isUppercase || $0.isNumber }
    return isAcronym && text.hasPrefix(written)
  }
}
