/// Writes a resume as Markdown or plain text, one column, in the order ATS screens read.
public enum ResumeRenderer {
  public static func markdown(_ resume: Resume) -> String {
    let layout = ResumeSections(resume)
    var lines: [String] = []
    if let name = layout.name { lines += ["# \(name)", ""] }
    if let headline = layout.headline { lines += ["**\(headline)**", ""] }
    if !layout.contacts.isEmpty { lines += [layout.contacts.joined(separator: " · "), ""] }
    for section in layout.sections {
      lines += ["## \(section.title)", ""]
      for entry in section.entries {
        if section.title == "Skills" {
          lines.append(
            "- "
              + [entry.title.map { "**\($0):**" }, entry.text].compactMap { $0 }
              .joined(separator: " "))
          continue
        }
        if let title = entry.title { lines.append("### \(title)") }
        if let detail = entry.detail { lines.append("*\(detail)*") }
        if entry.title != nil || entry.detail != nil { lines.append("") }
        if let text = entry.text { lines += [text, ""] }
        if !entry.bullets.isEmpty { lines += entry.bullets.map { "- \($0)" } + [""] }
      }
      if section.title == "Skills" { lines.append("") }
    }
    return trimmed(lines)
  }

  public static func text(_ resume: Resume) -> String {
    let layout = ResumeSections(resume)
    var lines: [String] = []
    if let name = layout.name { lines.append(name.uppercased()) }
    if let headline = layout.headline { lines.append(headline) }
    if !layout.contacts.isEmpty { lines.append(layout.contacts.joined(separator: " · ")) }
    for section in layout.sections {
      if lines.last?.isEmpty == false { lines.append("") }
      lines.append(section.title.uppercased())
      for entry in section.entries {
        if section.title == "Skills" {
          lines.append(
            [entry.title.map { "\($0):" }, entry.text].compactMap { $0 }
              .joined(separator: " "))
          continue
        }
        lines += [entry.title, entry.detail, entry.text].compactMap { $0 }
        lines += entry.bullets.map { "  • \($0)" }
        lines.append("")
      }
    }
    return trimmed(lines)
  }

  /// The lines joined, without trailing blank lines, ending in one newline.
  private static func trimmed(_ lines: [String]) -> String {
    var lines = lines
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }
}
