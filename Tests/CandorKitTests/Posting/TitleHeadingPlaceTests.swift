import Testing

@testable import CandorKit

/// A heading that names the role, the company and the place at once:
/// "HR Generalist — Larch & Finch Distribution (Reno, NV)".
@Suite struct TitleHeadingPlaceTests {
  @Test(arguments: [" — ", " - ", " | ", " at "])
  func theHeadingSplitsIntoTitleCompanyAndLocation(separator: String) throws {
    let text = """
      # Payroll Specialist\(separator)Copperleaf Outfitters (Boise, ID)

      Copperleaf Outfitters sells camping gear from nine stores.

      ## Requirements
      - 2+ years running payroll
      - Advanced Excel
      """
    let posting = try PostingFixture.read(text: text, name: "posting.md")
    #expect(posting.title == "Payroll Specialist")
    #expect(posting.company == "Copperleaf Outfitters")
    #expect(posting.location == "Boise, ID")
  }

  @Test func theHeadingNamesTheCompanyTheTextShortens() throws {
    let text = """
      # Payroll Specialist — Copperleaf Outfitters Group (Boise, ID)

      Copperleaf Outfitters sells camping gear from nine stores.

      ## Requirements
      - 2+ years running payroll
      """
    let posting = try PostingFixture.read(text: text, name: "posting.md")
    #expect(posting.title == "Payroll Specialist")
    #expect(posting.company == "Copperleaf Outfitters Group")
    #expect(posting.location == "Boise, ID")
  }

  @Test func aSpecialityInBracketsStaysInTheTitle() {
    #expect(TitlePlace.split("Engineer (Backend, Platform)") == nil)
    let split = TitlePlace.split("Nurse — Mercy West (Reno, NV)")
    #expect(split?.title == "Nurse — Mercy West")
    #expect(split?.company == "Mercy West")
    #expect(split?.place == "Reno, NV")
  }
}
