import Foundation

/// Decides what a letter will say: who it is for, what it opens on, which requirements it
/// answers with which evidence, and how it closes. Pure selection; no sentence is written.
public struct LetterPlanner {
  public let posting: JobPosting
  public let resume: ParsedResume
  public let options: LetterOptions
  /// The date letters are written on, ISO 8601; decides gaps and recency.
  public let today: String

  public init(posting: JobPosting, resume: ParsedResume, options: LetterOptions, today: String) {
    self.posting = posting
    self.resume = resume
    self.options = options
    self.today = today
  }

  public func plan() throws(CandorError) -> LetterPlan {
    let (level, levelReason) = LevelResolver.resolve(
      options.level, resume: resume, posting: posting)
    let (opener, openerReason) = try OpenerResolver(
      posting: posting, resume: resume, options: options, today: today
    ).resolve()
    let ranker = EvidenceRanker(evidence: resume.evidence, level: level)
    let lead = leadEvidence(ranker)
    let points = choosePoints(ranker, excluding: lead.map { [$0.evidence.path] } ?? [])
    var used = Set(points.map(\.evidence.evidence.path) + [lead?.evidence.path].compactMap { $0 })
    let relevant = ranker.rank(for: postingNeed, skills: posting.skills.map(\.term))
      .filter { !used.contains($0.evidence.path) && $0.evidence.source != .summary }
    let emphasis = relevant.first { ranker.levelFit($0.evidence) > 0 }
    used.insert(emphasis?.evidence.path ?? "")
    return LetterPlan(
      recipient: recipient(), company: posting.company, role: posting.title, hook: hook(),
      lead: lead, points: points, emphasis: emphasis,
      reserve: relevant.filter { !used.contains($0.evidence.path) }, opener: opener,
      openerReason: openerReason, level: level,
      levelReason: levelReason,
      closing: ClosingPlanner(posting: posting, resume: resume).plan(
        near: ([lead] + points.map(\.evidence)).compactMap { $0?.evidence }),
      signOff: signOff(), unmetRequirements: unmetRequirements())
  }

  private func recipient() -> PlannedRecipient {
    if let name = options.recipient?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
      return PlannedRecipient(name: name, addressee: name, source: .option("--to"))
    }
    if let contact = posting.recipient {
      return PlannedRecipient(
        name: contact.name, addressee: contact.name, source: contact.line.map(SourceRef.posting))
    }
    if let company = posting.company {
      return PlannedRecipient(name: nil, addressee: "\(company) team", source: nil)
    }
    if let title = posting.title {
      return PlannedRecipient(name: nil, addressee: "\(title) hiring team", source: nil)
    }
    return PlannedRecipient(name: nil, addressee: "hiring team", source: nil)
  }

  /// `--hook` wins; otherwise the posting's most specific hook, then a scale figure.
  private func hook() -> PlannedHook? {
    if let text = options.hook?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
      return PlannedHook(text: text, source: .option("--hook"))
    }
    let order: [CompanyHook.Kind] = [.initiative, .product, .scale, .growth, .mission, .culture]
    let ranked = posting.hooks.sorted {
      (order.firstIndex(of: $0.kind) ?? 9, $0.line) < (order.firstIndex(of: $1.kind) ?? 9, $1.line)
    }
    if let best = ranked.first(where: { $0.text.split(separator: " ").count <= 40 }) {
      return PlannedHook(text: best.text, source: .posting(line: best.line))
    }
    if let figure = posting.scaleFigures.first {
      return PlannedHook(text: figure.sentence, source: .posting(line: figure.line))
    }
    return nil
  }

  /// The posting's title, requirements and responsibilities as one need.
  private var postingNeed: String {
    let lines = posting.requirements.map(\.text) + posting.responsibilities.map(\.text)
    return ([posting.title ?? ""] + lines)
      .joined(separator: " ")
  }

  /// The evidence that best fits the posting as a whole, preferring one with a number.
  private func leadEvidence(_ ranker: EvidenceRanker) -> PlannedEvidence? {
    let ranked = ranker.rank(for: postingNeed, skills: posting.skills.map(\.term))
    let work = ranked.filter { $0.evidence.source != .summary }
    return work.first { !$0.evidence.metrics.isEmpty } ?? work.first
  }

  private func choosePoints(_ ranker: EvidenceRanker, excluding used: [String]) -> [PlannedPoint] {
    var used = Set(used)
    var points: [PlannedPoint] = []
    let limit = options.length == .short ? 1 : 3
    for need in needs() where points.count < limit {
      let ranked = ranker.rank(for: need.text, skills: need.skills)
      guard let best = ranked.first(where: { !used.contains($0.evidence.path) && $0.score >= 3 })
      else { continue }
      used.insert(best.evidence.path)
      points.append(
        PlannedPoint(requirement: need.text, tier: need.tier, line: need.line, evidence: best))
    }
    return points
  }

  /// Requirements, must-haves first and most stressed first; responsibilities when the
  /// posting lists no requirements.
  private func needs() -> [Requirement] {
    if !posting.requirements.isEmpty {
      return posting.requirements.sorted { left, right in
        if left.tier != right.tier { return left.tier < right.tier }
        if left.emphasis != right.emphasis { return left.emphasis > right.emphasis }
        return left.line < right.line
      }
    }
    return posting.responsibilities.map {
      Requirement(text: $0.text, tier: .other, skills: skillTerms(in: $0.text), line: $0.line)
    }
  }

  private func skillTerms(in text: String) -> [String] {
    Lexicon.standard.matches(in: text).map(\.term)
  }

  private func unmetRequirements() -> [String] {
    let known = Set(resume.skills.map(\.term) + resume.evidence.flatMap(\.skills))
    return posting.requirements.filter { requirement in
      requirement.tier == .required && !requirement.skills.isEmpty
        && requirement.skills.allSatisfy { !known.contains($0) }
    }.map(\.text)
  }

  private func signOff() -> PlannedSignOff {
    let basics = resume.resume.basics
    let link = basics?.url ?? basics?.profiles?.compactMap(\.url).first
    let contacts = [basics?.email, basics?.phone, link].compactMap { $0 }.filter { !$0.isEmpty }
    return PlannedSignOff(name: basics?.name, contacts: contacts)
  }
}
