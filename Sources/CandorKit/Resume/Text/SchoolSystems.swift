/// Universities that are systems of several campuses, each named by its city after a comma:
/// "University of Colorado, Boulder", "University of Wisconsin, Madison". After one of
/// these the city names the school even when a state follows it; after any other school
/// ("University of Oregon, Eugene, OR") the city is only where the school stands.
enum SchoolSystems {
  /// True when `school` is a system whose campuses a city names.
  static func hasCampuses(_ school: String) -> Bool {
    systems.contains(MonthNames.fold(school))
  }

  // FIXME: US systems only; systems abroad ("University of London") are not listed.
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
  ]
}
