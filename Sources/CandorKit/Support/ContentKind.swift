import Foundation

/// Whether a text reads as a resume or as a job posting, judged by its headings, so that a
/// file given to the wrong reader ("candor parse job resume.md") can be pointed out.
public enum ContentKind: String, Sendable, Equatable {
  case resume
  case posting = "job posting"

  /// Resume headings a posting does not use as headings of its own.
  private static let resumeSections: Set<SectionKind> = [.work, .education]
  /// Posting headings a resume does not use.
  private static let postingSections: Set<PostingSectionKind> = [
    .responsibilities, .requirements, .preferred, .benefits, .apply,
  ]

  /// What `text` reads as, or nil when its headings do not say clearly: a resume has both
  /// an experience and an education heading and at most one posting heading; a posting has
  /// two or more kinds of posting heading (duties, requirements, benefits, how to apply)
  /// and not both resume headings.
  public static func guess(_ text: String) -> ContentKind? {
    var resume = Set<SectionKind>()
    var posting = Set<PostingSectionKind>()
    for cell in text.newlineLines.lazy.flatMap(Self.cells)
    where cell.utf8.count <= 60 {
      let heading = trimmedHeading(cell)
      guard !heading.isEmpty, heading.wordCount <= 5 else { continue }
      if let kind = SectionHeading.kind(of: heading), resumeSections.contains(kind) {
        resume.insert(kind)
      }
      if let kind = SectionClassifier.kind(ofHeading: heading), postingSections.contains(kind) {
        posting.insert(kind)
      }
    }
    if resume.count == resumeSections.count, posting.count <= 1 { return .resume }
    if posting.count >= 2, resume.count < resumeSections.count { return .posting }
    return nil
  }

  /// "Prep Cook          EDUCATION": the columns of a line laid out side by side, parted by
  /// a run of three or more spaces or a tab, so a sidebar's heading is read alone.
  private static func cells(_ line: Substring) -> [Substring] {
    guard line.hasBytes("   ") || line.hasBytes("\t") else { return [line] }
    var cells: [Substring] = []
    var start = line.startIndex
    var gap = 0
    for index in line.indices {
      let character = line[index]
      if character == " " || character == "\t" {
        gap += character == "\t" ? 3 : 1
        continue
      }
      if gap >= 3 {
        cells.append(line[start..<index])
        start = index
      }
      gap = 0
    }
    cells.append(line[start...])
    return cells
  }

  /// `cell` without the Markdown and plain-text heading marks around its words: the same as
  /// `trimmingCharacters(in: CharacterSet(charactersIn: " \t\r#*_=:-"))`, without the
  /// round trip through `NSString` that cost more than the rest of the guess.
  static func trimmedHeading(_ cell: Substring) -> String {
    cell.trimming(where: isHeadingMark)
  }

  private static func isHeadingMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case " ", "\t", "\r", "#", "*", "_", "=", ":", "-": return true
    default: return false
    }
  }
}
