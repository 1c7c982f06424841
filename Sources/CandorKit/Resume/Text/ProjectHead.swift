/// An undated project's heading among dated ones: "**Bridge model**" or "Trail counter
/// app" set apart by a blank line (or by Markdown) with bullets right under it. A
/// project needs no dates, so such a line starts a project of its own instead of being
/// lost before the first dated one or read as a bullet of the one before.
enum ProjectHead {
  static func isHead(_ lines: [ResumeLine], at index: Int) -> Bool {
    let line = lines[index]
    guard line.kind == .text || line.kind == .heading,
      lines[(index + 1)...].first(where: { !$0.isBlank })?.kind == .bullet
    else { return false }
    if line.kind == .text, index > 0, !lines[index - 1].isBlank { return false }
    let text = line.text
    return text.split(separator: " ").count <= 12 && !LineShape.endsSentence(text)
      && !text.hasSuffix(":") && !text.hasSuffix(",")
  }
}
