import CandorKit
import Foundation

/// Rejoins words a PDF hyphenated across a line break ("deploy-" / "ment").
///
/// Whether the hyphen stays is ``LineBreakHyphen``'s call: before a capital ("Scikit-" /
/// "Learn"), in compounds ("third-" / "party", "follow-" / "up"), and when the document
/// spells the word with a hyphen elsewhere.
enum Dehyphenation {
  static func apply(_ lines: [String]) -> [String] {
    let whole = lines.joined(separator: " ")
    var result = lines
    var index = 0
    while index + 1 < result.count {
      guard let (head, rest) = split(result[index]), let next = result[index + 1].first,
        next.isLetter
      else {
        index += 1
        continue
      }
      let words = result[index + 1].split(separator: " ", maxSplits: 1).map(String.init)
      let tail = words[0]
      result[index] = rest + (keepsHyphen(head, tail, in: whole) ? "-" : "") + tail
      result[index + 1] = words.count > 1 ? words[1] : ""
      if result[index + 1].isEmpty { result.remove(at: index + 1) }
      index += 1
    }
    return result
  }

  /// Two lines of one paragraph as one, rejoining a word hyphenated across them.
  static func join(_ line: String, _ next: String, in whole: String) -> String {
    guard let (head, rest) = split(line), next.first?.isLetter == true else {
      return line + " " + next
    }
    let tail = String(next.prefix { !$0.isWhitespace })
    return rest + (keepsHyphen(head, tail, in: whole) ? "-" : "") + next
  }

  static func keepsHyphen(_ head: String, _ tail: String, in whole: String) -> Bool {
    LineBreakHyphen.keeps(head: head, tail: tail, in: whole)
  }

  /// The last word's letters before a closing hyphen, and the line up to that hyphen.
  static func split(_ line: String) -> (head: String, rest: String)? {
    guard line.hasSuffix("-"), !line.hasSuffix("--") else { return nil }
    let rest = String(line.dropLast())
    let head = rest.reversed().prefix(while: \.isLetter)
    guard head.count >= 2 else { return nil }
    return (String(head.reversed()), rest)
  }
}
