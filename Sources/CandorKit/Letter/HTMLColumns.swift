/// Where a piece of an HTML letter's visible text stands in its file line: the reviewer reads
/// the visible text, so a finding's column must be found again among the tags and entities
/// of the line it came from ("<p>I am a team player &amp; …").
enum HTMLColumns {
  /// The entities a letter's HTML writes most, read as the character they stand for.
  private static let entities: [Substring: Character] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "#39": "'",
    "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "ndash": "–", "mdash": "—",
  ]

  /// The visible characters of `line`, each with its 1-based column in the line: tags are
  /// skipped, an entity is one character at the column of its "&", and a run of whitespace
  /// one space.
  static func visible(_ line: Substring) -> [(character: Character, column: Int)] {
    var result: [(character: Character, column: Int)] = []
    var column = 1
    var index = line.startIndex
    var afterSpace = true
    while index < line.endIndex {
      var character = line[index]
      var length = 1
      if character == "<", let close = line[index...].firstIndex(of: ">") {
        length = line.distance(from: index, to: close) + 1
        column += length
        index = line.index(after: close)
        continue
      }
      if character == "&", let semicolon = line[index...].prefix(10).firstIndex(of: ";"),
        let decoded = entities[line[line.index(after: index)..<semicolon]]
      {
        character = decoded
        length = line.distance(from: index, to: semicolon) + 1
      }
      if character.isWhitespace {
        if !afterSpace { result.append((" ", column)) }
        afterSpace = true
      } else {
        result.append((character, column))
        afterSpace = false
      }
      column += length
      index = line.index(index, offsetBy: length)
    }
    return result
  }

  /// The file column of the `occurrence`-th (from 0) appearance of `needle` in `line`'s
  /// visible text; nil when it does not appear that often.
  static func column(of needle: String, occurrence: Int, in line: Substring) -> Int? {
    let wanted = Array(needle)
    let shown = visible(line)
    guard !wanted.isEmpty, shown.count >= wanted.count else { return nil }
    var seen = 0
    for start in 0...(shown.count - wanted.count)
    where shown[start..<(start + wanted.count)].map(\.character) == wanted {
      if seen == occurrence { return shown[start].column }
      seen += 1
    }
    return nil
  }

  /// How often `needle` appears in `text`.
  static func count(of needle: String, in text: Substring) -> Int {
    guard !needle.isEmpty else { return 0 }
    var count = 0
    var rest = text
    while let found = rest.range(of: needle) {
      count += 1
      rest = rest[found.upperBound...]
    }
    return count
  }
}
