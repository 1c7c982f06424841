import Testing

@testable import CandorDocuments

/// Reading order on hand-placed lines: each case lays out segments as (text, x, y, width,
/// size) and expects the lines in order.
@Suite struct ReadingOrderTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var segments: [(String, Double, Double, Double, Double)]
    var expected: [String]
    var testDescription: String { name }
  }

  static func segment(_ text: String, x: Double, y: Double, width: Double, size: Double)
    -> Segment
  {
    Segment(words: [PlacedWord(text: text, box: TextBox(x0: x, y0: y, x1: x + width, y1: y + size))]
    )
  }

  static let cases = [
    Case(
      name: "a sidebar beside the main column reads after it",
      segments: (0..<8).map { ("side \($0)", 40, 100 + Double($0) * 11, 90, 9) }
        + (0..<10).map { ("main \($0)", 180, 100 + Double($0) * 14, 300, 12) },
      expected: (0..<10).map { "main \($0)" } + (0..<8).map { "side \($0)" }),
    Case(
      name: "the main column's last section, below the sidebar, still comes before it",
      segments: (0..<4).map { ("side \($0)", 40, 100 + Double($0) * 11, 90, 9) }
        + (0..<5).map { ("main \($0)", 180, 100 + Double($0) * 14, 300, 12) }
        + [("Education", 180, 220, 80, 12), ("BSc, Hull", 180, 234, 120, 12)],
      expected: (0..<5).map { "main \($0)" } + ["Education", "BSc, Hull"]
        + (0..<4).map { "side \($0)" }),
    Case(
      name: "columns of equal width read left then right",
      segments: (0..<8).map { ("left \($0)", 40, 100 + Double($0) * 11, 240, 9) }
        + (0..<10).map { ("right \($0)", 300, 100 + Double($0) * 14, 240, 12) },
      expected: (0..<8).map { "left \($0)" } + (0..<10).map { "right \($0)" }),
    Case(
      name: "a date column beside entries stays on the entries' rows",
      segments: [
        ("2021 –", 40, 100, 50, 10), ("Engineer, Quillon", 120, 100, 200, 10),
        ("present", 40, 113, 50, 10), ("Ran game days.", 120, 113, 200, 10),
        ("Cut paging by 64%.", 120, 126, 200, 10), ("Wrote runbooks.", 120, 139, 200, 10),
        ("Mentored two.", 120, 152, 200, 10), ("2018 –", 40, 175, 50, 10),
        ("Analyst, Brightwater", 120, 175, 200, 10), ("2021", 40, 188, 50, 10),
        ("Built reports.", 120, 188, 200, 10), ("Kept the books.", 120, 201, 200, 10),
      ],
      expected: [
        "2021 – Engineer, Quillon", "present Ran game days.", "Cut paging by 64%.",
        "Wrote runbooks.", "Mentored two.", "2018 – Analyst, Brightwater",
        "2021 Built reports.", "Kept the books.",
      ]),
    Case(
      name: "a table of dates and degrees stays row by row",
      segments: [
        ("2009 – 2012", 40, 100, 60, 10), ("PhD, Mesa Ridge", 120, 100, 200, 10),
        ("2007 – 2009", 40, 116, 60, 10), ("MSc, Mesa Ridge", 120, 116, 200, 10),
        ("2003 – 2007", 40, 132, 60, 10), ("BSc, Hull", 120, 132, 200, 10),
      ],
      expected: [
        "2009 – 2012 PhD, Mesa Ridge", "2007 – 2009 MSc, Mesa Ridge", "2003 – 2007 BSc, Hull",
      ]),
    Case(
      name: "a name beside contact lines that start higher reads name first",
      segments: [
        ("12 Harbor St", 400, 80, 100, 8), ("Ada Quill", 40, 90, 150, 20),
        ("Salem, OR", 400, 92, 100, 8), ("ada@example.com", 400, 104, 100, 8),
        ("Data Engineer", 40, 118, 150, 14), ("(503) 555-0100", 400, 116, 100, 8),
      ],
      expected: [
        "Ada Quill", "Data Engineer", "12 Harbor St", "Salem, OR", "ada@example.com",
        "(503) 555-0100",
      ]),
    Case(
      name: "a full-width paragraph above columns stays first",
      segments: [("Summary line one", 40, 60, 500, 10), ("Summary line two", 40, 73, 480, 10)]
        + (0..<4).map { ("left \($0)", 40, 100 + Double($0) * 12, 200, 10) }
        + (0..<5).map { ("right \($0)", 300, 104 + Double($0) * 15, 240, 11) },
      expected: ["Summary line one", "Summary line two"] + (0..<4).map { "left \($0)" }
        + (0..<5).map { "right \($0)" }),
  ]

  @Test(arguments: cases)
  func readsInOrder(_ example: Case) {
    let segments = example.segments.map {
      Self.segment($0.0, x: $0.1, y: $0.2, width: $0.3, size: $0.4)
    }
    let rows = ReadingOrder.rows(segments.reversed())
    #expect(rows.map { $0.map(\.text).joined(separator: " ") } == example.expected)
  }

  @Test(arguments: [
    ("deploy-", "ment of the API", "deployment", "of the API"),
    ("Scikit-", "Learn, and AWS.", "Scikit-Learn,", "and AWS."),
    ("third-", "party billing", "third-party", "billing"),
    ("2019 -", "2021", "2019 -", "2021"),
  ])
  func rejoinsWordsHyphenatedAcrossLines(
    _ first: String, _ second: String, _ joinedEnd: String, _ rest: String
  ) {
    let lines = Dehyphenation.apply(["Led the " + first, second])
    #expect(lines[0].hasSuffix(joinedEnd))
    #expect(lines.last == rest)
  }

  @Test(arguments: [
    ("Page 2 of 3", true), ("- 4 -", true), ("2/3", true), ("7", true), ("Página 1 de 2", true),
    ("Experience 2019", false), ("Ivo Brandt — Resume", false),
  ])
  func recognisesPageNumbers(_ text: String, _ isNumber: Bool) {
    #expect(RunningLines.isPageNumber(RunningLines.key(text)) == isNumber)
  }

  @Test func joinsLettersSpacedOutAndSplitsTheirWords() {
    let letters = Array("WORKHISTORY").enumerated().map { index, letter in
      let x = 100 + Double(index) * 14 + (index >= 4 ? 10 : 0)
      return PlacedWord(text: String(letter), box: TextBox(x0: x, y0: 50, x1: x + 8, y1: 62))
    }
    #expect(LetterSpacing.repair(letters).map(\.text) == ["WORK", "HISTORY"])
    let words = ["I", "am", "a", "lead"].enumerated().map { index, text in
      PlacedWord(
        text: text, box: TextBox(x0: Double(index) * 30, y0: 0, x1: Double(index) * 30 + 20, y1: 12)
      )
    }
    #expect(LetterSpacing.repair(words).map(\.text) == ["I", "am", "a", "lead"])
  }

  static func row(_ text: String, x: Double, y: Double, width: Double) -> PageRow {
    let first = Double(text.prefix { $0 != " " }.count) * 5
    return PageRow(
      text: text, box: TextBox(x0: x, y0: y, x1: x + width, y1: y + 10), firstWordWidth: first,
      textHeight: 10)
  }

  @Test func joinsWrappedLinesButNotRightAlignedOnes() {
    let rows = [
      Self.row("Led the move from Sage to Xero for", x: 100, y: 100, width: 195),
      Self.row("three entities.", x: 100, y: 112, width: 70),
      Self.row("Leeds, UK", x: 250, y: 140, width: 50),
      Self.row("nadia@example.com", x: 210, y: 152, width: 90),
      Self.row("Closed the books in four days.", x: 100, y: 180, width: 150),
      Self.row("Ran payroll.", x: 100, y: 192, width: 60),
    ]
    #expect(
      LineWrap.join(rows).map(\.text) == [
        "Led the move from Sage to Xero for three entities.", "Leeds, UK", "nadia@example.com",
        "Closed the books in four days.", "Ran payroll.",
      ])
  }

  @Test func aLineUnderATitleWithRightAlignedDatesIsNotJoinedToIt() {
    var title = Self.row("Kennel Lead Mar 2023 – Present", x: 100, y: 100, width: 300)
    title.lastPieceStart = 310
    var earlier = Self.row("Kennel Hand Jun 2021 – Feb", x: 100, y: 140, width: 300)
    earlier.lastPieceStart = 330
    let rows = [
      title, Self.row("Oak Hollow Animal Clinic, Salem, OR", x: 100, y: 112, width: 160),
      earlier, Self.row("2023", x: 100, y: 152, width: 20),
    ]
    #expect(
      LineWrap.join(rows).map(\.text) == [
        "Kennel Lead Mar 2023 – Present", "Oak Hollow Animal Clinic, Salem, OR",
        "Kennel Hand Jun 2021 – Feb 2023",
      ])
  }

  @Test func spellsOutLigaturesAndSymbolBullets() {
    #expect(LetterSpacing.normalise("\u{F0B7} Eﬃcient ﬁling") == "• Efficient filing")
    #expect(LetterSpacing.normalise("co\u{AD}operate") == "cooperate")
  }
}
