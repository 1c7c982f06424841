/// Puts a page's segments in reading order: columns one after the other, rows top to bottom.
///
/// The page is cut into strips at every horizontal white band. Consecutive strips that share
/// a vertical white band, with text on both sides of it, are a candidate pair of columns.
/// They are read as columns when each side reads as running text: at least two lines a
/// side, lines covering much of each side's height, and not paired row by row the way a
/// date column or a table pairs its cells with the text beside them. Everything else is
/// read row by row. A narrow sidebar on the left is read after the main column beside it,
/// and after whatever the main column runs on with below it, so a resume's name and
/// experience come before its list of skills.
enum ReadingOrder {
  /// Least share of a side's height its lines must cover for it to be a column.
  static let minimumCoverage = 0.4
  /// Share of the shorter side's lines that, paired with a line on the same baseline across
  /// the gap, make the region a table rather than columns.
  static let tableAlignment = 0.8

  /// The segments grouped into rows, in reading order.
  static func rows(_ segments: [Segment]) -> [[Segment]] {
    order(segments).flatMap(leafRows)
  }

  /// A pair of columns found in a region's strips.
  struct ColumnPair {
    var left: [Segment]
    var right: [Segment]
    /// The strips it covers.
    var strips: Range<Int>
    var band: ClosedRange<Double>
  }

  /// Regions in reading order; each is read row by row.
  static func order(_ segments: [Segment]) -> [[Segment]] {
    guard segments.count > 1 else { return segments.isEmpty ? [] : [segments] }
    let strips = self.strips(segments)
    let extent = horizontalExtent(segments)
    let minimum = max(4, medianHeight(segments) * 0.6)
    var regions: [[Segment]] = []
    var index = 0
    var consumed = 0
    while index < strips.count {
      guard let run = columnRun(strips, from: index, extent: extent, minimum: minimum) else {
        regions.append(strips[index])
        index += 1
        continue
      }
      let pair = widened(run, in: strips, after: consumed)
      regions.removeLast(index - pair.strips.lowerBound)
      regions +=
        isSidebar(pair.left, beside: pair.right)
        ? order(pair.right) + order(pair.left) : order(pair.left) + order(pair.right)
      index = pair.strips.upperBound
      consumed = index
    }
    return regions
  }

  /// The column pair grown by the one-sided strips close above and below it; when the left
  /// column is a sidebar, the main column keeps everything it runs on with below.
  static func widened(_ run: ColumnPair, in strips: [[Segment]], after consumed: Int)
    -> ColumnPair
  {
    let band = run.band
    let first = adjacentOneSided(
      strips, from: run.strips.lowerBound, step: -1, limit: consumed, band)
    let end =
      adjacentOneSided(
        strips, from: run.strips.upperBound - 1, step: 1, limit: strips.count - 1, band)
      + 1
    let segments = strips[first..<end].joined()
    var pair = ColumnPair(
      left: segments.filter { $0.box.x1 <= band.lowerBound },
      right: segments.filter { $0.box.x0 >= band.upperBound }, strips: first..<end, band: band)
    if !isColumnPair(pair.left, pair.right) { pair = run }
    if isSidebar(pair.left, beside: pair.right) {
      var stop = pair.strips.upperBound
      while stop < strips.count, strips[stop].allSatisfy({ $0.box.x0 >= band.upperBound }) {
        pair.right += strips[stop]
        stop += 1
      }
      pair.strips = pair.strips.lowerBound..<stop
    }
    return pair
  }

  /// The furthest strip from `start`, stepping up (-1) or down (+1) no further than `limit`,
  /// reached through strips that sit wholly on one side of the gutter with no more than a
  /// line and a half between them: contact lines that start above a name, the rest of a
  /// main column that runs on below its sidebar.
  static func adjacentOneSided(
    _ strips: [[Segment]], from start: Int, step: Int, limit: Int, _ band: ClosedRange<Double>
  ) -> Int {
    var current = start
    while current != limit {
      let next = strips[current + step]
      let clear = next.allSatisfy { $0.box.x1 <= band.lowerBound || $0.box.x0 >= band.upperBound }
      let (upper, lower) = step < 0 ? (next, strips[current]) : (strips[current], next)
      let gap = (lower.map(\.box.y0).min() ?? 0) - (upper.map(\.box.y1).max() ?? 0)
      guard clear, gap <= medianHeight(next) * 1.5 else { break }
      current += step
    }
    return current
  }

  /// The longest run of strips from `start` that reads as two columns, if any.
  static func columnRun(
    _ strips: [[Segment]], from start: Int, extent: ClosedRange<Double>, minimum: Double
  ) -> ColumnPair? {
    var bands = freeBands(strips[start], extent: extent, minimum: minimum)
      .filter { isTwoSided(strips[start], $0) }
    var end = start + 1
    while !bands.isEmpty, end < strips.count {
      let next = intersect(bands, freeBands(strips[end], extent: extent, minimum: minimum))
      guard next.contains(where: { $0.upperBound - $0.lowerBound >= minimum }) else { break }
      bands = next.filter { $0.upperBound - $0.lowerBound >= minimum }
      end += 1
    }
    for band in bands.sorted(by: { $0.upperBound - $0.lowerBound > $1.upperBound - $1.lowerBound })
    {
      var last = end
      while last > start + 1, !isTwoSided(strips[last - 1], band) { last -= 1 }
      let run = strips[start..<last].joined()
      let left = run.filter { $0.box.x1 <= band.lowerBound }
      let right = run.filter { $0.box.x0 >= band.upperBound }
      if left.count + right.count == run.count, isColumnPair(left, right) {
        return ColumnPair(left: left, right: right, strips: start..<last, band: band)
      }
    }
    return nil
  }

  /// Whether the left side is a sidebar: at most six tenths as wide as the right.
  static func isSidebar(_ left: [Segment], beside right: [Segment]) -> Bool {
    let leftWidth = horizontalExtent(left).upperBound - horizontalExtent(left).lowerBound
    let rightWidth = horizontalExtent(right).upperBound - horizontalExtent(right).lowerBound
    return leftWidth <= rightWidth * 0.6
  }

  static func isTwoSided(_ strip: [Segment], _ band: ClosedRange<Double>) -> Bool {
    strip.contains { $0.box.x1 <= band.lowerBound }
      && strip.contains { $0.box.x0 >= band.upperBound }
  }

  /// White vertical bands in one strip, within the region's horizontal extent.
  static func freeBands(_ strip: [Segment], extent: ClosedRange<Double>, minimum: Double)
    -> [ClosedRange<Double>]
  {
    var bands: [ClosedRange<Double>] = []
    var reach = extent.lowerBound
    for box in strip.map(\.box).sorted(by: { $0.x0 < $1.x0 }) {
      if box.x0 - reach >= minimum { bands.append(reach...box.x0) }
      reach = max(reach, box.x1)
    }
    if extent.upperBound - reach >= minimum { bands.append(reach...extent.upperBound) }
    return bands
  }

  static func intersect(_ a: [ClosedRange<Double>], _ b: [ClosedRange<Double>])
    -> [ClosedRange<Double>]
  {
    a.flatMap { first in
      b.compactMap { second in
        let low = max(first.lowerBound, second.lowerBound)
        let high = min(first.upperBound, second.upperBound)
        return low < high ? low...high : nil
      }
    }
  }

  /// The region cut at every horizontal white band, top to bottom.
  static func strips(_ segments: [Segment]) -> [[Segment]] {
    var strips: [(bottom: Double, segments: [Segment])] = []
    for segment in segments.sorted(by: { $0.box.y0 < $1.box.y0 }) {
      if let last = strips.last, segment.box.y0 < last.bottom {
        strips[strips.count - 1].segments.append(segment)
        strips[strips.count - 1].bottom = max(last.bottom, segment.box.y1)
      } else {
        strips.append((segment.box.y1, [segment]))
      }
    }
    return strips.map(\.segments)
  }

  static func horizontalExtent(_ segments: [Segment]) -> ClosedRange<Double> {
    let left = segments.map(\.box.x0).min() ?? 0
    return left...max(left, segments.map(\.box.x1).max() ?? 0)
  }

  static func isColumnPair(_ left: [Segment], _ right: [Segment]) -> Bool {
    guard left.count >= 2, right.count >= 2 else { return false }
    let leftSpan = span(left)
    let rightSpan = span(right)
    guard
      min(leftSpan.upperBound, rightSpan.upperBound)
        > max(leftSpan.lowerBound, rightSpan.lowerBound)
    else { return false }
    guard coverage(left) >= minimumCoverage, coverage(right) >= minimumCoverage else {
      return false
    }
    let (shorter, longer) = left.count <= right.count ? (left, right) : (right, left)
    let paired = shorter.filter { segment in longer.contains { sameBaseline(segment, $0) } }
    return Double(paired.count) < Double(shorter.count) * tableAlignment
  }

  static func sameBaseline(_ a: Segment, _ b: Segment) -> Bool {
    let small = min(a.box.height, b.box.height)
    return abs(a.box.y1 - b.box.y1) <= small * 0.3 && max(a.box.height, b.box.height) < small * 1.5
  }

  static func span(_ segments: [Segment]) -> ClosedRange<Double> {
    let top = segments.map(\.box.y0).min() ?? 0
    return top...max(top, segments.map(\.box.y1).max() ?? 0)
  }

  /// The share of the side's height that its lines cover.
  static func coverage(_ segments: [Segment]) -> Double {
    let whole = span(segments)
    guard whole.upperBound > whole.lowerBound else { return 1 }
    let intervals = segments.map { ($0.box.y0, $0.box.y1) }.sorted { $0.0 < $1.0 }
    var covered = 0.0
    var current = intervals[0]
    for interval in intervals.dropFirst() {
      if interval.0 > current.1 {
        covered += current.1 - current.0
        current = interval
      } else {
        current.1 = max(current.1, interval.1)
      }
    }
    covered += current.1 - current.0
    return covered / (whole.upperBound - whole.lowerBound)
  }

  static func medianHeight(_ segments: [Segment]) -> Double {
    let heights = segments.map(\.box.height).sorted()
    return heights.isEmpty ? 0 : heights[heights.count / 2]
  }

  /// A region's segments as rows: segments sharing a baseline, left to right.
  static func leafRows(_ region: [Segment]) -> [[Segment]] {
    var rows: [(box: TextBox, segments: [Segment])] = []
    for segment in region.sorted(by: { $0.box.midY < $1.box.midY }) {
      if let index = rows.indices.last(where: { sameRow(rows[$0].box, segment.box) }) {
        rows[index].segments.append(segment)
        rows[index].box = rows[index].box.union(segment.box)
      } else {
        rows.append((segment.box, [segment]))
      }
    }
    return rows.map { $0.segments.sorted { $0.box.x0 < $1.box.x0 } }
  }

  static func sameRow(_ row: TextBox, _ box: TextBox) -> Bool {
    let smaller = min(row.height, box.height)
    return row.verticalOverlap(box) >= smaller * 0.5 && max(row.height, box.height) < smaller * 1.6
  }
}
