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
    if offersOptions ? terms.contains(where: isMet) : terms.allSatisfy(isMet) { return true }
    let offered = fields(of: requirement.text)
    return resume.resume.work.contains { shows(offered, $0) }
  }

  /// The fields a years ask offers, each as the words a role's line must all hold: "3+
  /// years in a SOC or incident response role" offers incident response. A field of one
  /// word ("supply") is left to the title and employer, where one word is enough.
  static func fields(of text: String) -> [Set<String>] {
    let options = text.lowercased().replacingOccurrences(of: "/", with: " or ")
      .components(separatedBy: " or ").flatMap { $0.components(separatedBy: ",") }
    let generic = askWords.union(placeWords)
    return options.map { option in
      ClosestFacts.contentWords(option).filter { !generic.contains(String($0.prefix(5))) }
    }.filter { $0.count >= 2 }
  }

  /// True when a line of `work` (its summary or a highlight) names every word of one of
  /// `fields`: "Led response to 17 phishing incidents" is work in incident response.
  static func shows(_ fields: [Set<String>], _ work: Resume.Work) -> Bool {
    guard !fields.isEmpty, !work.isBreak else { return false }
    return ([work.summary].compactMap { $0 } + (work.highlights ?? [])).contains { line in
      fields.contains { FieldPlaces.near($0, in: line) }
    }
  }

  /// The dated roles whose title or employer names the field `requirement` asks years in
  /// ("Supply Planner" for "3-5 years in supply or demand planning"), when together they
  /// cover the years asked by `today` (ISO 8601); nil when none does or they fall short,
  /// since a letter that answers a years ask must show the years, not pretend to.
  static func roles(for requirement: Requirement, in resume: Resume, today: String) -> [Int]? {
    guard let years = requirement.years, years > 0,
      let now = PartialDate(iso: today)
    else { return nil }
    let wanted = ClosestFacts.stems(requirement.text).subtracting(askWords)
    let offered = fields(of: requirement.text)
    let indices = resume.work.indices.filter { index in
      let work = resume.work[index]
      guard !work.isBreak else { return false }
      let words = ClosestFacts.stems(
        [work.position, work.name].compactMap { $0 }.joined(separator: " "))
      return !wanted.isDisjoint(with: words.union(words.flatMap { implied[$0] ?? [] }))
        || shows(offered, work)
    }
    guard !indices.isEmpty,
      ExperienceYears.years(indices.map { resume.work[$0] }, today: now) >= years
    else { return nil }
    return indices
  }

  /// Stems of the words every years ask uses, which name no field.
  private static let askWords = ClosestFacts.stems(
    "years year experience minimum least progressive professional related relevant including")

  /// Stems of the words that say where the years were spent, not in which field: "role",
  /// "setting", "environment".
  private static let placeWords = ClosestFacts.stems(
    "role roles position setting environment capacity function")

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
