import Foundation

extension DocumentStyle.Paper {
  /// The paper people use where the job is: US Letter in the United States and Canada,
  /// A4 elsewhere.
  ///
  /// The posting's location decides when it names a country, state or province; otherwise
  /// `regionCode` (the user's locale region, such as "US" or "DE") does; with neither, or
  /// with a region that is no country ("001", the world, in the C locale), Letter.
  public static func preferred(forLocation location: String?, regionCode: String?) -> Self {
    if let location, let inLetterCountry = PaperRegions.usesLetter(location) {
      return inLetterCountry ? .letter : .a4
    }
    guard let region = regionCode?.uppercased(), region.count == 2, region.allSatisfy(\.isLetter)
    else { return .letter }
    return PaperRegions.letterRegionCodes.contains(region) ? .letter : .a4
  }
}

/// Place names that tell whether a location is in a US Letter country.
enum PaperRegions {
  static let letterRegionCodes: Set<String> = ["US", "CA", "PR"]

  /// True for the US and Canada, false for another named country, nil when unknown.
  static func usesLetter(_ location: String) -> Bool? {
    let lowered = " " + location.lowercased().replacingOccurrences(of: ".", with: "") + " "
    let padded = lowered.map { $0.isLetter ? $0 : " " }.reduce(into: "") { $0.append($1) }
    if letterNames.contains(where: { padded.contains(" \($0) ") }) { return true }
    if otherCountries.contains(where: { padded.contains(" \($0) ") }) { return false }
    let codes = location.split(whereSeparator: { !$0.isLetter }).map(String.init)
    if codes.contains(where: { $0 == "US" || $0 == "USA" }) { return true }
    if let last = codes.last, last.count == 2, last == last.uppercased(),
      stateCodes.contains(last)
    {
      return true
    }
    return nil
  }

  static let letterNames = [
    "united states", "usa", "us only", "canada", "ontario", "quebec", "british columbia",
    "alberta", "manitoba", "nova scotia", "saskatchewan", "new brunswick", "newfoundland",
    "toronto", "vancouver", "montreal", "alabama", "alaska", "arizona", "arkansas",
    "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii",
    "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
    "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
    "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
    "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
    "virginia", "washington", "west virginia", "wisconsin", "wyoming", "puerto rico",
  ]

  static let otherCountries = [
    "united kingdom", "uk", "england", "scotland", "wales", "ireland", "germany",
    "deutschland", "france", "spain", "españa", "espana", "portugal", "italy", "netherlands",
    "belgium", "switzerland", "austria", "sweden", "norway", "denmark", "finland", "poland",
    "india", "pakistan", "australia", "new zealand", "singapore", "japan", "china",
    "south africa", "nigeria", "kenya", "brazil", "brasil", "argentina", "peru", "perú",
    "colombia", "chile", "uruguay", "ecuador", "emea", "europe", "eu", "uae",
    "united arab emirates", "israel", "turkey",
  ]

  static let stateCodes: Set<String> = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
    "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
    "VA", "WA", "WV", "WI", "WY", "DC", "AB", "BC", "MB", "NB", "NL", "NS", "ON", "PE", "QC",
    "SK",
  ]
}
