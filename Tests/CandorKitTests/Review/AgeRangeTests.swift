import Foundation
import Testing

@testable import CandorKit

/// Ages ("children aged 6-11", "niños de 3- 12 años") are not measured results.
@Suite struct AgeRangeTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fixtures/write-variety").standardized

  @Test func aResumeWhoseOnlyNumbersAreAgesIsTreatedAsStatingNone() throws {
    let resume = try ResumeReader.read(
      InputFile.read(Self.folder.appendingPathComponent("ages-resume.txt").path),
      today: WriteCase.today)
    let letter = try String(
      contentsOf: Self.folder.appendingPathComponent("ages-letter.txt"), encoding: .utf8)
    let review = LetterReviewer().review(text: letter, resume: resume)
    let finding = try #require(review.findings.first { $0.rule == "no-quantified-achievement" })
    #expect(finding.severity == .suggestion)
    #expect(finding.message.hasPrefix("add a measured result to your resume first"))
  }

  @Test(arguments: [
    ("Apoyé en la enseñanza de niños de 3- 12 años en Pamplona Alta", "12", true),
    ("Taught reading to children aged 6-11 after school", "6", true),
    ("Coached 12-year-olds in the junior league", "12", true),
    ("Cut month-end close from 6 days to 2 for 12 clients", "12", false),
  ])
  func anAgeIsToldFromACount(_ statement: String, _ number: String, _ isAge: Bool) {
    let quantity = Quantity(
      text: number, value: Double(number)!, unit: nil, measure: .count, context: "")
    #expect(AgeRange.isAge(quantity, in: statement) == isAge)
  }
}
