/// Keeps soft skills from crowding out the hard requirements: after the third soft skill,
/// each further one counts half.
enum SoftSkillLimit {
  static let fullWeightCount = 3

  static func apply(_ ranked: [PostingKeyword]) -> [PostingKeyword] {
    var seen = 0
    let adjusted = ranked.map { keyword in
      guard keyword.category == .softSkill else { return keyword }
      seen += 1
      guard seen > fullWeightCount else { return keyword }
      var copy = keyword
      copy.weight = (keyword.weight * 50).rounded() / 100
      return copy
    }
    return KeywordExtractor.ranked(adjusted)
  }
}
