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
