import Foundation

/// Which sources stand behind each slot of a plan, so every sentence can name them.
struct SourceMap {
  let plan: LetterPlan

  /// Sources for the slots shared by the whole letter, by slot name.
  var common: [String: [SourceRef]] {
    var map: [String: [SourceRef]] = [
      "company": [SourceRef(.posting, "company")], "role": [SourceRef(.posting, "title")],
      "team": [SourceRef(.posting, "company")],
      "currentRole": [.resume("work[0].position")], "previousRole": [.resume("work[0].position")],
      "previousEmployer": [.resume("work[0].name")], "recent": [.resume("education")],
      "presentRole": [.resume("work[0].position")], "presentEmployer": [.resume("work[0].name")],
    ]
    map["name"] = plan.recipient.source.map { [$0] }
    map["referrer"] = plan.referrer.map { [$0.source] }
    map["hook"] = plan.hook.map { [$0.source] }
    if let lead = plan.lead {
      map["lead"] = [.resume(lead.evidence.path)]
    }
    return map
  }

  func point(_ point: PlannedPoint) -> [SourceRef] {
    [.posting(line: point.line), .resume(point.evidence.evidence.path)]
  }

  var topic: [SourceRef] { plan.closing.topicSource.map { [$0] } ?? [] }
  var showcase: [SourceRef] { plan.closing.showcaseSource.map { [$0] } ?? [] }
}

/// Splits composed text into sentences and gives each the sources behind it.
enum SentenceSources {
  static func sentences(_ text: String, sources: [SourceRef]) -> [LetterSentence] {
    SentenceSplitter.split(text).map { LetterSentence($0, sources: sources) }
  }

  /// Each sentence gets the sources of the slot values it contains.
  static func sentences(
    _ text: String, slots: [String: String], sources: [String: [SourceRef]]
  ) -> [LetterSentence] {
    SentenceSplitter.split(text).map { sentence in
      let core = String(sentence.dropLast())
      var refs: [SourceRef] = []
      for (name, value) in slots.sorted(by: { $0.key < $1.key }) where !value.isEmpty {
        guard sentence.hasBytes(value) || !core.isEmpty && value.hasBytes(core),
          let found = sources[name]
        else {
          continue
        }
        for ref in found where !refs.contains(ref) { refs.append(ref) }
      }
      return LetterSentence(sentence, sources: refs)
    }
  }
}
