/// The resume's whole text, lowercased (``ClaimSources/text(of:)``), gathered at most once
/// per letter. The planner and the composer ask for it in several places (held spellings,
/// requirement options, tool names written together), and each gathering and lowercasing
/// of a resume cost about as much as planning one requirement.
///
/// A class so that the planner's copy and the composer's share one text; it lives as long
/// as one letter.
final class LoweredResumeText {
  private let resume: ParsedResume
  private var found: String?

  init(_ resume: ParsedResume) {
    self.resume = resume
  }

  /// The text, gathered on first use.
  var text: String {
    if let found { return found }
    let text = ClaimSources.text(of: resume)
    found = text
    return text
  }
}
