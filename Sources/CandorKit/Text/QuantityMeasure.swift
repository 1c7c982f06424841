import Foundation

/// What a quantity measures, read from the words around it: the cue words of each measure
/// ("latency", "revenue", "users"), the noun a count names, and who a number of people are.
extension QuantityExtractor {
  private static let measureWords: [(Quantity.Measure, [String])] = [
    (.latency, ["latency", "response time", "load time", "p95", "p99", "p50", "page load"]),
    (.revenue, ["revenue", "sales", "arr", "mrr", "bookings revenue", "pipeline", "quota"]),
    (.cost, ["cost", "costs", "savings", "saved", "spend", "budget", "expenses"]),
    (
      .users,
      [
        "users", "customers", "patients", "students", "members", "visitors", "subscribers",
        "clients", "learners", "teachers", "residents",
      ]
    ),
    (.requests, ["requests", "queries", "calls", "rps", "qps", "api calls", "events", "messages"]),
    (
      .transactions,
      [
        "transactions", "orders", "payments", "bookings", "visits", "shipments", "claims",
        "tickets", "invoices", "deliveries", "appointments", "cases", "packages",
      ]
    ),
    (
      .teamSize,
      [
        "engineers", "developers", "people", "staff", "employees", "reports", "team", "nurses",
        "agents", "associates", "members of", "interns", "analysts", "designers", "volunteers",
      ]
    ),
    (.data, ["records", "rows", "gb", "tb", "pb", "datasets", "documents", "files"]),
  ]

  /// True when `word` (lowercased) is one of the one-word cues that name `measure`
  /// ("patients" for users), so a caller can show the noun a posting wrote.
  static func isCue(_ word: String, of measure: Quantity.Measure) -> Bool {
    measureCues.contains { $0.0 == measure && $0.1.contains(word) }
  }

  /// `measureWords` with each measure's one-word cues in a set and its phrases apart.
  private static let measureCues = measureWords.map { measure, cues in
    (measure, Set(cues.filter { !$0.contains(" ") }), cues.filter { $0.contains(" ") })
  }

  /// The measure the words around the number name. The noun just after it decides first
  /// ("reports for 12 wards" counts wards, not reports), and a noun ``ScaleNouns`` knows
  /// decides alone ("customers across 38 states" counts states); "requests/day" names requests. A
  /// span of time is a time, or a latency, whatever else is near ("in 18 months" of sales).
  static func classify(
    unit: String?, context: String, following: [String], countsPlural: Bool, sentence: String
  ) -> Quantity.Measure {
    let after = Set(headNoun(following).flatMap(cueWords))
    let words = Set(cueWords(context))
    let isSpan = unit.map(timeUnits.contains) ?? false
    // "customers across 38 states": a noun the number counts keeps the words near it out.
    let countsNoun = countsPlural || following.contains(where: ScaleNouns.isCounted)
    for cueSet in countsNoun ? [after] : [after, words] {
      for (measure, cueWords, phrases) in measureCues where !isSpan || measure == .latency {
        let hasPhrase = cueSet == words && phrases.contains(where: { context.containsText($0) })
        if !cueWords.isDisjoint(with: cueSet) || hasPhrase {
          if measure == .teamSize, unit == "%" { continue }
          // "40% English learners": a share of the people served is a percentage.
          if measure == .users, !usesProduct(cueSet, sentence) {
            return unit == "%" ? .percent : .count
          }
          return measure
        }
      }
    }
    switch unit {
    case "%": return .percent
    case "ms", "s": return .latency
    case "minutes", "hours", "days", "weeks", "months", "years": return .time
    case "$", "€", "£", "¥": return .money
    case "x": return .other
    case "GB", "TB", "PB", "MB": return .data
    case let unit? where electricalUnits.contains(unit): return .other
    default: return .count
    }
  }

  /// The noun a number counts among the two words after it: the second when it is a noun
  /// of a measure or a place ("35 savings accounts" counts accounts, not savings).
  private static func headNoun(_ following: [String]) -> [String] {
    guard following.count == 2, ScaleNouns.isCounted(following[1]) || isAnyCue(following[1])
    else { return following }
    return [following[1]]
  }

  /// Words after a number that tie it to a noun further on, which it need not count.
  static let boundWords: Set<String> = [
    "of", "in", "for", "to", "on", "at", "per", "from", "with", "across", "by", "a", "an", "the",
  ]

  /// "projects", "crossings": a lowercase word that reads as a plural noun.
  static func isPlural(_ word: String) -> Bool {
    word.count >= 4 && word.hasSuffix("s") && word.allSatisfy(\.isLowercase)
      && !["ss", "us", "is"].contains(where: word.hasSuffix)
  }

  private static func isAnyCue(_ word: String) -> Bool {
    measureCues.contains { $0.1.contains(word) }
  }

  /// People served are a product's users only where the sentence names software ("our app's
  /// 2 million customers"); a teller's "300 customers a day" is a count. "Users",
  /// "subscribers" and "visitors" name a product's users by themselves.
  private static func usesProduct(_ cues: Set<String>, _ sentence: String) -> Bool {
    guard cues.isDisjoint(with: productUsers) else { return true }
    return sentence.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" })
      .contains { softwareWords.contains(String($0)) }
  }

  private static let productUsers: Set<String> = ["users", "subscribers", "visitors"]
  private static let softwareWords: Set<String> = [
    "app", "apps", "platform", "platforms", "software", "online", "website", "web", "digital",
    "mobile", "saas", "api", "apis", "portal", "cloud", "signups", "sign-ups", "downloads",
    "product", "products", "active",
  ]

  /// Current, power and frequency: "under 12 µA", "a 48 MHz clock".
  private static let electricalUnits: Set<String> = [
    "µA", "μA", "uA", "mA", "nA", "mW", "kW", "mV", "kHz", "MHz", "GHz",
  ]

  private static let timeUnits: Set<String> = [
    "minutes", "hours", "days", "weeks", "months", "years",
  ]

  /// A team size counts people working together: a team word names the number ("a team
  /// of 14", "team (<30)") or a people word follows it ("8 engineers"). "The team owns 120
  /// dbt models" counts models, and "used by 2 million people" counts the people served.
  static func teamOrPeople(value: Double, before: [Substring], context: String)
    -> Quantity.Measure
  {
    let words = cueWords(context).map { $0.trimming(charactersIn: ".!?:") }
    let after = Set(words.suffix(from: min(before.count, words.count)))
    let teamCues = measureCues.first { $0.0 == .teamSize }?.1 ?? []
    let named =
      before.reversed().drop { linkWords.contains($0.lowercased()) }.first
      .map { teamCues.contains($0.lowercased()) } ?? false
    guard named || !after.isDisjoint(with: teamCues) else { return .count }
    // "Moved 40 SQL reports": reports are people only as "direct reports" or when led.
    let cues = after.intersection(teamCues)
    if !named, cues == ["reports"], !context.containsText("direct reports"),
      !(before.last.map { leadWords.contains($0.lowercased()) } ?? false)
    {
      return .count
    }
    // "payroll for 1,100 employees", "paid 450 workers": people served, not led.
    let previous = before.reversed().drop { linkWords.contains($0.lowercased()) }.first
    if !named, let previous, servingWords.contains(previous.lowercased()) { return .count }
    return value >= 100_000 ? .users : .teamSize
  }

  /// Words before a count of people that make them the ones served: the work is done for
  /// them, not with them.
  private static let servingWords: Set<String> = [
    "for", "to", "paid", "pay", "pays", "paying", "served", "serve", "serves", "serving",
    "processed", "process", "processes", "processing", "enrolled", "enrolling", "screened",
    "screening", "insured", "covering", "covered", "answered", "assisted", "assisting",
    // People taught are not a team led: "trained 8 analysts".
    "trained", "train", "trains", "training", "taught", "onboarded", "onboarding",
  ]

  /// Verbs before "N reports" that make them people led: "managed 6 reports".
  private static let leadWords: Set<String> = [
    "managed", "manage", "manages", "managing", "led", "lead", "leads", "leading",
    "supervised", "supervise", "supervises", "supervising", "oversaw", "oversee", "oversees",
  ]

  /// Words between a team word and its size: "team of about 30", "team (<30)".
  private static let linkWords: Set<String> = [
    "of", "about", "around", "over", "nearly", "almost", "roughly", "approximately", "is",
    "are", "now", "<", ">", "~", "+",
  ]

  /// The two words after a bare number, up to the end of its sentence: the noun it counts
  /// ("140 community clinics", "2M requests/day").
  static func nounWords(after range: Range<String.Index>, in text: String) -> [String] {
    var words: [String] = []
    for word in text[range.upperBound...].split(maxSplits: 2, whereSeparator: isBreak).prefix(2) {
      words.append(word.lowercased().trimming(charactersIn: ".!?:"))
      if let last = word.last, ".!?:".contains(last) { break }
    }
    return words
  }

  /// The words of `text` split at spaces and slashes: "requests/day" → "requests", "day".
  private static func cueWords(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "/" }).map(String.init)
  }
}
