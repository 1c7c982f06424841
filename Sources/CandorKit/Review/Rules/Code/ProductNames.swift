/// Tools and products a letter names outside the lexicon, found by the words around them:
/// "proficient in SWMM and MicroStation", "library systems like Polaris and Koha", "I used
/// Koha and Evergreen". A capitalised word on its own may be a place, a person or a sentence
/// start; after a word of use, and in the list that follows it, it is a tool.
// A brand the writer calls their own before a record it keeps ("my Eaglesoft charts", "our
// Quorvix backlog") is one too.
// FIXME: a brand glued to a word ("Cavitron-certified") is not found.
enum ProductNames {
  /// Verbs after which a capitalised name is something the writer used.
  private static let useVerbs: Set<String> = [
    "use", "uses", "used", "using", "utilize", "utilized", "utilizing", "utilise", "utilised",
    "utilising", "leverage", "leveraged", "leveraging", "configured", "administered",
    "deployed", "implemented", "maintained", "tuned", "programmed", "programming",
    "operate", "operates", "operated", "operating", "install", "installed", "troubleshoot",
    "troubleshoots", "troubleshot", "repair", "repairs", "repaired", "calibrate", "calibrates",
    "calibrated", "serviced", "wired", "maintain", "maintains", "configure", "configures",
    "administer", "administers", "deploy", "deploys", "implement",
    // "I speak Norwegian": a language is a skill claimed like a tool.
    "speak", "speaks", "spoke",
  ]
  /// Verbs that name a tool after "in" or "on" ("I chart in Dentrix", "charted on Epic").
  private static let inVerbs: Set<String> = ["chart", "charts", "charted", "charting"]
  /// Words of skill that name a tool after "in", "with", "on" or "of" ("proficient in").
  private static let skillWords: Set<String> = [
    "proficient", "proficiency", "expert", "expertise", "experienced", "experience", "skilled",
    "versed", "fluent", "familiar", "familiarity", "trained", "competent", "comfortable",
    "knowledge", "skills", "bilingual", "conversational", "certified", "user", "users",
    "hands",
  ]
  private static let skillLinks: Set<String> = ["in", "with", "on", "of"]
  /// Kinds of tool that a list of examples follows ("systems like", "tools such as").
  private static let kindNouns: Set<String> = [
    "system", "systems", "tool", "tools", "software", "platform", "platforms", "application",
    "applications", "program", "programs", "package", "packages", "product", "products",
    "suite", "suites", "ils", "database", "databases", "solutions", "siems", "scanners",
  ]
  private static let exampleLinks: Set<String> = ["like", "including"]
  /// Records and work kept in a tool, after which "my" or "our" and one name make the name a
  /// tool: "my Eaglesoft charts", "our Quorvix pipeline". A place keeps none ("our Denver
  /// office").
  private static let recordNouns: Set<String> = [
    "chart", "charts", "records", "pipeline", "pipelines", "backlog", "dashboard",
    "dashboards", "reports", "tickets", "queue", "queues", "workflows", "database",
    "databases", "instance", "tenant", "org", "workspace", "workbooks", "notebooks", "boards",
    "macros", "templates", "builds", "scripts", "sheets", "schedules", "forecasts",
  ]
  /// Capitalised words that are not products: people's titles, months and days.
  private static let notProducts: Set<String> = [
    "mr", "ms", "mrs", "dr", "prof", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "i",
  ]

  /// True for capitalised words that name no product: titles of address, months and days.
  static func isNotProduct(_ key: String) -> Bool { notProducts.contains(key) }

  /// Word ranges of the names a cue introduces in `sentence`, each a run of capitalised
  /// words or an acronym ("Palo Alto", "SWMM"), in text order.
  static func named(in sentence: LetterText.Sentence, _ text: String) -> [Range<Int>] {
    let words = sentence.words
    var names: [Range<Int>] = []
    var index = 0
    while index < words.count {
      if ["my", "our"].contains(words[index].key), index + 2 < words.count,
        words[index + 1].isCapitalized, !notProducts.contains(words[index + 1].key),
        recordNouns.contains(words[index + 2].key),
        LetterWord.gap(words[index + 1], words[index + 2], in: text) == " "
      {
        names.append((index + 1)..<(index + 2))
        index += 2
        continue
      }
      guard let start = listStart(after: index, words) else {
        index += 1
        continue
      }
      let list = items(from: start, words, text)
      names += list
      index = max(index + 1, list.last?.upperBound ?? start)
    }
    return names
  }

  /// Verbs of hands-on work after which "with" or "in" names what the work was done in: "I
  /// load-tested with Gatling", "I built the dashboards in Lookerly".
  private static let workVerbs: Set<String> = [
    "tested", "automated", "scripted", "built", "wrote", "coded", "developed", "prototyped",
    "modeled", "modelled", "designed", "benchmarked", "profiled", "monitored", "analyzed",
    "analysed", "visualized", "visualised", "queried", "debugged", "migrated", "simulated",
    "rendered", "drafted", "edited", "mixed", "recorded", "tracked", "logged", "scheduled",
    "invoiced", "rang", "processed", "mapped", "containerized", "provisioned",
  ]

  /// Word ranges of the names "with" or "in" brings in up to three words after "I" and one
  /// of `workVerbs` ("I load-tested the API with Gatling and Vortexa"), in text order. A
  /// colleague or a city reads the same way ("built it with Maria", "tested in Austin"), so
  /// such a name is a tool only perhaps.
  static func workedWith(in sentence: LetterText.Sentence, _ text: String) -> [Range<Int>] {
    let words = sentence.words
    var names: [Range<Int>] = []
    for index in words.indices.dropFirst() where workVerbs.contains(words[index].key) {
      guard words[..<index].contains(where: { $0.key == "i" }) else { continue }
      var link = index + 1
      while link < min(words.count, index + 5), !["with", "in"].contains(words[link].key),
        !NameMatching.isBroken(between: words[link - 1], words[link], in: text)
      {
        link += 1
      }
      guard link + 1 < words.count, ["with", "in"].contains(words[link].key),
        !NameMatching.isBroken(between: words[link - 1], words[link], in: text)
      else { continue }
      let people = words[link].key == "with" && isAboutPeople(words)
      names += items(from: link + 1, words, text).filter { name in
        !isPerson(name, words) && !(people && name.count <= 2)
      }
    }
    return names
  }

  /// Words that make a name a person's: an honorific or a rank before it or first in it
  /// ("Dr. Patel", "Nurse Alvarez", "Chef Amara Diallo").
  private static let personTitles: Set<String> = ContactHonorific.keys.union([
    "doctor", "nurse", "chef", "coach", "officer", "captain", "capt", "sergeant", "sgt",
    "professor", "pastor", "judge", "principal", "superintendent", "lieutenant", "lt",
    "sister", "father", "rabbi", "reverend", "rev", "sir", "dame", "madam",
  ])

  /// Words that make a sentence about people: colleagues, the writer's team, pronouns for
  /// a person ("I built the rota with Priya and Tom, who ran nights").
  private static let peopleWords: Set<String> = [
    "colleague", "colleagues", "coworker", "coworkers", "teammate", "teammates", "team",
    "peers", "manager", "managers", "mentor", "mentors", "supervisor", "partner", "partners",
    "nurses", "engineers", "staff", "who", "he", "she", "him", "her", "his", "they", "them",
    "together", "alongside", "friend", "friends", "people", "paired", "partnered",
    "collaborated", "teamed",
  ]

  /// True when the sentence speaks of people working together: a name after "with" is then
  /// a person's, not a tool's ("with Priya and Tom, my teammates").
  private static func isAboutPeople(_ words: [LetterWord]) -> Bool {
    words.contains { peopleWords.contains($0.key) }
  }

  /// "built the rota with Dr. Patel", "tested it with Nurse Alvarez": a colleague, not a
  /// tool. FIXME: a bare name in a sentence with no word about people ("built it with
  /// Priya") still reads as a tool's, for want of a list of given names.
  private static func isPerson(_ name: Range<Int>, _ words: [LetterWord]) -> Bool {
    if name.lowerBound > 0, personTitles.contains(words[name.lowerBound - 1].key) {
      return true
    }
    return name.count > 1 && personTitles.contains(words[name.lowerBound].key)
  }

  /// Where a list of tools starts when the cue ends at `index`, or nil.
  private static func listStart(after index: Int, _ words: [LetterWord]) -> Int? {
    let key = words[index].key
    var next = index + 1
    // Only a name right after the cue: "used the Ames branch" names a place.
    if inVerbs.contains(key), next + 1 < words.count, ["in", "on"].contains(words[next].key) {
      return next + 1
    }
    if useVerbs.contains(key) { return next < words.count ? next : nil }
    if skillWords.contains(key), next < words.count, skillLinks.contains(words[next].key) {
      next += 1
      // "hands-on with Fanuc": a second link word before the name.
      if next < words.count, skillLinks.contains(words[next].key) { next += 1 }
      return next < words.count ? next : nil
    }
    guard kindNouns.contains(key), next < words.count else { return nil }
    if exampleLinks.contains(words[next].key) { return next + 1 < words.count ? next + 1 : nil }
    if words[next].key == "such", next + 1 < words.count, words[next + 1].key == "as" {
      return next + 2 < words.count ? next + 2 : nil
    }
    return nil
  }

  /// Word ranges of capitalised names listed beside a known tool ("on Everlaw and iManage",
  /// "Power BI, Sigma and Looker"): an item in a list of tools is a tool. `tools` are the
  /// word ranges of the tools the lexicon knows. An item a lowercase noun follows describes
  /// that noun ("Salesforce and Marketing teams") and is left out.
  static func listed(
    besides tools: [Range<Int>], in sentence: LetterText.Sentence, _ text: String
  ) -> [Range<Int>] {
    let words = sentence.words
    var names: [Range<Int>] = []
    for tool in tools where !tool.isEmpty {
      if let next = itemStart(after: tool.upperBound - 1, words, text) {
        names += items(from: next, words, text)
      }
      var start = tool.lowerBound
      while let previous = item(before: start, words, text) {
        names.append(previous)
        start = previous.lowerBound
      }
    }
    return names.filter { name in
      !tools.contains { $0.overlaps(name) } && endsItem(name, words, text)
    }
  }

  /// Words that may follow the last item of a list of tools.
  private static let listEnds: Set<String> = [
    "and", "or", "for", "at", "to", "in", "on", "with", "across", "over", "during", "from",
    "by", "since", "every", "each", "daily", "weekly", "which", "that", "while", "as",
  ]

  private static func endsItem(_ name: Range<Int>, _ words: [LetterWord], _ text: String)
    -> Bool
  {
    guard name.upperBound < words.count else { return true }
    let next = words[name.upperBound]
    return NameMatching.isBroken(between: words[name.upperBound - 1], next, in: text)
      || listEnds.contains(next.key) || next.isCapitalized
  }

  /// Where the next list item starts after the word at `last`: after a comma, a slash,
  /// "and" or "or".
  private static func itemStart(after last: Int, _ words: [LetterWord], _ text: String) -> Int? {
    let next = last + 1
    guard next < words.count else { return nil }
    if ["and", "or"].contains(words[next].key) { return next + 1 < words.count ? next + 1 : nil }
    let gap = LetterWord.gap(words[last], words[next], in: text)
    return gap.contains(",") || gap.contains("/") ? next : nil
  }

  /// The list item that ends before the word at `start`, joined to it by a comma, a slash,
  /// "and" or "or": a run of up to three capitalised words.
  private static func item(before start: Int, _ words: [LetterWord], _ text: String)
    -> Range<Int>?
  {
    guard start > 0 else { return nil }
    var end = start
    if ["and", "or"].contains(words[start - 1].key) {
      end = start - 1
    } else {
      let gap = LetterWord.gap(words[start - 1], words[start], in: text)
      guard gap.contains(",") || gap.contains("/") else { return nil }
    }
    var first = end
    while first > 0, end - first < 3, words[first - 1].isCapitalized,
      !notProducts.contains(words[first - 1].key),
      first == end || !NameMatching.isBroken(between: words[first - 1], words[first], in: text)
    {
      first -= 1
    }
    return first < end ? first..<end : nil
  }

  private static func isPossessive(_ word: LetterWord, _ text: String) -> Bool {
    let written = text[word.range]
    return written.hasSuffix("'s") || written.hasSuffix("’s")
  }

  /// The names in the list from `start`: items joined by commas, "and" or "or", each a
  /// capitalised run or an acronym; the list ends at the first other word.
  private static func items(from start: Int, _ words: [LetterWord], _ text: String)
    -> [Range<Int>]
  {
    var result: [Range<Int>] = []
    var index = start
    while index < words.count {
      let word = words[index]
      // "used Millbrook's kiosks": a possessive names an owner, not the tool.
      guard word.isCapitalized, !notProducts.contains(word.key), !isPossessive(word, text)
      else { break }
      var end = index + 1
      while end < words.count, end - index < 3, words[end].isCapitalized,
        !NameMatching.isBroken(between: words[end - 1], words[end], in: text),
        !notProducts.contains(words[end].key)
      {
        end += 1
      }
      result.append(index..<end)
      guard end < words.count else { break }
      let gap = LetterWord.gap(words[end - 1], words[end], in: text)
      guard gap.contains(",") || gap.contains("/") || ["and", "or"].contains(words[end].key)
      else { break }
      // "SWMM, and MicroStation": the comma and the "and" join one pair.
      index = ["and", "or"].contains(words[end].key) ? end + 1 : end
    }
    return result
  }
}

extension ReviewContext {
  /// Tools a cue names in `sentence` that the lexicon does not know, as text ranges.
  /// A name ends before a lexicon term: "Allen-Bradley PLCs" names the brand "Allen-Bradley".
  func unlistedProducts(in sentence: LetterText.Sentence) -> [Range<String.Index>] {
    let words = sentence.words
    let tools = technologyTerms(in: sentence.range).compactMap { term -> Range<Int>? in
      let first = words.partitioningIndex { $0.range.lowerBound >= term.range.lowerBound }
      guard first < words.count else { return nil }
      let end = words[first...].firstIndex { $0.range.lowerBound >= term.range.upperBound }
      return first..<(end ?? words.count)
    }
    let names =
      ProductNames.named(in: sentence, letter.text)
      + ProductNames.listed(besides: tools, in: sentence, letter.text)
    return untermed(names, in: sentence)
  }

  /// Names "with" or "in" brings in after the writer's work ("I load-tested with Gatling")
  /// that the lexicon does not know, as text ranges (see `ProductNames.workedWith`).
  func workedWithNames(in sentence: LetterText.Sentence) -> [Range<String.Index>] {
    untermed(ProductNames.workedWith(in: sentence, letter.text), in: sentence)
  }

  /// The text ranges of `names`, each ending before a lexicon term it holds; a name that
  /// starts with one is left out.
  private func untermed(_ names: [Range<Int>], in sentence: LetterText.Sentence)
    -> [Range<String.Index>]
  {
    let words = sentence.words
    return names.compactMap { name in
      let end =
        words[name].firstIndex { overlapsTerm($0.range) }
        ?? name.upperBound
      guard end > name.lowerBound else { return nil }
      return words[name.lowerBound].range.lowerBound..<words[end - 1].range.upperBound
    }
  }

  /// The resume or the posting names `quote`: a tool the lexicon lacks, such as Polaris, is
  /// then a real one.
  func inputsName(_ quote: String) -> Bool {
    ClaimSources.holds(resumeText, quote) || ClaimSources.holds(resumeSource, quote)
      || job?.lines.contains(where: { $0.text.contains(quote) }) == true
  }
}
