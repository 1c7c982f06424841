/// Numbers written as words: one table for the posting reader, the resume reader, the
/// composer's grounding check and the reviewer's figure checks.
enum NumberWords {
  /// English counts: one to twenty, the tens, "dozen" and "hundred".
  static let english: [String: Double] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
  ]

  /// Small counts in the other languages postings come in (Spanish, German, French).
  static let otherLanguages: [String: Double] = [
    "un": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "ein": 1, "zwei": 2,
    "drei": 3, "vier": 4, "fünf": 5,
  ]

  /// Words that scale a number: "two thousand", "1.2 million".
  static let magnitudes: [String: Double] = [
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
  ]

  /// The values of the percentages `text` writes in English words ("forty percent",
  /// "twenty-five per cent", "a hundred percent").
  static func percents(in text: String) -> [Double] {
    let words = text.lowercased().split { !$0.isLetter }
    var values: [Double] = []
    for index in words.indices.dropFirst() {
      let isSign =
        words[index] == "percent" || words[index] == "pct"
        || (words[index] == "per" && index + 1 < words.count && words[index + 1] == "cent")
      guard isSign, words[index - 1] != "dozen", let last = english[String(words[index - 1])]
      else { continue }
      let before = index > 1 ? english[String(words[index - 2])] : nil
      if last == 100 {
        values.append(100 * (before.flatMap { $0 < 10 ? $0 : nil } ?? 1))
      } else if last < 10, let tens = before, tens >= 20, tens < 100,
        tens.truncatingRemainder(dividingBy: 10) == 0
      {
        values.append(tens + last)
      } else {
        values.append(last)
      }
    }
    return values
  }

  /// English counts and the other languages' together, for readers of postings.
  static let anyLanguage = english.merging(otherLanguages) { first, _ in first }

  /// The words of `table` as regex alternatives, longest first so a word wins over its own
  /// prefix ("uno" over "un").
  static func alternatives(_ table: [String: Double]) -> String {
    table.keys.sorted { ($0.count, $1) > ($1.count, $0) }.joined(separator: "|")
  }
}
