/// Universities that are systems of several campuses or colleges, each named after a comma:
/// "University of Colorado, Boulder", "University of Wisconsin, Madison", "University of
/// London, Birkbeck". After one of these the name after the comma names the school even
/// when a state follows it; after any other school ("University of Oregon, Eugene, OR",
/// "Ohio University, Athens") the town is only where the school stands.
enum SchoolSystems {
  /// True when `school` is a system whose campuses a city names.
  static func hasCampuses(_ school: String) -> Bool {
    systems.contains(MonthNames.fold(school))
  }

  private static let systems: Set<String> = [
    "university of alabama", "university of alaska", "university of arkansas",
    "university of california", "university of colorado", "university of hawaii",
    "university of houston", "university of illinois", "university of louisiana",
    "university of maine", "university of maryland", "university of massachusetts",
    "university of michigan", "university of minnesota", "university of missouri",
    "university of nebraska", "university of new hampshire", "university of north carolina",
    "university of north texas", "university of pittsburgh", "university of south carolina",
    "university of south florida", "university of tennessee", "university of texas",
    "university of washington", "university of wisconsin", "california state university",
    "state university of new york", "city university of new york", "texas a&m university",
    "penn state university", "pennsylvania state university", "rutgers university",
    "indiana university", "purdue university", "university of hawai'i",
    "university of nevada", "louisiana state university", "university of puerto rico",
    // Abroad: federal universities whose colleges or campuses follow the name.
    "university of london", "national university of ireland", "university of wales",
    "university of the west indies",
  ]
}
