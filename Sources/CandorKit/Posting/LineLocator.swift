/// Finds the source line of JSON keys and string values, scanning forward so repeated
/// values map to successive lines.
struct LineLocator {
  private let text: String
  private var cursor: String.Index

  init(text: String) {
    self.text = text
    cursor = text.startIndex
  }

  mutating func line(ofKey key: String) -> Int? {
    guard let range = text.range(of: "\"\(key)\"") else { return nil }
    cursor = range.upperBound
    return lineNumber(at: range.lowerBound)
  }

  /// The line of `value` as written in the JSON, searched from the last position found.
  mutating func line(of value: String) -> Int? {
    let probe = String(value.prefix(24))
    guard !probe.contains("\""), !probe.contains("\\"), !probe.isEmpty,
      let range = text.range(of: probe, range: cursor..<text.endIndex)
    else { return nil }
    cursor = range.upperBound
    return lineNumber(at: range.lowerBound)
  }

  /// The last position counted and its line, so successive look-ups count on from there
  /// instead of from the start of the text.
  private var counted: (index: String.Index, line: Int)?

  private mutating func lineNumber(at index: String.Index) -> Int {
    var (from, line) = counted ?? (text.startIndex, 1)
    if index < from { (from, line) = (text.startIndex, 1) }
    line = text[from..<index].reduce(line) { $0 + ($1 == "\n" ? 1 : 0) }
    counted = (index, line)
    return line
  }
}
