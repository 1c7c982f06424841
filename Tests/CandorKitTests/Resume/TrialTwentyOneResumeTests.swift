import Foundation
import Testing

@testable import CandorKit

/// Faults the twenty-first new-user trial found in the resume reader, on invented text of
/// the same shapes.
@Suite struct TrialTwentyOneResumeTests {
  static func resume(_ text: String, name: String = "cv.txt") throws -> Resume {
    try ResumeReader.read(InputFile(name: name, text: text), lexicon: .standard).resume
  }

  /// A state's code that is also a word ("IN", "OR", "ME", "OK", "HI", "ID") after a town
  /// is the role's place, and the role keeps its dates and highlights.
  @Test(arguments: ["IN", "OR", "ME", "OK", "HI", "ID"])
  func aStateCodeThatIsAWordIsAPlace(_ code: String) throws {
    let resume = try Self.resume(
      "Dale Ostrowski\ndale@example.com\n\nEXPERIENCE\n"
        + "Route Driver, Prairie Feed Haulers, Elkton, \(code)       2016 - May 2022\n"
        + "- Drove 1,900 miles a week on feed routes\n- Kept 400,000 miles without a claim\n\n"
        + "Yard Driver, Tri-County Lumber, Ada, OH                 2012 - 2016\n"
        + "- Moved 60 trailers a shift\n")
    let route = try #require(resume.work.first)
    #expect(route.name == "Prairie Feed Haulers")
    #expect(route.location?.contains("Elkton, \(code)") == true)
    #expect(route.startDate == "2016")
    #expect(route.endDate == "2022-05")
    #expect(route.highlights?.count == 2)
    #expect(resume.work.count == 2)
  }

  /// A "CAREER BREAK" section before the work is a break entry, never the summary; the
  /// header's licence line lists certificates.
  @Test func aCareerBreakSectionIsABreakAndTheLicenceLineCertificates() throws {
    let resume = try Self.resume(
      "Wanda Pruitt\nToledo, OH | 419-555-0143 | wanda@example.com\n\n"
        + "Class B CDL (Ohio), Passenger and School Bus endorsements, DOT medical card current\n\n"
        + "CAREER BREAK\nMarch 2022 - June 2024: stayed home to raise my twins. Kept my CDL\n"
        + "current and finished a 12-hour defensive driving course in May 2024.\n\n"
        + "EXPERIENCE\nSchool Bus Driver, Maumee Valley Schools, Toledo, OH   2015 - 2022\n"
        + "- Drove a 72-seat route with 2 daily runs\n")
    #expect(resume.basics?.summary == nil)
    let pause = try #require(resume.work.first { $0.isBreak })
    #expect(pause.description == "Career break (stayed home to raise my twins)")
    #expect(pause.startDate == "2022-03")
    #expect(pause.endDate == "2024-06")
    #expect(pause.highlights?.first?.hasPrefix("Kept my CDL current") == true)
    let names = resume.certificates.compactMap(\.name)
    #expect(names.contains { $0.hasPrefix("Class B CDL") })
    #expect(names.contains("Passenger and School Bus endorsements"))
    #expect(resume.work.contains { $0.name == "Maumee Valley Schools" })
  }

  /// An employer on its own line above its roles: every role under it, a site after the
  /// title or not, takes that employer.
  @Test func anEmployerLineAboveItsRolesGivesThemItsName() throws {
    let resume = try Self.resume(
      "Jonah Albright\njonah@example.com\n\nEXPERIENCE\nHollis Cold Storage, Dayton, OH\n"
        + "Shift Supervisor, Vandalia DC — 2022 to present\n"
        + "  - Scheduled 70 associates across 3 shifts\n\n"
        + "Forklift Lead, Vandalia DC — 2019 to 2022\n  - Trained 25 new drivers\n\n"
        + "Bramble Outfitters, Columbus, OH\nStock Associate — 2016 to 2019\n"
        + "  - Received 40 pallets a week\n")
    #expect(
      resume.work.map(\.name) == [
        "Hollis Cold Storage", "Hollis Cold Storage", "Bramble Outfitters",
      ])
    #expect(
      resume.work.map(\.position) == ["Shift Supervisor", "Forklift Lead", "Stock Associate"])
    #expect(resume.work[0].location == "Vandalia DC")
    #expect(resume.work[2].location == "Columbus, OH")
    #expect(resume.work[1].highlights == ["Trained 25 new drivers"])
  }

  /// A state's name that opens a school's name is part of it, and the field after the
  /// degree is read.
  @Test func aSchoolNamedForAStateKeepsItsName() throws {
    let resume = try Self.resume(
      "# Lena Marsh\nlena@example.com\n\n## Education\n\n"
        + "**B.S., Environmental Science**, Iowa Wesleyan University — 2024, GPA 3.4\n",
      name: "cv.md")
    let school = try #require(resume.education.first)
    #expect(school.institution == "Iowa Wesleyan University")
    #expect(school.studyType == "B.S.")
    #expect(school.area == "Environmental Science")
    #expect(school.location == nil)
  }

  /// "Host, then Floor Manager, …": a promotion joined by "then" is one title, and the
  /// employer is what follows it.
  @Test func aThenJoinedTitlePairIsOneTitle() throws {
    let resume = try Self.resume(
      "Rosa Ibarra\nrosa@example.com\n\nEXPERIENCE\n"
        + "Host, then Floor Manager, Copper Kettle Diner, Boise, ID     2014 - 2018\n"
        + "- Ran a 40-seat floor on weekends\n")
    let role = try #require(resume.work.first)
    #expect(role.position == "Host, then Floor Manager")
    #expect(role.name == "Copper Kettle Diner")
  }
}
