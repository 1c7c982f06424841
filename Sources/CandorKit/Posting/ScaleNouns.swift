/// Nouns a count of a business's size counts when no measure fits: places it runs, things it
/// operates, organisations it serves ("140 community clinics", "3 warehouses").
enum ScaleNouns {
  /// The noun of `nouns` among the two words after the count, or nil.
  static func noun(after quantity: Quantity, in sentence: String) -> String? {
    // FIXME: finds the first place the number's text occurs, which may be inside another
    // number ("20" in "2020"); the quantity should carry its own range.
    guard let range = sentence.range(of: quantity.text) else { return nil }
    let words = sentence[range.upperBound...].split(maxSplits: 2, whereSeparator: \.isWhitespace)
      .prefix(2).map { $0.lowercased().trimming(charactersIn: ".,;:!?()") }
    return words.first(where: nouns.contains)
  }

  private static let nouns: Set<String> = [
    "clinics", "hospitals", "schools", "campuses", "districts", "stores", "shops",
    "restaurants", "locations", "offices", "branches", "sites", "facilities", "warehouses",
    "plants", "factories", "hotels", "properties", "homes", "countries", "states", "cities",
    "regions", "markets", "brands", "products", "vehicles", "trucks", "fleets", "aircraft",
    "merchants", "businesses", "companies", "organizations", "organisations", "partners",
    "pharmacies", "labs", "laboratories", "centers", "centres", "beds", "servers", "devices",
    "sensors", "meters", "apps", "communities", "towns", "libraries", "universities",
  ]
}
