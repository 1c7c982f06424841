import Foundation
import Testing

@testable import CandorKit

/// A street address in a resume's header keeps its flat or suite with the street, and the
/// town on the line below it is the town.
@Suite struct HeaderAddressTests {
  static func location(_ header: String) throws -> Resume.Location? {
    let text =
      "Ida Marsh\n\(header)\nida@example.com | 555-201-3344\n\nEXPERIENCE\n"
      + "Clerk, Harbor Mills, 2019 – 2022\n- Filed 300 reports\n"
    return try ResumeReader.read(InputFile(name: "cv.txt", text: text), lexicon: .standard)
      .resume.basics?.location
  }

  @Test(arguments: [
    "1420 Maple Avenue, Apt 3\nSpringfield, IL 62704",
    "1420 Maple Avenue, Apt 3, Springfield, IL 62704",
  ])
  func aUnitStaysWithTheStreetAndTheTownIsTheTown(_ header: String) throws {
    let location = try #require(try Self.location(header))
    #expect(location.address == "1420 Maple Avenue, Apt 3")
    #expect(location.city == "Springfield")
    #expect(location.region == "IL")
    #expect(location.postalCode == "62704")
  }

  @Test func aTownTheTablesDoNotKnowIsReadUnderAStreet() throws {
    let location = try #require(try Self.location("Calle Los Olivos 245, Dpto 3\nMiraflores, Lima"))
    #expect(location.address == "Calle Los Olivos 245, Dpto 3")
    #expect(location.city == "Miraflores")
    #expect(location.region == "Lima")
  }

  @Test(arguments: ["Apt 3", "Suite 200", "#4B", "Dpto. 3", "Unit 12"])
  func unitsAreToldFromTowns(_ unit: String) {
    #expect(LocationParser.isUnit(unit))
  }

  @Test(arguments: ["Springfield", "Miraflores", "Apt Hill Road"])
  func townsAreNotUnits(_ town: String) {
    #expect(!LocationParser.isUnit(town))
  }
}
