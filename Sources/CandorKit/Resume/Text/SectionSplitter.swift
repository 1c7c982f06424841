import Foundation

/// Cuts a resume's lines into sections at their headings: whole-line headings, headings
/// glued to the text before them ("SPSSEducation Details"), and headings that carry their
/// content on the same line ("TECHNICAL SKILLS • Excel • SPSS", "Idiomas: Español").
struct SectionSplitter {
  private(set) var sections: [ResumeSection] = [ResumeSection(kind: nil, title: "")]
  /// The section to return to when an inline heading's paragraph ends.
  private var resume: ResumeSection?
  /// The lines after the one being added.
  private var upcoming: ArraySlice<ResumeLine> = []

  /// `lines` in sections; `opening` is the section the first lines belong to.
  static func split(
    _ lines: [ResumeLine], opening: ResumeSection = ResumeSection(kind: nil, title: "")
  ) -> [ResumeSection] {
    var splitter = SectionSplitter(sections: [opening])
    for (index, line) in lines.enumerated() {
      splitter.upcoming = lines[(index + 1)...]
      splitter.add(line)
    }
    return splitter.sections.filter { $0.kind != nil || !$0.lines.isEmpty }
  }

  private var current: ResumeSection { sections[sections.count - 1] }

  private mutating func add(_ line: ResumeLine) {
    if line.isBlank, let back = resume {
      resume = nil
      sections.append(ResumeSection(kind: back.kind, title: back.title, headingLine: nil))
    }
    if line.kind == .heading, startsSection(line) { return }
    if line.kind == .text, let (before, heading, kind) = gluedHeading(line.text) {
      var prefix = line
      prefix.text = before
      add(prefix)
      open(heading, kind: kind, at: line)
      return
    }
    if line.kind == .text, startsSection(line) { return }
    if line.kind != .heading, inlineSection(line) { return }
    append(line)
  }

  private mutating func append(_ line: ResumeLine) {
    sections[sections.count - 1].lines.append(line)
  }

  private mutating func open(_ title: String, kind: SectionKind, at line: ResumeLine) {
    resume = nil
    let span = DateParser.span(in: title).flatMap { $0.isRange ? $0 : nil }
    sections.append(
      ResumeSection(kind: kind, title: title, headingLine: line.line, headingSpan: span))
  }

  /// A whole-line heading; unknown Markdown headings of level 1–2 open an unread section.
  private mutating func startsSection(_ line: ResumeLine) -> Bool {
    let title = line.text.trimming(charactersIn: " :-–—")
    // "Portfolio: Link" is a labelled item, not a heading.
    // The byte check spares Foundation's search on the many lines without a colon.
    guard title.count <= 60,
      line.kind == .heading || !(title.hasBytes(":") && title.contains(":"))
    else { return false }
    guard let kind = SectionHeading.kind(of: title) else {
      if line.kind == .heading, line.level == 2, sections.count > 1 || !current.lines.isEmpty {
        open(title, kind: .other, at: line)
        return true
      }
      return false
    }
    if current.kind == .skills, SectionHeading.isCatchAll(title) { return false }
    // "IT skills" listed under Skills is an item, not a second Skills heading, and
    // "Languages" there names a group of programming languages, unless spoken ones follow.
    if kind == current.kind
      || (current.kind == .skills && kind == .languages && !spokenLanguageFollows),
      line.kind == .text, !isShouted(title), !line.text.hasSuffix(":")
    {
      return false
    }
    open(title, kind: kind, at: line)
    return true
  }

  /// "TECHNICAL SKILLS • Excel" and "Languages: English": a heading with its content.
  private mutating func inlineSection(_ line: ResumeLine) -> Bool {
    let host = (resume ?? current).kind
    if line.kind == .bullet, host != .other, !isListLabel(line.text, in: host) { return false }
    guard let (title, content) = Self.headingWithContent(line.text),
      !title.contains(where: \.isNumber), title.split(separator: " ").count <= 4,
      let kind = SectionHeading.kind(of: title), kind != .other, kind != current.kind,
      // "Languages: Python, Go" under Skills lists skills; "Languages: English" does not.
      host != .skills || (kind == .languages && Self.opensWithLanguage(content)),
      host != nil || [.skills, .languages, .interests, .certificates, .summary].contains(kind),
      ContactPatterns.url(in: content) == nil, ContactPatterns.email(in: content) == nil,
      content.lowercased() != "link"
    else { return false }
    let back = resume ?? current
    open(title, kind: kind, at: line)
    resume = back
    var rest = line
    rest.text = content
    rest.kind = .text
    append(rest)
    // In a list of certificates, one line each: "Education: B.S. …" takes its own line only,
    // and the next certificate is the list's again.
    if back.kind == .certificates {
      resume = nil
      sections.append(ResumeSection(kind: back.kind, title: back.title, headingLine: nil))
    }
    return true
  }

  static func headingWithContent(_ text: String) -> (String, String)? {
    for separator in [":", " • ", " - ", " – ", "•"] {
      guard let range = text.byteRange(of: separator),
        text.distance(from: text.startIndex, to: range.lowerBound) <= 40
      else { continue }
      let title = text[..<range.lowerBound].trimmingSpaces()
      let content = text[range.upperBound...].trimming(charactersIn: " •:")
      guard !title.isEmpty, !content.isEmpty else { continue }
      return (title, content)
    }
    return nil
  }

  /// "…SPSSEducation Details": the text before a heading glued to it, and the heading.
  private func gluedHeading(_ text: String) -> (String, String, SectionKind)? {
    guard text.count > 4, SectionHeading.mayEndInHeadingWord(text),
      let last = SectionHeading.normalisedWords(text).last,
      SectionHeading.isHeadingWord(last), SectionHeading.kind(of: text) == nil
    else { return nil }
    let chars = Array(text)
    for index in 1..<chars.count
    where chars[index].isUppercase && chars[index - 1].isLetter && chars.count - index <= 40 {
      let suffix = String(chars[index...]).trimming(charactersIn: " :")
      guard let kind = SectionHeading.kind(of: suffix), kind != .other,
        suffix.split(separator: " ").count <= 3
      else { continue }
      return (String(chars[..<index]).trimmingSpaces(), suffix, kind)
    }
    return nil
  }

  /// "- Languages: Vietnamese (native), English" listed under Education: a list of its own.
  /// "Languages: …", "Interests: …", and "Education: …" in a list of certificates: a bullet
  /// that carries another section's label and content.
  private func isListLabel(_ text: String, in host: SectionKind?) -> Bool {
    guard let colon = text.byteRange(of: ":")?.lowerBound,
      text.distance(from: text.startIndex, to: colon) <= 20
    else { return false }
    let kind = SectionHeading.kind(of: String(text[..<colon]))
    return kind == .languages || kind == .interests
      || (kind == .education && host == .certificates)
  }

  /// True when the next line with text opens with a spoken language ("Norwegian (native),
  /// English").
  private var spokenLanguageFollows: Bool {
    guard let next = upcoming.first(where: { !$0.isBlank }) else { return false }
    return Self.opensWithLanguage(next.text)
  }

  /// True when a list opens with a spoken language: "Norwegian (native), English".
  private static func opensWithLanguage(_ text: String) -> Bool {
    LanguageNames.isLanguage(text.prefix { !",;(:–—|/".contains($0) }.trimmingSpaces())
  }

  private func isShouted(_ text: String) -> Bool {
    text.contains { $0.isLetter } && !text.contains { $0.isLowercase }
  }
}
