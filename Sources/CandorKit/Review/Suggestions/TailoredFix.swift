/// A rule's fix said with the person's own material when the posting or resume is given:
/// the tools the posting asks for that the resume shows, or a measured result the resume
/// states. A nurse is pointed at her own Epic charting, never at a database she never used.
enum TailoredFix {
  /// The categories a "name the tool" fix may name: tools, not credentials or degrees.
  private static let toolCategories: Set<SkillCategory> = [
    .language, .framework, .database, .cloud, .tool,
  ]

  /// The fix for `rule` built from the inputs, or nil to use the rule's neutral fix.
  static func text(for rule: Rule, _ context: ReviewContext) -> String? {
    switch rule.id {
    case "vague-technology", "no-named-technology":
      guard let tools = tools(context) else { return nil }
      return "name the tools you used and what you did with each: \(tools)"
    case "hedging":
      guard let result = result(context) else { return nil }
      return "drop the hedge and state the fact, as your resume does: '\(result)'"
    case "unbacked-soft-skill", "self-praise", "passion-statement":
      guard let result = result(context) else { return nil }
      return "let a result from your resume make the point instead: '\(result)'"
    case "no-quantified-achievement":
      guard let result = result(context) else { return nil }
      return "add one measured result, such as your resume's '\(result)'"
    default:
      return nil
    }
  }

  /// Up to three tools, the posting's must-haves the resume shows first, in the posting's
  /// spelling: "'Epic' and 'Pyxis'".
  static func tools(_ context: ReviewContext) -> String? {
    let resumeTerms = context.resume.map { resume in
      Set(resume.skills.map(\.term) + resume.evidence.flatMap(\.skills))
    }
    var names: [String] = []
    if let job = context.job {
      let asked = KeywordGapCheck.mustHaves(job, context.lexicon).filter { term in
        isTool(term, context) && (resumeTerms?.contains(term) ?? true)
      }
      names = asked.map(job.spelling(of:))
    }
    if names.isEmpty, let resume = context.resume {
      names = resume.skills.filter { isTool($0.term, context) }.map(\.spelling)
    }
    var seen = Set<String>()
    let distinct = names.filter { seen.insert($0.lowercased()).inserted }.prefix(3)
    guard !distinct.isEmpty else { return nil }
    return SlotValues.list(distinct.map { "'\($0)'" })
  }

  /// A tool, never a spoken language ("Spanish" shares the `language` category).
  private static func isTool(_ term: String, _ context: ReviewContext) -> Bool {
    let entry = context.lexicon.entry(for: term)
    if entry?.isSpokenLanguage == true { return false }
    let category = context.job?.skills.first { $0.term == term }?.category ?? entry?.category
    return category.map(toolCategories.contains) ?? false
  }

  /// The resume statement that best answers the posting, said in the first person, when it
  /// states a number ("at Mercy I cut falls on my unit by 38%").
  static func result(_ context: ReviewContext) -> String? {
    guard let resume = context.resume else { return nil }
    let measured = resume.evidence.filter {
      $0.source != .summary && !$0.text.isEmpty && !$0.metrics.isEmpty
    }
    let best: Evidence?
    if let job = context.job {
      best =
        FixWriter.bestEvidence(resume, for: job).flatMap { $0.metrics.isEmpty ? nil : $0 }
        ?? measured.first
    } else {
      best = measured.first { $0.source == .work } ?? measured.first
    }
    return best.map { FixWriter.claim($0) }
  }
}
