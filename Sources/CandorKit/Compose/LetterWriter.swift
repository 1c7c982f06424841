/// Writes a grounded cover letter: plans what to say, then composes it in the chosen tone.
public enum LetterWriter {
  /// A letter for `posting` from `resume`. `today` is an ISO 8601 date; it decides gaps.
  public static func write(
    posting: JobPosting, resume: ParsedResume, options: LetterOptions = LetterOptions(),
    today: String
  ) throws(CandorError) -> Letter {
    let planner = LetterPlanner(
      posting: posting, resume: resume, options: options, today: today)
    let plan = try planner.plan()
    let composer = LetterComposer(
      plan: plan, posting: posting, resume: resume, options: options,
      bank: PhraseBank.bundled(options.tone), knownSkills: planner.knownSkills,
      resumeText: planner.resumeText)
    let paragraphs = composer.compose()
    var told = plan
    told.unmetRequirements = AnsweredAsks.unanswered(
      plan.unmetRequirements, in: paragraphs, posting: posting)
    return Letter(paragraphs: paragraphs, options: options, plan: told)
  }
}
