/// Fields of work a posting asks for by name, found where a resume shows them without the
/// phrase: a role's title ("Data Engineer II" shows data engineering), a degree's field ("B.A.
/// in Economics" shows economics), or every word of a field of two or more words on one line
/// of a role, in any order ("Led response to 17 phishing incidents" shows incident
/// response), as the letter's planner reads a years ask (``FieldYears``).
struct FieldPlaces {
  private struct Field {
    var key: String
    var term: String
    var stems: Set<String>
    /// Its words as ``ClosestFacts/contentWords(_:)`` gives them, for a role's line.
    var words: Set<String>
    /// True for a domain ("supply chain"), which a title or a degree's field can name.
    var isDomain: Bool
  }

  private let fields: [Field]

  init(_ keywords: [PostingKeyword]) {
    fields = keywords.filter { $0.category == .domain || $0.category == .hardSkill }
      .flatMap { keyword in
        keyword.options.map {
          Field(
            key: $0.key, term: $0.term, stems: ClosestFacts.stems($0.term),
            words: ClosestFacts.contentWords($0.term), isDomain: keyword.category == .domain)
        }
      }.filter { !$0.stems.isEmpty && Self.isWhole($0.words, of: $0.term) }
  }

  /// True when `words` hold every word of `term`: "P2P networking" is not shown by a
  /// "Network Developer", though "P2P" is too short a word to compare.
  private static func isWhole(_ words: Set<String>, of term: String) -> Bool {
    let all = term.lowercased().split { $0 == " " || $0 == "-" || $0 == "/" }.filter {
      !["and", "of", "the", "&", "for", "in", "to"].contains($0)
    }
    return words.count == all.count
  }

  /// The keys of the fields `place` shows this way.
  func keys(in place: MatchPlace) -> [String] {
    guard !fields.isEmpty else { return [] }
    switch place.part {
    case .role:
      return keys(held: ClosestFacts.stems(place.text)) { $0.isDomain }
    case .education:
      guard let area = place.degree?.area else { return [] }
      return keys(held: ClosestFacts.stems(area)) { $0.isDomain }
    case .highlight, .summary, .project:
      let held = ClosestFacts.stems(place.text)
      return fields.filter {
        $0.words.count >= 2 && $0.stems.isSubset(of: held) && Self.near($0.words, in: place.text)
      }.map(\.key)
    default:
      return []
    }
  }

  /// True when each of `wanted` (``ClosestFacts/contentWords(_:)``) is among a few words in
  /// a row of `text`, itself or a longer form of it ("engineer", "engineering"): "led
  /// response to 17 phishing incidents" holds incident response, while "support
  /// customization" holds no customer support, nor do two words far apart in a long line.
  static func near(_ wanted: Set<String>, in text: String) -> Bool {
    let words = text.split { !$0.isLetter }.map { ClosestFacts.contentWords(String($0)).first }
    let width = wanted.count + 3
    return words.indices.contains { start in
      let window = words[start..<min(start + width, words.count)].compactMap { $0 }
      return wanted.allSatisfy { word in
        window.contains {
          abs($0.count - word.count) <= 3 && ($0.hasPrefix(word) || word.hasPrefix($0))
        }
      }
    }
  }

  private func keys(held: Set<String>, where fits: (Field) -> Bool) -> [String] {
    fields.filter { fits($0) && $0.stems.isSubset(of: held) }.map(\.key)
  }
}
