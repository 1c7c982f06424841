/// Nouns a count of a business's size counts when no measure fits: places it runs, things it
/// operates, organisations it serves ("140 community clinics", "3 warehouses").
enum ScaleNouns {
  /// The noun of `nouns`, or of the people a business serves ("40,000 members"), among the
  /// two words after the count, or nil.
  static func noun(after quantity: Quantity, in sentence: String) -> String? {
    let words = words(after: quantity, in: sentence)
    // "a 400,000 sq ft warehouse", "12,000 square metres": the floor area of a site.
    if words.count == 2, ["sq", "sq.", "square"].contains(words[0]),
      areaUnits.contains(words[1].trimming(charactersIn: "."))
    {
      return words.joined(separator: " ")
    }
    return words.first { nouns.contains($0) || QuantityExtractor.isCue($0, of: .users) }
  }

  private static let areaUnits: Set<String> = [
    "ft", "feet", "foot", "metres", "meters", "metre", "meter", "m", "yards", "miles", "km",
  ]

  /// True when `word` (lowercased) is a noun a count of a business's size counts ("states"
  /// in "38 states"): the number measures that noun, not users or staff near it.
  static func isCounted(_ word: String) -> Bool {
    nouns.contains(word)
  }

  /// The noun that names what a measure counts, as the posting wrote it: "patients" in "36
  /// adult patients" (users), "shipments" in "1,200 shipments a day" (transactions).
  static func measureNoun(after quantity: Quantity, in sentence: String) -> String? {
    words(after: quantity, in: sentence).first {
      QuantityExtractor.isCue($0, of: quantity.measure)
    }
  }

  /// The two words after the number, lowercased, without punctuation around them.
  private static func words(after quantity: Quantity, in sentence: String) -> [String] {
    guard let range = wholeNumber(quantity.text, in: sentence) else { return [] }
    return sentence[range.upperBound...].split(maxSplits: 2, whereSeparator: \.isWhitespace)
      .prefix(2).map { $0.lowercased().trimming(charactersIn: ".,;:!?()") }
  }

  /// The first place `number` stands as a whole number, not inside a longer one ("20" in
  /// "2020" or "1.20"), glued to a word ("S20") or ending a range ("12" in "K-12").
  static func wholeNumber(_ number: String, in sentence: String) -> Range<String.Index>? {
    var start = sentence.startIndex
    while let range = sentence.range(of: number, range: start..<sentence.endIndex) {
      let before =
        range.lowerBound > sentence.startIndex
        ? sentence[sentence.index(before: range.lowerBound)] : " "
      let after = range.upperBound < sentence.endIndex ? sentence[range.upperBound] : " "
      if !before.isLetter && !before.isNumber && !".,-–‑".contains(before) && !after.isNumber {
        return range
      }
      start = sentence.index(after: range.lowerBound)
    }
    return nil
  }

  private static let nouns: Set<String> = [
    "clinics", "hospitals", "schools", "campuses", "districts", "stores", "shops",
    "restaurants", "locations", "offices", "branches", "sites", "facilities", "warehouses",
    "plants", "factories", "hotels", "properties", "homes", "countries", "states", "cities",
    "regions", "markets", "brands", "products", "vehicles", "trucks", "fleets", "aircraft",
    "merchants", "businesses", "companies", "organizations", "organisations", "partners",
    "pharmacies", "labs", "laboratories", "centers", "centres", "beds", "servers", "devices",
    "sensors", "meters", "apps", "communities", "towns", "libraries", "universities", "units",
    "routes", "lanes", "terminals", "depots", "hubs", "stations", "ports", "airports",
    "counties", "provinces", "territories", "continents", "accounts", "vendors", "suppliers",
    "pallets", "trailers", "containers", "farms", "ranches", "acres",
  ]
}
