import Foundation

/// What a figure counts: the words after it ("40 VAV boxes" counts "vav" and "box"). A count
/// in a letter is the resume's only when the resume counts the same thing with it.
enum CountedNouns {
  /// Words that say nothing of what a count counts ("12 of the", "40 a year").
  private static let countFillers: Set<String> = [
    "a", "an", "the", "of", "and", "or", "to", "per", "new", "more", "than", "about", "over",
    "some", "total", "each", "every", "our", "my", "their", "its",
  ]
  /// Words that end what a count counts ("40 hospitals in Ohio"); a pronoun ("23 of them")
  /// counts something named before the figure.
  private static let countEnds: Set<String> = [
    "in", "at", "for", "by", "on", "with", "from", "into", "across", "during", "while",
    "under", "below", "above", "within", "through", "after", "before", "since", "between",
    "them", "these", "those", "it", "us", "which", "that",
    // "all six are still on the unit": a verb after the figure counts what came before.
    "is", "are", "was", "were", "be", "been", "have", "has", "had", "will", "would", "can",
    "could", "still", "remain", "remained", "stayed",
  ]
  /// Spans of time a rate is counted over ("300 patrons a week"): no thing counted.
  private static let timeWords: Set<String> = [
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
    "shift", "shifts", "quarter", "quarters", "night", "nights", "minute", "minutes",
  ]

  /// Each counted noun's stand-in, from `Resources/lexicon/words/count-nouns.json`: "staff"
  /// and "employee" both read as "employee", so a figure counts the same people either way.
  private static let equivalents: [String: String] = {
    var table: [String: String] = [:]
    for (head, nouns) in wordLists("count-nouns") {
      for noun in nouns + [head] { table[noun] = head }
    }
    return table
  }()

  /// The kinds of people each counted noun names, from
  /// `Resources/lexicon/words/count-kinds.json`: "30 children" and "30 pediatric patients"
  /// count people served alike. A job title is a kind of its own ("6 surveyors" are not the
  /// resume's "6 interns").
  private static let kinds: [String: Set<String>] = {
    let lists = wordLists("count-kinds")
    let people = Set(lists.keys).subtracting([anyPerson])
    var table: [String: Set<String>] = [:]
    for (kind, nouns) in lists {
      for noun in nouns { table[noun] = kind == anyPerson ? people : [kind] }
    }
    return table
  }()
  /// The list of `count-kinds.json` whose nouns name people of every kind.
  private static let anyPerson = "person"

  /// The named lists of `Resources/lexicon/words/NAME.json`, none when it cannot be read.
  private static func wordLists(_ name: String) -> [String: [String]] {
    guard let folder = LexiconFiles.folder,
      let data = try? Data(contentsOf: folder.appendingPathComponent("words/\(name).json")),
      let lists = try? LexiconFileReader.stringLists(data)
    else { return [:] }
    return lists
  }

  /// True when the nouns after two figures name the same kind of people: "children" and
  /// "pediatric patients", "staff" and "colleagues".
  static func sameKind(_ first: [String], _ second: [String]) -> Bool {
    let kindsOf = { (nouns: [String]) in
      nouns.reduce(into: Set<String>()) { $0.formUnion(kinds[$1] ?? []) }
    }
    return !kindsOf(first).isDisjoint(with: kindsOf(second))
  }

  /// The words `text` puts after a figure, singular and as their stand-in (see
  /// `equivalents`), fillers left out, up to three and before a preposition or a mark that
  /// ends the clause: "VAV boxes for" gives ["vav", "box"], "staff in" ["employee"].
  static func after(_ text: Substring) -> [String] {
    var nouns: [String] = []
    // "3-provider clinic", "150+ submittals": the mark joining the figure is no word; the
    // clause ends at a mark or a line break.
    let rest = text.drop { $0 == "+" || $0 == "-" }.prefix { !".,;:!?()\n".contains($0) }
    for piece in rest.split(separator: " ", omittingEmptySubsequences: true).prefix(5) {
      let word = piece.lowercased().filter { $0.isLetter || $0 == "-" }
      if word.isEmpty || countEnds.contains(word) { break }
      if !countFillers.contains(word), !timeWords.contains(word), word.count > 1 {
        let noun = singular(word)
        nouns.append(equivalents[noun] ?? noun)
      }
      if nouns.count == 3 { break }
    }
    return nouns
  }

  /// Plurals that do not end in "s".
  private static let irregular: [String: String] = [
    "people": "person", "children": "child", "men": "man", "women": "woman",
  ]

  /// "boxes" → "box", "hospitals" → "hospital", "deliveries" → "delivery".
  private static func singular(_ word: String) -> String {
    if let single = irregular[word] { return single }
    if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
    for end in ["xes", "ches", "shes", "sses"] where word.hasSuffix(end) {
      return String(word.dropLast(2))
    }
    return word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
  }

  /// Each plain count in the resume's text with the words after it, line by line.
  static func table(in text: String) -> [Double: [[String]]] {
    var counted: [Double: [[String]]] = [:]
    for line in text.split(separator: "\n") {
      var rest = line[...]
      while let start = rest.firstIndex(where: \.isNumber) {
        let digits = rest[start...].prefix { $0.isNumber || $0 == "," || $0 == "." }
        let after = rest[digits.endIndex...]
        rest = after
        let plain = digits.trimming(charactersIn: ".,")
        // "35-45 patients" is a range, not a count of "-45".
        let joined = after.first.map { " +".contains($0) } ?? true
        let hyphened = after.first == "-" && after.dropFirst().first?.isLetter == true
        guard let value = Double(plain.replacingOccurrences(of: ",", with: "")),
          joined || hyphened
        else { continue }
        counted[value, default: []].append(Self.after(after))
      }
    }
    return counted
  }
}
