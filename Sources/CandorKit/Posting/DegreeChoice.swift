/// Degrees a posting offers as a choice: "Bachelor's or Master's in GIS" and "BS, MS or
/// PhD" ask for the lowest of them, since any one satisfies, and never require the higher.
enum DegreeChoice {
  /// `matches` without the higher degrees of each choice of degrees joined by "or", "/" or
  /// commas; `matches` itself when the text names fewer than two degrees.
  static func lowest(_ matches: [TermMatch], in text: String) -> [TermMatch] {
    let degrees = matches.indices.filter { matches[$0].category == .degree }
    guard degrees.count >= 2 else { return matches }
    var dropped = Set<Int>()
    var run = [degrees[0]]
    var offersChoice = false
    func close() {
      guard offersChoice, let keep = run.min(by: { rank(matches[$0]) < rank(matches[$1]) })
      else { return }
      dropped.formUnion(run.filter { $0 != keep })
    }
    for index in degrees.dropFirst() {
      let end = matches[run[run.count - 1]].range.upperBound
      let start = matches[index].range.lowerBound
      if end <= start, let offers = joint(text[end..<start]) {
        run.append(index)
        offersChoice = offersChoice || offers
        continue
      }
      close()
      run = [index]
      offersChoice = false
    }
    close()
    guard !dropped.isEmpty else { return matches }
    return matches.indices.filter { !dropped.contains($0) }.map { matches[$0] }
  }

  /// Whether `gap` joins two degrees of one list: nil when it does not, true when it offers
  /// a choice ("or", "/"), false for a comma alone.
  private static func joint(_ gap: Substring) -> Bool? {
    let words = gap.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
    if words.isEmpty { return gap.contains(",") ? false : nil }
    return words.allSatisfy { $0 == "or" || $0 == "/" } ? true : nil
  }

  private static func rank(_ match: TermMatch) -> Int { DegreeRank.rank(match.term) }
}
