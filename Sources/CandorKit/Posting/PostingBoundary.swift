/// Finds where the main posting ends when a file holds more: a second posting pasted
/// after it, or a job board's list of similar jobs.
enum PostingBoundary {
  /// The index in `lines` where something other than the main posting starts, with a note.
  static func end(of lines: [TextLine], mainTitle: String?) -> (Int, String)? {
    var seen = 0
    let titleLevel = lines.first { $0.kind == .heading }?.level ?? 1
    for (index, line) in lines.enumerated() where !line.isBlank {
      seen += 1
      if isRelatedJobs(line) {
        return (index, "set aside a list of other jobs from line \(line.line)")
      }
      guard seen > 5 else { continue }
      if let title = secondTitle(lines, at: index, titleLevel: titleLevel, mainTitle: mainTitle) {
        return (
          index,
          "a second posting (\"\(title)\") starts at line \(line.line); it was set aside"
        )
      }
    }
    return nil
  }

  /// The title of a second posting starting at `index`, if one does.
  private static func secondTitle(
    _ lines: [TextLine], at index: Int, titleLevel: Int, mainTitle: String?
  ) -> String? {
    let line = lines[index]
    if let (field, value) = HeaderFields.labelled(line.text), field == .title,
      RoleWords.isTitleLike(value), !same(value, mainTitle)
    {
      return value
    }
    if isSeparator(line.text),
      let next = lines[(index + 1)...].prefix(3).first(where: {
        !$0.isBlank
      }), RoleWords.isTitleLike(next.text), !same(next.text, mainTitle)
    {
      return next.text
    }
    guard line.kind == .heading, line.level <= titleLevel, RoleWords.isTitleLike(line.text),
      !same(line.text, mainTitle), !SectionClassifier.isSectionHeading(line.text),
      hasRequirementsAfter(lines, index)
    else { return nil }
    return line.text
  }

  private static func hasRequirementsAfter(_ lines: [TextLine], _ index: Int) -> Bool {
    lines[(index + 1)...].contains { line in
      let kind = SectionClassifier.kind(ofHeading: line.text)
      return (line.kind == .heading || line.text.hasSuffix(":"))
        && (kind == .requirements || kind == .responsibilities)
    }
  }

  private static func same(_ text: String, _ title: String?) -> Bool {
    guard let title else { return false }
    let a = text.folded
    let b = title.folded
    return a == b || a.hasPrefix(b) || b.hasPrefix(a)
  }

  private static let separator = Pattern(#"^([-=_*~#•]\s?){4,}$"#)

  private static func isSeparator(_ text: String) -> Bool { separator.matches(text.trimmed) }

  private static let relatedJobs = Pattern(
    "^"
      + Pattern.anyOf([
        "(similar|related|more|other|recommended) (jobs|positions|openings|roles)",
        "also hiring", "other open (positions|roles)", "(empleos|ofertas) similares",
        "ähnliche (jobs|stellen)", "offres similaires", "vagas semelhantes",
      ]))

  private static func isRelatedJobs(_ line: TextLine) -> Bool {
    line.text.words.count <= 6 && relatedJobs.matches(line.text.trimmed)
  }
}
