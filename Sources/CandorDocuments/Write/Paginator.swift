/// A block reduced to what pagination needs: the height of each line and the spacing rules.
struct MeasuredBlock: Sendable, Equatable {
  /// The vertical advance of each line, in points; empty for a spacer.
  var lineHeights: [Double]
  /// Space above the block, dropped at the top of a page.
  var spaceBefore: Double = 0
  var spaceAfter: Double = 0
  /// Never split across pages (addresses, headings, short blocks).
  var keepsTogether = false
  /// Stays on the same page as the start of the following block (headings).
  var keepsWithNext = false

  var height: Double { lineHeights.reduce(0, +) }
}

/// Where some lines of one block go on a page.
struct Placement: Sendable, Equatable {
  var block: Int
  var lines: Range<Int>
  /// Distance from the top of the text area to the top of the first line, in points.
  var top: Double
}

/// Breaks measured blocks into pages, with widow and orphan control: a split paragraph
/// leaves at least two lines at the foot of a page and carries at least two to the next.
enum Paginator {
  /// Fewest lines of a paragraph left alone at the foot or head of a page.
  static let minimumLines = 2

  static func paginate(_ blocks: [MeasuredBlock], pageHeight: Double) -> [[Placement]] {
    var pages: [[Placement]] = [[]]
    var cursor = 0.0
    var index = 0
    var startLine = 0
    while index < blocks.count {
      let block = blocks[index]
      let atTop = pages[pages.count - 1].isEmpty
      if block.lineHeights.isEmpty {
        if !atTop { cursor += block.spaceBefore + block.spaceAfter }
        index += 1
        continue
      }
      let before = atTop || startLine > 0 ? 0 : block.spaceBefore
      let room = pageHeight - cursor - before
      var take = linesThatFit(block, from: startLine, blocks: blocks, at: index, room: room)
      if take == 0 && atTop { take = max(1, greedyFit(block.lineHeights[startLine...], room)) }
      if take > 0 {
        let lines = startLine..<startLine + take
        pages[pages.count - 1].append(Placement(block: index, lines: lines, top: cursor + before))
        cursor += before + block.lineHeights[lines].reduce(0, +)
        startLine += take
      }
      if startLine == block.lineHeights.count {
        cursor += block.spaceAfter
        index += 1
        startLine = 0
      } else {
        pages.append([])
        cursor = 0
      }
    }
    return pages.filter { !$0.isEmpty }
  }

  /// How many of the block's lines from `start` go on this page: all, none, or a split that
  /// respects widow, orphan and keep rules.
  static func linesThatFit(
    _ block: MeasuredBlock, from start: Int, blocks: [MeasuredBlock], at index: Int,
    room: Double
  ) -> Int {
    let heights = Array(block.lineHeights[start...])
    var needed = heights.reduce(0, +)
    if block.keepsWithNext, index + 1 < blocks.count {
      needed += block.spaceAfter + leadHeight(of: blocks[index + 1])
    }
    if needed <= room + 0.01 { return heights.count }
    if block.keepsTogether || block.keepsWithNext { return 0 }
    var fit = greedyFit(heights[...], room)
    if heights.count - fit < minimumLines { fit = heights.count - minimumLines }
    let isFirstPart = start == 0
    if fit < (isFirstPart ? minimumLines : 1) { return 0 }
    return fit
  }

  /// How many lines, from the first, fit in `room` points.
  static func greedyFit(_ heights: ArraySlice<Double>, _ room: Double) -> Int {
    var used = 0.0
    var fit = 0
    for height in heights {
      guard used + height <= room + 0.01 else { break }
      used += height
      fit += 1
    }
    return fit
  }

  /// The part of a block that must share a page with a heading above it.
  static func leadHeight(of block: MeasuredBlock) -> Double {
    let lead = block.keepsTogether ? block.lineHeights : Array(block.lineHeights.prefix(2))
    return block.spaceBefore + lead.reduce(0, +)
  }
}
