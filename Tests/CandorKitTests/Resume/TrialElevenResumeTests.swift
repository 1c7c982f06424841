import Foundation
import Testing

@testable import CandorKit

/// Faults the eleventh new-user trial found in the readers, on invented text of the same
/// shapes.
@Suite struct TrialElevenResumeTests {
  static func resume(_ text: String) throws -> Resume {
    try ResumeReader.read(InputFile(name: "cv.txt", text: text), lexicon: .standard).resume
  }

  @Test(arguments: ["CAREER BREAK", "Sabbatical", "Parental Leave"])
  func timeAwayIsNoEmployer(_ heading: String) throws {
    let resume = try Self.resume(
      "Noor Adeyemi\nnoor@example.com\n\nEXPERIENCE\nVet Technician\nElm Grove Animal Clinic\n"
        + "2018 – 2022\n- Ran 20 dental cleanings a week\n\n\(heading)\n"
        + "Family caregiver, 2022 – 2025\nCompleted 24 hours of anesthesia training (2024)\n")
    // Under a "CAREER BREAK" heading the role is a break that keeps its words.
    let caregiver = try #require(
      resume.work.first { ($0.position ?? $0.description ?? "").contains("Family caregiver") })
    #expect(caregiver.name == nil)
    #expect(resume.work.first?.name == "Elm Grove Animal Clinic")
  }

  @Test func aBulletMarkedWithOBeforeAFigureIsABullet() throws {
    let resume = try Self.resume(
      "Sam Okafor\nsam@example.com\n\nEXPERIENCE\nRoute Driver, Tallgrass Freight, 2019 – 2024\n"
        + "  o Drove 90,000 miles a year on regional routes\n"
        + "  o 5 years with zero preventable accidents\n")
    #expect(
      resume.work.first?.highlights == [
        "Drove 90,000 miles a year on regional routes", "5 years with zero preventable accidents",
      ])
  }

  /// The left column runs long, two spaces short of the right column's heading.
  @Test func aRightColumnHeadingAfterTwoSpacesLeavesTheLeftColumnsBullet() throws {
    let left = [
      "EXPERIENCE", "Lab Technician", "Birchwood Labs, Madison, WI", "2019 – 2023",
      "- Ran 40 assays a day on the", "  Hamilton liquid handler",
      "- Cut rerun rate from 9% to 4% in 1 year",
      "- Kept the sample log in LabWare",
    ]
    let right = [
      "SKILLS", "- LabWare", "- PCR", "- Pipetting", "", "", "EDUCATION", "B.S. Biology",
    ]
    let width = 41
    var lines = ["Ines Moreau", "ines@example.com", ""]
    for (index, text) in left.enumerated() {
      let gap = text.count >= width - 1 ? "  " : String(repeating: " ", count: width - text.count)
      lines.append(right[index].isEmpty ? text : text + gap + right[index])
    }
    lines.append(String(repeating: " ", count: width) + "Lakeshore State College, 2018")
    let resume = try Self.resume(lines.joined(separator: "\n") + "\n")
    #expect(
      resume.work.first?.highlights?.contains("Cut rerun rate from 9% to 4% in 1 year") == true)
    #expect(resume.education.first?.institution == "Lakeshore State College")
  }
}
