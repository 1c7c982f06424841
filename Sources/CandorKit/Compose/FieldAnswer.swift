/// An ask for an industry ("Outdoor or apparel industry", "Grocery or food industry
/// experience") that one of the resume's roles plainly meets: its employer or title names
/// the industry ("Granite Peak Apparel"). The letter says the role as the answer, never as
/// "the closest my resume comes", which would hedge against the person's own record.
enum FieldAnswer {
  /// True when `ask` names an industry and `role`'s employer or title holds every core
  /// word of it, or of one of the industries it offers ("outdoor or apparel").
  static func meets(_ ask: String, by role: PlannedRole) -> Bool {
    let words = ContentWords.of(ask)
    guard !words.isDisjoint(with: industryWords) else { return false }
    let held = ContentWords.of(role.employer + " " + (role.position ?? ""))
    let head = ask.split(separator: "(", maxSplits: 1).first.map(String.init) ?? ask
    let options = head.replacingOccurrences(of: "/", with: " or ")
      .components(separatedBy: " or ").flatMap { $0.components(separatedBy: ",") }
    return options.contains { option in
      let core = ContentWords.of(option).subtracting(industryWords).subtracting(genericWords)
      return !core.isEmpty && core.count <= 3 && core.isSubset(of: held)
    }
  }

  /// The words that make an ask one for an industry, as `ContentWords` stems them.
  private static let industryWords = ContentWords.of("industry industries sector")

  /// Words that say how the industry is held, not which it is.
  private static let genericWords = ContentWords.of(
    "experience background knowledge preferred plus strong related similar")
}
