/// Reorders the skills section: within each group the posting's keywords first, must-haves
/// before the rest and heavier before lighter, then the other skills as they were; groups
/// that hold must-haves come first.
enum SkillOrder {
  static func reorder(_ skills: [Resume.Skill], keywords: [PostingKeyword], lexicon: Lexicon)
    -> ([Resume.Skill], TailorChange)?
  {
    guard !skills.isEmpty else { return nil }
    let rank = SkillRank(keywords: keywords, lexicon: lexicon)
    var groups = skills.map { group -> Resume.Skill in
      var copy = group
      if let items = group.keywords {
        let ranks = items.map(rank.rank)
        copy.keywords = items.indices.sorted {
          ranks[$0] != ranks[$1] ? ranks[$0] < ranks[$1] : $0 < $1
        }
        .map { items[$0] }
      }
      return copy
    }
    let best = groups.map { group in
      ([group.name].compactMap { $0 } + (group.keywords ?? [])).map(rank.rank).min() ?? .max
    }
    groups = groups.indices.sorted { best[$0] != best[$1] ? best[$0] < best[$1] : $0 < $1 }
      .map { groups[$0] }
    guard groups != skills else { return nil }
    let first = groups.flatMap { $0.keywords ?? [] }.filter { rank.rank($0) < Int.max }.prefix(5)
    let message =
      "must-haves first"
      + (first.isEmpty ? "" : ": " + first.joined(separator: ", "))
    return (groups, TailorChange(kind: .skills, section: "Skills", message: message, dropped: []))
  }
}

/// Where a skill falls in the posting's keyword order: its keyword's place with must-haves
/// ahead, `Int.max` for a skill that names none of the posting's keywords.
struct SkillRank {
  private var places: [String: Int] = [:]
  private let lexicon: Lexicon

  init(keywords: [PostingKeyword], lexicon: Lexicon) {
    self.lexicon = lexicon
    let ordered = keywords.enumerated().sorted { a, b in
      a.element.tier != b.element.tier ? a.element.tier < b.element.tier : a.offset < b.offset
    }
    for (place, item) in ordered.enumerated() {
      for option in item.element.options where places[option.key] == nil {
        places[option.key] = place
      }
    }
  }

  /// The item's own place, else the best place of a term it names: "NEC code compliance"
  /// stands where the posting's NEC does.
  func rank(_ skill: String) -> Int {
    if let place = places[lexicon.key(for: skill)] { return place }
    return lexicon.matches(in: skill).compactMap { places[lexicon.key(for: $0.term)] }.min()
      ?? Int.max
  }
}
