import Foundation

/// Reads places as resumes write them: "Seattle, WA", "123 Main St, Anywhere, USA",
/// "Mountain View, CA, USA", "Remote", "Lima, Perú".
enum LocationParser {
  /// The parts of a written place, from the end: country, region, city, then the address.
  static func location(_ text: String) -> Resume.Location? {
    var pieces = text.split(separator: ",").map { $0.trimmingSpaces() }
      .filter { !$0.isEmpty }
    guard !pieces.isEmpty, pieces.count <= 5 else { return nil }
    var location = Resume.Location()
    if let first = pieces.first, isStreet(first) {
      // "1420 Maple Avenue, Apt 3": the unit is more of the street, not the town.
      let units = pieces.dropFirst().prefix(while: isUnit)
      location.address = ([first] + units).joined(separator: ", ")
      pieces.removeFirst(1 + units.count)
    }
    if let last = pieces.last, let code = countryCode(for: last) {
      location.countryCode = code
      pieces.removeLast()
    }
    if pieces.count >= 2, let last = pieces.last, let (region, zip) = regionAndZip(last) {
      (location.region, location.postalCode) = (region, zip)
      pieces.removeLast()
    } else if pieces.count >= 2, let last = pieces.last, isRegion(last) || pieces.count == 2 {
      location.region = last
      pieces.removeLast()
    }
    if let last = pieces.last, !startsWithNumber(last) {
      location.city = last
      pieces.removeLast()
    }
    if !pieces.isEmpty {
      location.address = ([location.address].compactMap { $0 } + pieces).joined(separator: ", ")
    }
    return location == Resume.Location() ? nil : location
  }

  /// "123 Main St", "Av. Ejemplo 123", "Calle 8 # 12-40": a street address.
  static func isStreet(_ text: String) -> Bool {
    street.matches(text)
  }

  /// "Apt 3", "Suite 200", "#4B", "Dpto 3": a flat, office or floor within a street address.
  static func isUnit(_ text: String) -> Bool {
    unit.matches(text)
  }

  private static let unit = Pattern(
    #"^(?:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|bldg|building|dpto|depto|"#
      + #"departamento|piso|of|oficina)\.?\s*#?\s*[A-Za-z0-9-]{1,6}$|^#\s*[A-Za-z0-9-]{1,6}$"#)

  private static let street = Pattern(streetPattern)
  private static let zipCode = Pattern(#"^\d{5}(?:-\d{4})?$"#, caseSensitive: true)
  private static let streetPattern =
    #"^(?:\d+[A-Za-z]?\s+\S.*\b(?:st|street|ave|avenue|rd|road|blvd|boulevard|lane|ln|dr|drive|"#
    + #"way|court|ct|place|pl|hwy|highway)\b\.?|(?:av|avda|avenida|calle|jr|jir[oó]n|pasaje|"#
    + #"carrera|cra|rua|rue)\.?\s+.*\d.*)$"#

  /// True for a piece that names a place or a way of working: "Remote", "LA", "USA",
  /// "New Orleans, LA", "Texas".
  static func isPlace(_ piece: String) -> Bool {
    let trimmed = piece.trimmingSpaces()
    if workModes.contains(MonthNames.fold(trimmed)) { return true }
    if countryCode(for: trimmed) != nil || isRegion(trimmed) { return true }
    if isCityAndCode(trimmed) { return true }
    let parts = trimmed.split(separator: ",").map { $0.trimmingSpaces() }
    guard parts.count >= 2, let last = parts.last else { return false }
    return countryCode(for: last) != nil || isRegion(last) || regionAndZip(last) != nil
  }

  /// "Austin TX", "Tacoma WA": one to three capitalised words and a state code without a
  /// comma. Codes that are also English words ("IN", "OR", "ME") are left out.
  private static func isCityAndCode(_ text: String) -> Bool {
    let words = text.split(separator: " ").map(String.init)
    guard (2...4).contains(words.count), let code = words.last, regionCodes.contains(code),
      !RegionCodes.englishWords.contains(code)
    else { return false }
    return words.dropLast().allSatisfy { word in
      word.first?.isUppercase == true && word.dropFirst().allSatisfy(\.isLowercase)
    }
  }

  /// "NV 89431" → ("NV", "89431"): a state code and its ZIP code.
  static func regionAndZip(_ text: String) -> (String, String)? {
    let parts = text.split(separator: " ")
    guard parts.count == 2, isRegion(String(parts[0])),
      zipCode.matches(String(parts[1]))
    else { return nil }
    return (String(parts[0]), String(parts[1]))
  }

  /// "USA" → "US", "India" → "IN", "Perú" → "PE"; nil when not a known country.
  static func countryCode(for name: String) -> String? {
    countries[MonthNames.fold(name.trimming(charactersIn: ". "))]
  }

  /// A US state or Canadian province, by code ("WA") or name ("Texas").
  static func isRegion(_ text: String) -> Bool {
    if text.count == 2, text.allSatisfy(\.isUppercase) { return regionCodes.contains(text) }
    return regionNames.contains(MonthNames.fold(text))
  }

  static func isWorkMode(_ text: String) -> Bool { workModes.contains(MonthNames.fold(text)) }

  private static func startsWithNumber(_ text: String) -> Bool {
    text.first?.isNumber ?? false
  }

  private static let workModes: Set<String> = [
    "remote", "hybrid", "on-site", "onsite", "work from home", "remoto", "hibrido",
    "presencial", "teletravail", "remote, usa", "remote (us)",
  ]

  private static let regionCodes = Set(RegionCodes.names.keys)

  private static let regionNames: Set<String> = [
    "california", "texas", "new york", "florida", "washington", "illinois", "virginia",
    "massachusetts", "georgia", "ohio", "pennsylvania", "colorado", "oregon", "arizona",
    "north carolina", "new jersey", "michigan", "maryland", "minnesota", "wisconsin",
    "ontario", "quebec", "british columbia", "alberta", "maharashtra", "karnataka",
    "tamil nadu", "uttar pradesh", "telangana", "kerala", "gujarat", "west bengal", "assam",
    "delhi", "new south wales", "victoria", "queensland", "england", "scotland",
    "alabama", "alaska", "arkansas", "connecticut", "delaware", "hawaii", "idaho", "indiana",
    "iowa", "kansas", "kentucky", "louisiana", "maine", "mississippi", "missouri", "montana",
    "nebraska", "nevada", "new hampshire", "new mexico", "north dakota", "oklahoma",
    "rhode island", "south carolina", "south dakota", "tennessee", "utah", "vermont",
    "west virginia", "wyoming", "district of columbia", "manitoba", "saskatchewan",
    "nova scotia", "new brunswick", "newfoundland and labrador", "prince edward island",
  ]

  private static let countries: [String: String] = [
    "usa": "US", "us": "US", "u.s": "US", "u.s.a": "US", "united states": "US",
    "united states of america": "US", "canada": "CA", "mexico": "MX", "india": "IN",
    "uk": "GB", "united kingdom": "GB", "great britain": "GB", "ireland": "IE",
    "france": "FR", "germany": "DE", "deutschland": "DE", "spain": "ES", "espana": "ES",
    "italy": "IT", "italia": "IT", "portugal": "PT", "netherlands": "NL", "belgium": "BE",
    "switzerland": "CH", "austria": "AT", "sweden": "SE", "norway": "NO", "denmark": "DK",
    "finland": "FI", "poland": "PL", "romania": "RO", "greece": "GR", "turkey": "TR",
    "israel": "IL", "uae": "AE", "united arab emirates": "AE", "saudi arabia": "SA",
    "egypt": "EG", "nigeria": "NG", "kenya": "KE", "south africa": "ZA", "pakistan": "PK",
    "bangladesh": "BD", "sri lanka": "LK", "nepal": "NP", "china": "CN", "japan": "JP",
    "korea": "KR", "south korea": "KR", "taiwan": "TW", "singapore": "SG",
    "malaysia": "MY", "indonesia": "ID", "philippines": "PH", "vietnam": "VN",
    "thailand": "TH", "australia": "AU", "new zealand": "NZ", "brazil": "BR", "brasil": "BR",
    "argentina": "AR", "chile": "CL", "colombia": "CO", "peru": "PE", "ecuador": "EC",
    "bolivia": "BO", "venezuela": "VE", "uruguay": "UY", "paraguay": "PY", "cuba": "CU",
    "costa rica": "CR", "panama": "PA", "guatemala": "GT", "ukraine": "UA", "russia": "RU",
    "jordan": "JO", "lebanon": "LB", "morocco": "MA", "tunisia": "TN", "algeria": "DZ",
    "qatar": "QA", "kuwait": "KW", "oman": "OM", "bahrain": "BH", "iran": "IR", "iraq": "IQ",
    "ethiopia": "ET", "ghana": "GH", "uganda": "UG", "tanzania": "TZ", "rwanda": "RW",
    "cameroon": "CM", "senegal": "SN", "hong kong": "HK", "czech republic": "CZ",
    "czechia": "CZ", "hungary": "HU", "serbia": "RS", "croatia": "HR", "slovenia": "SI",
    "slovakia": "SK", "bulgaria": "BG", "lithuania": "LT", "latvia": "LV", "estonia": "EE",
    "iceland": "IS", "luxembourg": "LU", "dominican republic": "DO", "puerto rico": "PR",
    "honduras": "HN", "el salvador": "SV", "nicaragua": "NI", "jamaica": "JM",
  ]
}
