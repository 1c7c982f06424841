import Foundation

extension TextResumeReader {
  /// A resume builder writes, under the education lines, the person's headline, a blank
  /// line, then each role's title ("Personal trainer"), in the order of the roles. The
  /// headline becomes the label; the titles go to the roles that have none, but only when
  /// there is one title for each such role, so no title lands on a role it may not name.
  mutating func placeBareTitles(_ lines: [ResumeLine]) {
    let blanks = Set(lines.filter(\.isBlank).map(\.line))
    var titles = unplaced.filter(Self.isBareTitle)
    guard let first = titles.first else { return }
    if blanks.contains(first.line + 1), draft.resume.basics?.label == nil {
      var basics = draft.resume.basics ?? Resume.Basics()
      basics.label = first.text
      draft.resume.basics = basics
      draft.lines["basics.label"] = first.line
      titles.removeFirst()
      unplaced.removeAll { $0 == first }
    }
    let untitled = draft.resume.work.indices.filter { draft.resume.work[$0].position == nil }
    guard !titles.isEmpty, titles.count == untitled.count else { return }
    for (index, title) in zip(untitled, titles) {
      draft.resume.work[index].position = title.text
      draft.lines["work[\(index)].position"] = title.line
      unplaced.removeAll { $0 == title }
    }
  }

  /// A short line that reads as a title: no sentence, no label, no "Title - Employer".
  static func isBareTitle(_ line: ResumeLine) -> Bool {
    let text = line.text
    return text.split(separator: " ").count <= 6 && !text.contains(" - ")
      && !text.contains(":") && !text.hasSuffix(".") && text.contains(where: \.isLetter)
  }
}
