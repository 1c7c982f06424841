/// Whether a resume meets a must-have that asks for years in a field ("8+ years of
/// experience in data engineering"), judged by the years its dated roles add up to.
enum FieldYears {
  /// True when the dated roles cover at least the years `requirement` asks for and each
  /// of its `terms` (any one, when the requirement offers them as options: "freight
  /// brokerage, 3PL or shipper-side logistics") is a skill the resume shows (`known`) or is
  /// named by a role: a "Data Engineer" shows data engineering though no line says so, a
  /// role at "Pacific Crest Logistics" shows logistics, an "Assistant Store Manager" retail
  /// management.
  static func isMet(
    _ requirement: Requirement, terms: [String], by resume: ParsedResume,
    known: Set<String>
  ) -> Bool {
    guard let years = requirement.years, years > 0, resume.yearsOfExperience >= years else {
      return false
    }
    let roles = resume.resume.work.map { work in
      let words = ClosestFacts.stems(
        [work.position, work.name].compactMap { $0 }.joined(
          separator: " "))
      return words.union(words.flatMap { implied[$0] ?? [] })
    }
    let isMet = { (term: String) in
      if known.contains(term) { return true }
      let wanted = ClosestFacts.stems(term)
      return !wanted.isEmpty && roles.contains { wanted.isSubset(of: $0) }
    }
    let offersOptions = requirement.text.lowercased().hasBytes(" or ")
    return offersOptions ? terms.contains(where: isMet) : terms.allSatisfy(isMet)
  }

  /// Field stems a role's word implies, by `ClosestFacts.stems`: a store or shop is retail,
  /// and a guest services agent, cashier, receptionist or concierge serves customers.
  // FIXME: a hand-made list of the fields the trials met; a field lexicon would be wider.
  private static let implied: [String: [String]] = [
    "store": ["retai"], "shop": ["retai"], "bouti": ["retai"],
    "wareh": ["logis"], "freig": ["logis"],
    "guest": customerService, "cashi": customerService, "recep": customerService,
    "conci": customerService, "telle": customerService,
  ]

  /// The stems of "customer service".
  private static let customerService = ["custo", "servi"]
}
