import Foundation

/// Match rates: the weighted share of keywords found, overall, per category and per tier,
/// and the advice that goes with the overall rate.
enum MatchRates {
  /// The rate at which to stop adding keywords: past it, more read as stuffing.
  static let enough = 0.8

  static func rate(_ keywords: [PostingKeyword], found: (PostingKeyword) -> Bool) -> Double {
    rate(keywords.map { ($0, found($0)) })
  }

  static func rate(_ pairs: [(PostingKeyword, Bool)]) -> Double {
    let total = pairs.reduce(0) { $0 + $1.0.weight }
    let found = pairs.filter(\.1).reduce(0) { $0 + $1.0.weight }
    return total == 0 ? 0 : rounded(found / total)
  }

  static func byCategory(_ results: [KeywordResult]) -> [GroupRate] {
    KeywordCategory.allCases.compactMap { category in
      group(category.rawValue, results.filter { $0.category == category })
    }
  }

  static func byTier(_ results: [KeywordResult]) -> [GroupRate] {
    Tier.allCases.compactMap { tier in group(tier.rawValue, results.filter { $0.tier == tier }) }
  }

  private static func group(_ name: String, _ results: [KeywordResult]) -> GroupRate? {
    guard !results.isEmpty else { return nil }
    let total = results.reduce(0) { $0 + $1.weight }
    let found = results.filter(\.found).reduce(0) { $0 + $1.weight }
    return GroupRate(
      name: name, found: results.filter(\.found).count, total: results.count,
      rate: total == 0 ? 0 : rounded(found / total))
  }

  /// Three decimals, so the same inputs print the same numbers everywhere.
  static func rounded(_ value: Double) -> Double {
    (value * 1000).rounded() / 1000
  }

  static func advice(_ rate: Double) -> String {
    let percent = Int((rate * 100).rounded())
    if rate >= enough {
      return "\(percent) % is enough: stop here. Past about 80 %, more keywords make a "
        + "document read as stuffed, and screens rarely ask for more."
    }
    return "\(percent) % of the weighted keywords: aim for about 80 %, adding only what is "
      + "true — start with the recommendations, never the gaps."
  }
}
