import Foundation

/// Compares extracted terms with hand-made labels the way `labels/README.md` prescribes.
enum TermMatcher {
  /// NFKC, case-folded, ’ as ', `-` `_` `/` and whitespace runs as one space, surrounding
  /// punctuation stripped; `+`, `#` and `.` inside a token survive (C++, C#, Node.js).
  static func normalize(_ text: String) -> String {
    let folded = text.precomposedStringWithCompatibilityMapping
      .folding(options: [.caseInsensitive], locale: nil)
      .replacingOccurrences(of: "\u{2019}", with: "'")
    let spaced = folded.replacingOccurrences(
      of: #"[-_/\s]+"#, with: " ", options: .regularExpression)
    let edge = CharacterSet.punctuationCharacters.union(.symbols).union(.whitespaces)
      .subtracting(CharacterSet(charactersIn: "+#"))
    return spaced.trimmingCharacters(in: edge)
  }

  /// True when two strings are equal after normalisation.
  static func same(_ lhs: String?, _ rhs: String?) -> Bool {
    switch (lhs, rhs) {
    case (nil, nil): return true
    case (let lhs?, let rhs?): return normalize(lhs) == normalize(rhs)
    default: return false
    }
  }

  /// Matches predicted terms to gold terms one to one, greedily in gold order.
  ///
  /// A gold term accepts itself and its aliases; the lenient variant also accepts a
  /// prediction that contains the gold term (or is contained in it) as whole words.
  static func matchCount(
    predicted: [String], gold: [String], aliases: [String: [String]], lenient: Bool
  ) -> Int {
    var unused = Array(Set(predicted.map(normalize))).sorted()
    var matched = 0
    for term in gold {
      let accepted = Set(([term] + (aliases[term] ?? [])).map(normalize))
      let hit = unused.firstIndex { candidate in
        accepted.contains(candidate)
          || (lenient
            && accepted.contains { containsWords(candidate, $0) || containsWords($0, candidate) })
      }
      if let hit {
        unused.remove(at: hit)
        matched += 1
      }
    }
    return matched
  }

  private static func containsWords(_ text: String, _ part: String) -> Bool {
    guard !part.isEmpty else { return false }
    return " \(text) ".contains(" \(part) ")
  }
}

/// Precision and recall averaged over documents (macro average).
struct PrecisionRecall {
  private(set) var precisions: [Double] = []
  private(set) var recalls: [Double] = []

  /// Adds one document: `matched` of `predicted` extracted terms hit `gold` labelled terms.
  mutating func add(matched: Int, predicted: Int, gold: Int) {
    precisions.append(predicted == 0 ? 0 : Double(matched) / Double(predicted))
    if gold > 0 { recalls.append(Double(matched) / Double(gold)) }
  }

  var precision: Double {
    precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
  }
  var recall: Double { recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count) }
  var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}
