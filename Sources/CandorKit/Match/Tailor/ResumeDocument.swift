/// Lays a resume out as a printable one-column document that ATS screens read in order:
/// name, headline and contacts, then each section with its entries and bullets.
public enum ResumeDocument {
  public static func make(_ resume: Resume) -> Document {
    let layout = ResumeSections(resume)
    var blocks: [DocumentBlock] = []
    if let name = layout.name { blocks.append(.heading(name, level: 1)) }
    let top = [
      layout.headline, layout.contacts.isEmpty ? nil : layout.contacts.joined(separator: " · "),
    ]
    .compactMap { $0 }
    if !top.isEmpty { blocks.append(.lines(top)) }
    for section in layout.sections {
      blocks += [.spacer(4), .heading(section.title, level: 2)]
      for entry in section.entries {
        blocks += self.blocks(entry, inSkills: section.title == "Skills")
      }
    }
    return Document(
      title: "Resume" + (layout.name.map { ": \($0)" } ?? ""), author: layout.name, blocks: blocks)
  }

  private static func blocks(_ entry: ResumeSections.Entry, inSkills: Bool) -> [DocumentBlock] {
    if inSkills {
      let line = [entry.title.map { "\($0):" }, entry.text].compactMap { $0 }.joined(separator: " ")
      return line.isEmpty ? [] : [.paragraph(line)]
    }
    var blocks: [DocumentBlock] = []
    if let title = entry.title { blocks.append(.heading(title, level: 3)) }
    if let detail = entry.detail { blocks.append(.lines([detail])) }
    if let text = entry.text { blocks.append(.paragraph(text)) }
    blocks += entry.bullets.map { .bullet($0) }
    return blocks
  }
}
