/// Every phrase pattern of every rule, indexed by first word, so one pass over the letter's
/// words finds all phrase hits.
struct PatternBook: Sendable {
  private struct Entry: Sendable {
    var rule: Int
    var pattern: Int
  }

  private let patterns: [[TokenPattern]]
  private let regions: [Region]
  private var index: [String: [Entry]] = [:]

  init(_ rules: [Rule]) {
    patterns = rules.map(\.check.patterns)
    regions = rules.map(\.check.region)
    for (rule, list) in patterns.enumerated() {
      for (number, pattern) in list.enumerated() {
        for key in Set(pattern.firstKeys) {
          index[key, default: []].append(Entry(rule: rule, pattern: number))
        }
      }
    }
  }

  /// Hits per rule (same order as the rules), longest first where two overlap.
  func scan(_ context: ReviewContext) -> [[PatternHit]] {
    var hits = Array(repeating: [PatternHit](), count: patterns.count)
    let regionParagraphs = Dictionary(
      uniqueKeysWithValues: Set(regions).map { ($0, Set(context.paragraphs(in: $0))) })
    for (paragraphIndex, paragraph) in context.letter.paragraphs.enumerated() {
      for (sentenceIndex, sentence) in paragraph.sentences.enumerated() {
        for (start, word) in sentence.words.enumerated() {
          guard let entries = index[word.key] else { continue }
          for entry in entries {
            let pattern = patterns[entry.rule][entry.pattern]
            guard regionParagraphs[regions[entry.rule]]?.contains(paragraphIndex) == true,
              let end = pattern.match(sentence.words, at: start, in: context.letter.text),
              let span = pattern.focusSpan(sentence.words, start, end, in: context.letter.text)
            else { continue }
            hits[entry.rule].append(
              PatternHit(
                paragraph: paragraphIndex, sentence: sentenceIndex, start: span.lowerBound,
                end: span.upperBound, pattern: entry.pattern))
          }
        }
      }
    }
    return hits.map(Self.withoutOverlaps)
  }

  /// Keeps the earliest, then longest, of overlapping hits.
  private static func withoutOverlaps(_ hits: [PatternHit]) -> [PatternHit] {
    guard hits.count > 1 else { return hits }
    let sorted = hits.sorted {
      ($0.paragraph, $0.sentence, $0.start, -$0.end) < (
        $1.paragraph, $1.sentence, $1.start, -$1.end
      )
    }
    var kept: [PatternHit] = []
    for hit in sorted {
      if let last = kept.last, last.paragraph == hit.paragraph, last.sentence == hit.sentence,
        hit.start < last.end
      {
        continue
      }
      kept.append(hit)
    }
    return kept
  }
}

/// Where one pattern matched: paragraph, sentence and word span.
struct PatternHit: Sendable, Equatable {
  var paragraph: Int
  var sentence: Int
  /// First word index.
  var start: Int
  /// Word index after the last word.
  var end: Int
  var pattern: Int
}
