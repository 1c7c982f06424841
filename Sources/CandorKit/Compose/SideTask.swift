/// A statement of a minor side task: help given to others' work ("Help with inventory") or
/// work done now and then ("… on Sundays", "as needed"). True, and worth telling, but a
/// letter never opens on it: the opening leads with the strongest evidence.
enum SideTask {
  static func isSideTask(_ statement: String) -> Bool {
    let lower = " " + statement.lowercased().trimmingPunctuation() + " "
    // Only the first two words are read: the rest stays one piece.
    let words = lower.split(separator: " ", maxSplits: 2)
    if let first = words.first, helperVerbs.contains(String(first)), words.count > 1,
      ["with", "out", "on"].contains(words[1])
    {
      return true
    }
    return occasional.contains { lower.hasBytes($0) }
  }

  /// Verbs of helping, which make the work someone else's when followed by "with".
  private static let helperVerbs: Set<String> = [
    "help", "helped", "helping", "helps", "assist", "assisted", "assisting", "assists",
  ]

  /// Phrases that limit the work to now and then.
  private static let occasional = [
    " on sundays ", " on saturdays ", " on weekends ", " at weekends ", " occasionally ",
    " as needed ", " when needed ", " from time to time ", " sometimes ",
  ]
}
