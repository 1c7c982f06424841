/// Light plural handling for matching: "databases" finds "database", "policies" finds
/// "policy", "APIs" finds "API", and nothing shorter than four letters loses an "s".
enum Plural {
  /// The singular forms `word` (folded) may stand for; empty when it does not look plural.
  static func singulars(of word: String) -> [String] {
    guard word.count >= 4, word.hasSuffix("s"), word.allSatisfy(\.isLetter) else { return [] }
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

  /// The plural forms of `word` (folded) a phrase's last word may be written in; empty
  /// for short words.
  static func plurals(of word: String) -> [String] {
    guard word.count >= 4, word.allSatisfy(\.isLetter) else { return [] }
    if word.hasSuffix("y") { return [String(word.dropLast()) + "ies", word + "s"] }
    if ["s", "x", "z", "ch", "sh"].contains(where: { word.hasSuffix($0) }) {
      return [word + "es"]
    }
    return [word + "s"]
  }

  /// True for capitals and digits followed by a lowercase "s" ("RNs", "APIs", "EC2s").
  static func looksLikeAcronymPlural<S: StringProtocol>(_ text: S) -> Bool {
    guard text.count >= 3, text.hasSuffix("s") else { return false }
    return text.dropLast().allSatisfy { $0.isUppercase || $0.isNumber }
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
