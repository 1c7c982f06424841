/// Tidies a company name for use in a letter: legal form, "DBA" trade names, a job board's
/// rating and shouted capitals go.
enum CompanyName {
  static func clean(_ raw: String) -> String {
    var name = raw.trimmed
    if let groups = dba.groups(in: name) { name = groups[1] }
    name = JobBoardRating.stripped(name)
    name = bracketedForm.replacing(in: name, with: "")
    let withForm = name
    name = legalForm.replacing(in: name, with: "")
    // "Lumen & Co." keeps its form: without it the name ends on a connector.
    if let last = name.split(separator: " ").last, connectors.contains(String(last)) {
      name = withForm
    }
    name = name.trimming(charactersIn: " ,;:-–—|")
    if name.hasSuffix("."), !keptForms.contains(where: { name.hasSuffix(" " + $0) }) {
      name = name.trimming(charactersIn: " ,.;:-–—|")
    }
    if let article = name.words.first, articles.contains(String(article)), name.wordCount >= 2 {
      name = String(name.dropFirst(article.count + 1))
    }
    return isShouting(name) ? softenCapitals(name) : name
  }

  /// "Lingua Nova GmbH, Köln" → ("Lingua Nova GmbH", "Köln"): a name its legal form ends,
  /// then the town, as German and European postings print the employer under the title.
  static func companyAndTown(_ text: String) -> (company: String, town: String)? {
    guard text.hasBytes(", "), text.utf8.count <= 80,
      let comma = text.range(of: ", ")
    else { return nil }
    let head = String(text[..<comma.lowerBound]).trimmed
    let town = String(text[comma.upperBound...]).trimmed
    let words = town.split(separator: " ")
    guard head.wordCount >= 2, legalForm.matches(head), (1...3).contains(words.count),
      words.allSatisfy({ $0.first?.isUppercase == true }), !town.hasDigit,
      !legalForm.matches(" " + town)
    else { return nil }
    return (head, town)
  }

  /// "Birchline Family Clinic, Ames, IA": a name of two or more words, no place itself,
  /// before a town and its region; nil for any other text.
  static func companyAndPlace(_ text: String) -> (company: String, place: String)? {
    guard text.utf8.count <= 80, let comma = text.range(of: ", ") else { return nil }
    let head = String(text[..<comma.lowerBound]).trimmed
    let tail = String(text[comma.upperBound...]).trimmed
    let town = tail.split(separator: ",").first.map(String.init) ?? tail
    guard head.wordCount >= 2, !head.hasDigit, head.first?.isUppercase == true,
      !LocationParser.isPlace(head), let place = PlaceLine.place(in: tail),
      // "Jersey City, Hudson County, NJ", "Kansas City, Kansas City, MO": a town first.
      !place.hasPrefix(head), !endsOnPlaceWord(head), !endsOnPlaceWord(town)
    else { return nil }
    return (head, place)
  }

  private static func endsOnPlaceWord(_ text: String) -> Bool {
    text.split(separator: " ").last.map { placeWords.contains(String($0)) } ?? false
  }

  private static let placeWords: Set<String> = [
    "City", "County", "Parish", "Township", "Town", "Village", "Borough",
  ]

  private static let articles: Set<String> = [
    "The", "Die", "Der", "Das", "La", "El", "Le", "Les", "Los", "Las", "Il", "Lo",
  ]
  /// "Corp" and "Co." belong to the name a person writes on an envelope; matching two
  /// names ignores them elsewhere.
  private static let keptForms = ["Co.", "Corp.", "Bros."]
  private static let connectors: Set<String> = ["&", "and", "+", "und", "y", "et"]
  private static let dba = Pattern(#"\b(?:DBA|d/b/a|doing business as)\s+(.+)$"#)
  private static let forms = Pattern.anyOf([
    "ggmbh", #"gmbh & co\.? kg"#, "kgaa", "kg", "ug", "sasu", "inc", "llc", #"l\.l\.c"#,
    "ltd", "limited", "gmbh", "ag", #"s\.a\.c"#, #"s\.a"#, "sa",
    "sl", #"s\.l"#, "plc", "pty ltd", "pty", "bv", #"b\.v"#,
    #"n\.v"#, "sas", "sarl", "srl", #"s\.r\.l"#, "llp", "lp", #"e\.v"#,
  ])
  private static let legalForm = Pattern(#"(,?\s+"# + forms + #"\.?)+$"#)
  /// A legal form right after a name: " SAS" in "Groupe Bellerive SAS, Lyon".
  private static let formAfterName = Pattern(#"^(?:,?\s+"# + forms + #"\.?)+(?![\w&])"#)

  /// Where a legal form written right after `index` in `text` ends ("Groupe Bellerive| SAS"),
  /// or nil when none follows.
  static func formEnd(after index: String.Index, in text: String) -> String.Index? {
    let rest = String(text[index...])
    guard let range = formAfterName.firstRange(in: rest) else { return nil }
    return text.index(index, offsetBy: rest.distance(from: rest.startIndex, to: range.upperBound))
  }

  /// `name` without the legal form that ends it: "Klinikum Nordhafen gGmbH" → "Klinikum
  /// Nordhafen".
  static func withoutForm(_ name: String) -> String {
    legalForm.replacing(in: name, with: "")
  }

  /// "Acme & Sons <Ltd>", "Acme (GmbH)": the legal form in brackets.
  private static let bracketedForm = Pattern(#"\s*[<(\[]\s*"# + forms + #"\.?\s*[>)\]]$"#)

  private static func isShouting(_ name: String) -> Bool {
    let letters = name.filter(\.isLetter)
    return name.wordCount >= 2 && letters.count > 6 && letters.allSatisfy(\.isUppercase)
  }

  /// "BBVA BANCO CONTINENTAL" → "BBVA Banco Continental": short words stay acronyms.
  private static func softenCapitals(_ name: String) -> String {
    name.split(separator: " ").map { word in
      word.count <= 4 ? String(word) : word.prefix(1) + word.dropFirst().lowercased()
    }.joined(separator: " ")
  }
}
