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
    #expect(result.place == "India")
  }

  /// The place taken off the name is where the school stands, with the town before it; a
  /// year of study names the field before the town ("Second year Arts").
  @Test(arguments: [
    ("MBA, Coimbatore, Tamil Nadu Kovai Arts College, 2015", "Coimbatore, Tamil Nadu", nil),
    ("B.Com, Nashik, Maharashtra Godavari College, 2010", "Nashik, Maharashtra", nil),
    ("May 2012 B.Sc  Mysuru, Karnataka Cauvery Science College", "Mysuru, Karnataka", nil),
    (
      "June 2009 to May 2011 Second year Arts Hubli, Karnataka Malaprabha College",
      "Hubli, Karnataka", "Arts"
    ),
  ])
  func theGluedPlaceIsTheSchoolsLocation(_ line: String, _ location: String, _ area: String?)
    throws
  {
    let resume = try TrialThreeResumeTests.read(
      "Meera Kulkarni\nmeera@example.com\n\nEDUCATION\n\(line)\n\nSKILLS\nTally\n")
    let school = try #require(resume.education.first)
    #expect(school.location == location)
    #expect(school.area == area)
    #expect(school.institution?.hasSuffix("College") == true)
  }

  @Test func aRegionAfterACityIsTakenOff() throws {
    let result = try #require(
      GluedSchoolName.unglued("Kerala Riverside College", studyType: "MBA", afterCity: true))
    #expect(result.area == nil)
    #expect(result.school == "Riverside College")
    #expect(result.place == "Kerala")
  }

  @Test(arguments: ["Texas A&M University", "New York University", "Ohio State University"])
  func aPlaceThatOpensTheSchoolsOwnNameStays(_ name: String) {
    #expect(GluedSchoolName.unglued(name, studyType: "BS") == nil)
  }

  @Test(arguments: [
    "Eastern Nevada University (CAPTE-accredited)", "Western Oregon University (ABET)",
    "Central Ohio State College (online)",
  ])
  func aNoteInBracketsAfterTheSchoolKeepsItsPlace(_ name: String) {
    #expect(GluedSchoolName.unglued(name, studyType: "MS") == nil)
  }

  @Test func aSchoolWithANoteReadsWholeFromAResumeLine() throws {
    let text = """
      # Ana Ruiz
      ana@example.com

      ## Experience
      **Physical Therapist**, Tall Pines Clinic — Boise, ID
      2020 – Present
      * Treated 20 patients a day

      ## Education
      **Doctor of Physical Therapy**, Eastern Nevada University (CAPTE-accredited), 2020
      """
    let resume = try ResumeReader.read(InputFile(name: "resume.md", text: text)).resume
    let school = try #require(resume.education.first)
    #expect(school.institution == "Eastern Nevada University (CAPTE-accredited)")
    #expect(school.area == "Physical Therapy")
    #expect(ResumeRenderer.markdown(resume).contains("### Doctor of Physical Therapy — Eastern"))
  }
}
