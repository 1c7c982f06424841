import Testing

@testable import CandorDocuments

@Suite struct PaginatorTests {
  /// A page of 100 points, a filler paragraph leaving `room` points, then `block`; the
  /// expectation is how many of the block's lines stay on the first page.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var room: Int
    var block: MeasuredBlock
    var next: MeasuredBlock?
    var linesOnFirstPage: Int

    var testDescription: String { name }
  }

  static func paragraph(_ lines: Int) -> MeasuredBlock {
    MeasuredBlock(lineHeights: Array(repeating: 10, count: lines))
  }

  static let cases: [Case] = [
    Case(
      name: "a paragraph that fits stays whole", room: 60, block: paragraph(6),
      linesOnFirstPage: 6),
    Case(
      name: "one line at the foot moves the paragraph (orphan)", room: 10, block: paragraph(6),
      linesOnFirstPage: 0),
    Case(
      name: "one line carried over becomes two (widow)", room: 50, block: paragraph(6),
      linesOnFirstPage: 4),
    Case(
      name: "a three-line paragraph never splits", room: 20, block: paragraph(3),
      linesOnFirstPage: 0),
    Case(
      name: "a long paragraph splits where it can", room: 30, block: paragraph(8),
      linesOnFirstPage: 3),
    Case(
      name: "lines kept together move whole", room: 40,
      block: MeasuredBlock(lineHeights: [10, 10, 10, 10, 10], keepsTogether: true),
      linesOnFirstPage: 0),
    Case(
      name: "a heading moves when its text cannot follow", room: 20,
      block: MeasuredBlock(lineHeights: [10], keepsTogether: true, keepsWithNext: true),
      next: paragraph(4), linesOnFirstPage: 0),
    Case(
      name: "a heading stays with two lines of its text", room: 30,
      block: MeasuredBlock(lineHeights: [10], keepsTogether: true, keepsWithNext: true),
      next: paragraph(4), linesOnFirstPage: 1),
  ]

  @Test(arguments: cases)
  func keepsWidowsOrphansAndHeadingsRight(_ example: Case) {
    let filler = Self.paragraph((100 - example.room) / 10)
    let blocks = [filler, example.block] + (example.next.map { [$0] } ?? [])
    let pages = Paginator.paginate(blocks, pageHeight: 100)
    let onFirst = pages[0].filter { $0.block == 1 }.map(\.lines.count).reduce(0, +)
    #expect(onFirst == example.linesOnFirstPage)
    let placed = pages.flatMap { $0 }.filter { $0.block == 1 }.map(\.lines.count).reduce(0, +)
    #expect(placed == example.block.lineHeights.count)
  }

  @Test func noPageStartsOrEndsWithASingleLineOfAParagraph() {
    let blocks = (0..<12).map { Self.paragraph(3 + $0 % 5) }
    let pages = Paginator.paginate(blocks, pageHeight: 95)
    #expect(pages.count > 1)
    for page in pages {
      for placement in page where placement.lines.count < blocks[placement.block].lineHeights.count
      {
        #expect(placement.lines.count >= 2, "block \(placement.block) split \(placement.lines)")
      }
      let used = page.map { placement in
        placement.top + blocks[placement.block].lineHeights[placement.lines].reduce(0, +)
      }
      #expect(used.allSatisfy { $0 <= 95.01 })
    }
  }

  @Test func spacesAtThePageTopAreDropped() {
    let spaced = MeasuredBlock(lineHeights: [10, 10], spaceBefore: 30)
    let pages = Paginator.paginate(
      [Self.paragraph(9), MeasuredBlock(lineHeights: [], spaceAfter: 40), spaced],
      pageHeight: 100)
    #expect(pages.count == 2)
    #expect(pages[1].first?.top == 0)
  }
}
