/// How a letter picks the statement it opens on: the strongest evidence for the posting.
extension LetterPlanner {
  /// The evidence that best fits the posting as a whole, preferring one with a number.
  /// `ranked` is all evidence ranked for the whole posting.
  func leadEvidence(_ ranker: EvidenceRanker, _ ranked: [PlannedEvidence])
    -> PlannedEvidence?
  {
    // A vague statement ("worked on web services") would open the letter on nothing, and a
    // side task ("Help with inventory on Sundays") on the least of the record.
    let work = ranked.filter {
      $0.evidence.source != .summary && !ranker.isVague($0.evidence) && !Self.isMinor($0.evidence)
    }
    // A statement naming a must-have's tool ("Fill 300 prescriptions … in PioneerRx") opens
    // before one that only shares words with the posting ("Ran the register …").
    let mustHave = Set(
      posting.requirements.filter { $0.tier == .required }.flatMap(\.skills).filter(isHard))
    // A tool the lexicon lacks ("PioneerRx") is in no statement's skills: its name is read.
    // Such a statement may share too few words with the posting to be ranked at all.
    let mustTools = ranker.evidence.indices.filter { index in
      let item = ranker.evidence[index]
      return item.source == .work && !item.metrics.isEmpty && !ranker.isVague(index)
        && names(item, anyOf: Array(mustHave))
    }.map { index in
      work.first { $0.evidence.path == ranker.evidence[index].path }
        ?? PlannedEvidence(evidence: ranker.evidence[index], score: 0, sharedTerms: [])
    }
    // A measured result that answers a must-have ("Reached 118% of quota") opens before one
    // that only shares words with the duties ("Visited 15 customer sites a week").
    let answering = mustHaveAnswers(ranker)
    if let best = mustTools.max(by: { $0.score < $1.score })
      ?? work.first(where: {
        !$0.evidence.metrics.isEmpty && answering.contains($0.evidence.path)
      })
      ?? work.first(where: { !$0.evidence.metrics.isEmpty }) ?? work.first
    {
      return best
    }
    // Nothing matches the posting: lead with the strongest statement on the record.
    let order: [Evidence.Source] = [.work, .project, .volunteer]
    let strongest = ranker.evidence.indices.filter {
      order.contains(ranker.evidence[$0].source) && !ranker.isVague($0)
        && !Self.isMinor(ranker.evidence[$0])
    }
    .min {
      let (a, b) = (ranker.evidence[$0].source, ranker.evidence[$1].source)
      if a != b { return order.firstIndex(of: a)! < order.firstIndex(of: b)! }
      return ranker.bonus($0) > ranker.bonus($1)
    }
    return strongest.map {
      PlannedEvidence(evidence: ranker.evidence[$0], score: 0, sharedTerms: [])
    }
  }

  /// The paths of the statements that answer a must-have: ranked for it with a score a
  /// point would need.
  func mustHaveAnswers(_ ranker: EvidenceRanker) -> Set<String> {
    var paths = Set<String>()
    for need in posting.requirements where need.tier == .required {
      let ranked = ranker.rank(for: need.text, skills: need.skills)
      paths.formUnion(ranked.filter { $0.score >= 3 }.map(\.evidence.path))
    }
    return paths
  }

  /// A side task with no number to show for it: never the statement a letter opens on.
  static func isMinor(_ item: Evidence) -> Bool {
    item.metrics.isEmpty && SideTask.isSideTask(item.text)
  }

  /// True when `item` names one of `terms`, in its skills or, for a tool the lexicon lacks,
  /// in its words.
  func names(_ item: Evidence, anyOf terms: [String]) -> Bool {
    terms.contains { term in
      item.skills.contains(term)
        || posting.skills.contains { $0.term == term && StatedToolNames.names($0, in: item.text) }
    }
  }
}
