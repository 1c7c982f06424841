/// Organisations a letter writes about as the place it applies to, without an "applying to"
/// frame: "Cottonwood Family Pharmacy's second location", "Walgreens's new clinic",
/// "Brightwater Family Dentistry sees 40 patients a day". Asked only of letters that never
/// name the posting's company, where such a name is the company the letter was written for.
enum WrittenToNames {
  /// Last words that make a run of capitalised words an organisation's name.
  private static let organisationWords: Set<String> = [
    "pharmacy", "pharmacies", "dentistry", "dental", "clinic", "clinics", "health",
    "healthcare", "hospital", "medical", "center", "centre", "bank", "labs", "logistics",
    "systems", "solutions", "technologies", "foods", "market", "markets", "stores", "services",
    "partners", "associates", "consulting", "robotics", "analytics", "insurance", "agency",
    "foundation", "firm", "studio", "studios", "restaurant", "bakery", "hotel", "construction",
    "builders", "manufacturing", "distribution", "inc", "llc", "llp", "ltd", "corp", "company",
    "group", "holdings", "practice", "care",
  ]
  /// Nouns after a possessive that speak of a workplace: "Walgreens's second location".
  private static let workplaceNouns: Set<String> = [
    "location", "locations", "second", "new", "team", "teams", "store", "stores", "clinic",
    "office", "offices", "practice", "patients", "customers", "clients", "mission",
    "expansion", "growth", "plan", "plans", "pharmacy", "staff", "counter", "opening",
  ]

  /// Word ranges of such names in one sentence's words: a possessive name that opens the
  /// sentence or a clause ("I read that Walgreens is opening…"), or an organisation's name
  /// that opens one as the subject of a present-tense verb.
  static func find(in words: [LetterWord], text: String) -> [Range<Int>] {
    let clauses = words.indices.filter { clauseOpeners.contains(words[$0].key) }.map { $0 + 1 }
    return ([0] + clauses).filter { $0 < words.count }.compactMap {
      found(in: words, from: $0, text: text)
    }
  }

  /// Words after which a clause, and so a subject, starts.
  private static let clauseOpeners: Set<String> = ["that", "because", "how", "why", "when"]

  private static func found(in words: [LetterWord], from start: Int, text: String)
    -> Range<Int>?
  {
    guard start == 0 || words[start].isCapitalized, words[start].key != "i",
      let name = NameMatching.properName(in: words, from: start, text: text)
    else { return nil }
    let last = words[name.upperBound - 1]
    let isOrganisation = organisationWords.contains(last.key)
    let next = name.upperBound < words.count ? words[name.upperBound] : nil
    if isPossessive(last, text) {
      return isOrganisation || workplaceNouns.contains(next?.key ?? "") ? name : nil
    }
    guard let next, !next.isCapitalized else { return nil }
    if isOrganisation && isPresentVerb(next.key) { return name }
    // "Brightwater sees 40 patients a day": one uncommon word before a verb of what a
    // workplace does.
    let single = name.count == 1 && !DiscoveryWords.isCommon(last.key)
    return single && workplaceVerbs.contains(next.key) ? name : nil
  }

  private static let workplaceVerbs: Set<String> = [
    "sees", "serves", "makes", "builds", "runs", "opens", "ships", "moves", "employs",
    "treats", "fills", "operates", "offers", "provides", "is", "has", "needs", "plans",
  ]

  private static func isPossessive(_ word: LetterWord, _ text: String) -> Bool {
    let written = text[word.range]
    return ["'s", "’s", "s'", "s’"].contains { written.hasSuffix($0) }
  }

  /// "sees", "serves", "is", "has": a verb in the present tense after a name.
  private static func isPresentVerb(_ key: String) -> Bool {
    if ["is", "has", "will", "needs", "now"].contains(key) { return true }
    return key.count > 3 && key.hasSuffix("s") && !key.hasSuffix("ss") && !key.hasSuffix("us")
  }
}
