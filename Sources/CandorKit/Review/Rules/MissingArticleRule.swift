/// The rule on an article dropped before a noun the posting asks for.
extension LanguageRules {
  static let missingArticle = Rule(
    id: "missing-article", title: "Missing article",
    summary: "A singular count noun the posting asks for stands without 'a' or 'the' "
      + "('You ask for teaching credential').",
    rationale: "A dropped article reads as a form filled in by a machine, in the one "
      + "sentence that answers the posting.",
    category: .language, severity: .warning, scope: .sentence,
    fix: "put 'a' or 'the' before the noun: 'You ask for a teaching credential'",
    check: .code(MissingArticleCheck()),
    examples: [
      .triggers("You ask for ↓teaching credential."),
      .triggers("The role requires ↓valid driver's license and a car."),
      .passes("You ask for experience with payroll and a teaching credential."),
      .passes("The posting asks for QuickBooks and CPR certification."),
      .passes("You need a license, the degree and one passport."),
      .passes("You ask for degree-level chemistry knowledge."),
    ])
}
