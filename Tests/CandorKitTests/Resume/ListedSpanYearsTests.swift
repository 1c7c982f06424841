import Foundation
import Testing

@testable import CandorKit

/// Seasons and ranges listed one after another keep their own stretches, so years of
/// experience count the months worked, not the gaps between them.
@Suite struct ListedSpanYearsTests {
  static func parse(_ heading: String) throws -> ParsedResume {
    let text =
      "Tess Ambry\ntess@example.com\n\nEXPERIENCE\n" + heading
      + "\n- Led 12 paddling trips a week\n\nEDUCATION\nB.A. History, Ohio University, 2018\n"
    return try ResumeReader.read(
      InputFile(name: "cv.txt", text: text), lexicon: PostingFixture.lexicon,
      today: try #require(ISO8601DateFormatter().date(from: "2026-01-15T00:00:00Z")))
  }

  @Test(arguments: [
    "Kayak Guide, Otter Bay Outfitters, Summers 2019–2022",
    "Kayak Guide, Otter Bay Outfitters\nSummers 2019 - 2022",
    "Kayak Guide, Otter Bay Outfitters, summers 2019 – 2022",
  ])
  func eachSummerOfARangeCountsJuneToAugust(heading: String) throws {
    let parsed = try Self.parse(heading)
    #expect(parsed.yearsOfExperience == 1.0)
    #expect(parsed.workPeriods?.map(\.start) == ["2019-06", "2020-06", "2021-06", "2022-06"])
    #expect(parsed.workPeriods?.last?.end == "2022-08")
    #expect(parsed.resume.work.first?.name == "Otter Bay Outfitters")
  }

  @Test(arguments: [
    ("Kayak Guide, Otter Bay Outfitters (Jun–Aug 2019, Jun–Aug 2020)", "2019-06", "2020-08"),
    (
      "Kayak Guide, Otter Bay Outfitters, Jun 2019 – Aug 2019, Jun 2020 – Aug 2020",
      "2019-06", "2020-08"
    ),
    ("Kayak Guide, Otter Bay Outfitters, Summer 2019 and 2020", "2019-06", "2020-08"),
    ("Kayak Guide, Otter Bay Outfitters, Oct–Dec 2019, 2020", "2019-10", "2020-12"),
  ])
  func listedSeasonsKeepOneSpanButCountTheirOwnMonths(
    heading: String, start: String, end: String
  ) throws {
    let parsed = try Self.parse(heading)
    #expect(parsed.resume.work.first?.startDate == start)
    #expect(parsed.resume.work.first?.endDate == end)
    #expect(parsed.workPeriods?.count == 2)
    #expect(parsed.yearsOfExperience == 0.5)
  }

  @Test func oneRangeHasNoListedStretches() throws {
    let parsed = try Self.parse("Kayak Guide, Otter Bay Outfitters, 2019 – 2021")
    #expect(parsed.workPeriods == nil)
    #expect(parsed.yearsOfExperience == 2.0)
  }
}
