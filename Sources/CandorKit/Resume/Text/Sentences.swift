import Foundation

/// Splits running text into the sentences a person would quote one at a time, keeping
/// lists of technologies ("Perl, Ksh, Oracle.") with the sentence they follow.
enum Sentences {
  /// The sentences of `text` with the offset (in characters) each starts at.
  static func split(_ text: String) -> [(text: String, offset: Int)] {
    let chars = Array(text)
    var result: [(String, Int)] = []
    var start = 0
    var index = 0
    while index < chars.count {
      if let next = boundary(chars, at: index) {
        append(chars, start..<(index + 1), to: &result)
        start = next
        index = next
      } else {
        index += 1
      }
    }
    append(chars, start..<chars.count, to: &result)
    return result
  }

  /// The index where the next sentence starts when a sentence ends at `index`.
  private static func boundary(_ chars: [Character], at index: Int) -> Int? {
    let char = chars[index]
    guard ".!?".contains(char), index + 1 < chars.count else { return nil }
    var next = index + 1
    let spaced = chars[next] == " "
    while next < chars.count, chars[next] == " " { next += 1 }
    guard next < chars.count, chars[next].isUppercase || chars[next].isNumber else { return nil }
    let word = previousWord(chars, before: index)
    if char == "." {
      if LineShape.isAbbreviation(word[...]) { return nil }
      if !spaced {
        // "development.Handling": a missing space, not "Node.Js" or "ASP.NET".
        let following = chars[next...].prefix { $0.isLetter }
        guard word.count >= 4, word.last?.isLowercase == true, following.count >= 4,
          following.dropFirst().allSatisfy(\.isLowercase)
        else { return nil }
      }
    } else if !spaced {
      return nil
    }
    return next
  }

  private static func previousWord(_ chars: [Character], before index: Int) -> String {
    var start = index
    while start > 0, chars[start - 1] != " " { start -= 1 }
    return String(chars[start..<index])
  }

  private static func append(
    _ chars: [Character], _ range: Range<Int>, to result: inout [(String, Int)]
  ) {
    let text = String(chars[range]).trimmingSpaces()
    guard !text.isEmpty else { return }
    let offset = range.lowerBound + (chars[range].prefix { $0 == " " }.count)
    if let last = result.last, isFragment(text) {
      result[result.count - 1] = (last.0 + " " + text, last.1)
    } else {
      result.append((text, offset))
    }
  }

  /// "Autosys." or "Perl, Ksh, SunOS, Oracle.": not a statement of its own.
  static func isFragment(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    if words.count <= 2 { return true }
    let parts = text.split(separator: ",")
    guard parts.count >= 3 else { return false }
    let short = parts.filter { $0.split(separator: " ").count <= 3 }.count
    return short * 10 >= parts.count * 7
  }
}
