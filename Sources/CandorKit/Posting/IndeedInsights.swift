/// Indeed's "Profile insights" block above a posting: the skills it guesses the reader has,
/// each with a question ("Do you have experience in Zendesk?"), then "Job details" with the
/// pay and job type the byline already states. None of it is the employer's text.
enum IndeedInsights {
  /// When `lines[index]` opens the block, the index of the first line after it: the line
  /// after "Full job description", else the line after the block's last question.
  static func end(_ lines: [TextLine], at index: Int) -> Int? {
    let text = lines[index].text
    // The length first: nearly every line fails it, and only the rest are lowercased.
    guard (16...24).contains(text.utf8.count), text.trimmed.lowercased() == "profile insights"
    else { return nil }
    let window = lines[(index + 1)...].prefix(40)
    if let full = window.firstIndex(where: { $0.text.trimmed.lowercased() == closing }) {
      return full + 1
    }
    let question = window.lastIndex { $0.text.hasSuffix("?") }
    return (question ?? index) + 1
  }

  /// The line after which the employer's own description starts.
  private static let closing = "full job description"
}
