/// The line Greenhouse prints under a job title: "at Fernhollow Robotics (View all jobs)".
/// It names the company and is no part of the title.
enum GreenhouseByline {
  /// The company the byline names, or nil when `text` is no such byline.
  static func company(_ text: String) -> String? {
    // Every byline ends with the link's words, so most lines fail on their last byte.
    guard text.utf8.last == UInt8(ascii: ")"), text.hasAtMostCharacters(120),
      let groups = pattern.groups(in: text)
    else { return nil }
    return groups[1].trimmed
  }

  private static let pattern = Pattern(
    #"^\s*at\s+(\S.{0,90}?)\s*\(view all (?:jobs|openings|positions)\)$"#,
    requiring: ["view all"])
}
