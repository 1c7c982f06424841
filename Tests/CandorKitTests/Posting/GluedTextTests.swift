import Testing

@testable import CandorKit

/// The scans that mark glued words and items put U+001E exactly where the ICU expressions
/// they replace would, on hand-picked lines and on many generated ones.
@Suite struct GluedTextTests {
  private static let rules: [(String, @Sendable ([Unicode.Scalar]) -> [Int])] = [
    (#"(\b[a-z][a-z’']{2,})(?=[A-Z](?:[a-z’']|\+))"#, GluedText.words),
    (#"([a-z0-9][.!?:)]{1,2})(?=[A-Z][a-z])"#, GluedText.stopsBeforeCapitals),
    (#"([a-z])(?=[A-Z]{2,}[A-Z /&]*:)"#, GluedText.capitalLabels),
  ]

  private static func marked(_ text: String, _ rule: ([Unicode.Scalar]) -> [Int]) -> String {
    let scalars = Array(text.unicodeScalars)
    return GluedText.string(GluedText.inserting(rule(scalars), into: scalars))
  }

  private static func expected(_ text: String, _ source: String) -> String {
    Pattern(source, caseSensitive: true).replacing(in: text, with: "$1\u{1E}")
  }

  @Test func marksGluedWordsStopsAndLabels() {
    #expect(Self.marked("a plusWeekend shifts", GluedText.words) == "a plus\u{1E}Weekend shifts")
    #expect(
      Self.marked("fix links.Then Austin:Remote", GluedText.stopsBeforeCapitals)
        == "fix links.\u{1E}Then Austin:\u{1E}Remote")
    #expect(
      Self.marked("the detailsREQUIREMENTS: all", GluedText.capitalLabels)
        == "the details\u{1E}REQUIREMENTS: all")
  }

  @Test(arguments: [
    "don’tKnow", "x’abcDE", "the cafe\u{301}sAre", "ab\u{200D}cdeFg", "né cdeFg", "abcD+ more",
    "a...Big", "x9.)Ab", "1:Ab", "aBC/ D&E:", "aBC:", "aB:", "abcDEF GHI", "_abcDe", "été abcDe",
  ])
  func agreesWithTheExpressionsOnEdgeCases(_ line: String) {
    for (source, rule) in Self.rules {
      #expect(Self.marked(line, rule) == Self.expected(line, source), "\(source)")
    }
  }

  @Test func agreesWithTheExpressionsOnGeneratedLines() {
    let pieces = [
      "abc", "xy", "q", "A", "BC", "Ab", "’", "'", "+", ".", ":", ")", "!", "7", " ", "/", "&",
      "_", "é", "\u{301}", "\u{200D}", "-", "DEF:",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var markedLines = [0, 0, 0]
    for _ in 0..<400 {
      var line = ""
      for _ in 0..<16 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        line += pieces[Int(state >> 33) % pieces.count]
      }
      for (number, (source, rule)) in Self.rules.enumerated() {
        let expected = Self.expected(line, source)
        #expect(Self.marked(line, rule) == expected, "\(source): \(line)")
        if expected != line { markedLines[number] += 1 }
      }
    }
    // Each expression marks some of the lines, so the comparison covers its matches.
    #expect(markedLines.allSatisfy { $0 >= 10 }, "\(markedLines)")
  }
}
