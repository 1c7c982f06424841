/// LinkedIn's "Meet the hiring team" block under a posting: the poster's name, their
/// headline ("Team Lead at Copperline Realty"), the "Message" button and "Job poster"
/// badge. None of it is about the job, but the name is the person to write to.
enum HiringTeam {
  /// When the line at `index` opens the block: the index just past it, and the poster's
  /// name and line when the block gives one.
  static func block(_ lines: [TextLine], at index: Int) -> (end: Int, name: SourcedValue?)? {
    let text = lines[index].text
    guard text.utf8.count <= 30, text.utf8.first == 0x4D || text.utf8.first == 0x20,
      text.trimmed.lowercased() == "meet the hiring team"
    else { return nil }
    var end = index + 1
    var name: SourcedValue?
    var taken = 0
    while end < lines.count, taken < 6 {
      let line = lines[end]
      if !line.isBlank {
        let trimmed = line.text.trimmed
        if name == nil, let found = personName(trimmed) {
          name = SourcedValue(text: found, line: line.line)
        } else if !badges.contains(trimmed.lowercased()) && !isHeadline(trimmed, after: name) {
          break
        }
        taken += 1
      }
      end += 1
    }
    return (end, name)
  }

  /// A line that is a person's name and nothing else.
  private static func personName(_ text: String) -> String? {
    guard text.wordCount <= 4, let found = PersonName.leading(text),
      found.wordCount == text.wordCount
    else { return nil }
    return found
  }

  /// "Team Lead at Copperline Realty Group" under the poster's name.
  private static func isHeadline(_ text: String, after name: SourcedValue?) -> Bool {
    name != nil && text.utf8.count <= 100 && text.hasBytes(" at ")
  }

  /// The buttons and badges LinkedIn prints beside the poster.
  private static let badges: Set<String> = [
    "message", "job poster", "1st", "2nd", "3rd", "3rd+", "· 1st", "· 2nd", "· 3rd", "· 3rd+",
    "follow", "connect",
  ]
}
