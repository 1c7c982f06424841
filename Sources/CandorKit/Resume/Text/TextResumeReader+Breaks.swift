import Foundation

extension TextResumeReader {
  /// "CAREER BREAK" over "August 2023 - October 2025: full-time caregiver for a family
  /// member. Renewed my DOT medical card …": time away, each dated entry a break (no
  /// employer or title, ``Resume/Work/isBreak``) whose first sentence says why; its other
  /// sentences and its bullets are what was done meanwhile.
  mutating func addBreaks(_ section: ResumeSection) {
    let label = section.title.prefix(1).uppercased() + section.title.dropFirst().lowercased()
    for raw in EntryGrouper.group(section, wrapWidth: wrapWidth) {
      var lead = raw.header.filter { !$0.isBlank }
      var body = raw.body.drop(while: \.isBlank)
      // "… Renewed my DOT medical" / "card and completed …": the sentence wraps on.
      while let next = body.first, next.kind == .text, next.text.first?.isLowercase == true {
        lead.append(next)
        body = body.dropFirst()
      }
      let sentences = SentenceSplitter.split(lead.map(\.text).joined(separator: " "))
      let line = lead.first?.line ?? raw.body.first?.line ?? 0
      var work = Resume.Work()
      let reason = sentences.first?.trimming(charactersIn: " .")
      work.description = reason.map { $0.isEmpty ? label : "\(label) (\($0))" } ?? label
      (work.startDate, work.endDate) = Self.dates(raw.span)
      let said = sentences.dropFirst().map { BodyItem(text: $0, line: line, isBullet: false) }
      let items = said + BodyItems.read(Array(body), wrapWidth: wrapWidth)
      work.highlights = record(items, path: "work[\(draft.resume.work.count)]")
      draft.resume.work.append(work)
    }
  }
}
