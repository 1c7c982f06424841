import Testing

@testable import CandorKit

/// School names into which a flattened export glued a degree, a field or a place.
@Suite struct GluedSchoolNameTests {
  @Test func aDegreeFieldAndCountryBeforeTheSchoolAreTakenOff() throws {
    let result = try #require(
      GluedSchoolName.unglued(
        "Bachelor's Commerce India Westbrook Arts College", studyType: "Bachelor's"))
    #expect(result.area == "Commerce")
    #expect(result.school == "Westbrook Arts College")
  }

  @Test func aRegionAfterACityIsTakenOff() throws {
    let result = try #require(
      GluedSchoolName.unglued("Kerala Riverside College", studyType: "MBA", afterCity: true))
    #expect(result.area == nil)
    #expect(result.school == "Riverside College")
  }

  @Test(arguments: ["Texas A&M University", "New York University", "Ohio State University"])
  func aPlaceThatOpensTheSchoolsOwnNameStays(_ name: String) {
    #expect(GluedSchoolName.unglued(name, studyType: "BS") == nil)
  }
}
