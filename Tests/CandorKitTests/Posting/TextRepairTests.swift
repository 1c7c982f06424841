import Testing

@testable import CandorKit

@Suite struct TextRepairTests {
  @Test func splitsRunTogetherListItemsButNotProductNames() {
    let line = TextLine(
      "Requirements:Experience with content management systemsFamiliar with JavaScript and "
        + "PowerPoint (any blogging counts!)Loves food and home cookingExcellent "
        + "communication skillsTexasDiploma or degree in Nursing, preferred6 + years as a nurse",
      line: 4)
    let parts = LineRepair.splitRunTogether(line).map(\.text)
    #expect(
      parts == [
        "Requirements:", "Experience with content management systems",
        "Familiar with JavaScript and PowerPoint (any blogging counts!)",
        "Loves food and home cooking", "Excellent communication skills", "Texas",
        "Diploma or degree in Nursing, preferred", "6 + years as a nurse",
      ])
    #expect(LineRepair.splitRunTogether(line).allSatisfy { $0.line == 4 })
  }

  @Test(arguments: [
    (
      "Retail experience a plusWeekend availability required",
      ["Retail experience a plus", "Weekend availability required"]
    ),
    (
      "Location:Austin, TX (hybrid, two days a week)",
      ["Location:Austin, TX (hybrid, two days a week)"]
    ),
    (
      "Experience with JavaScript, PowerPoint and iPhone apps",
      ["Experience with JavaScript, PowerPoint and iPhone apps"]
    ),
  ])
  func splitsShortLinesOnlyWhereWordsAreGlued(_ sample: (String, [String])) {
    #expect(LineRepair.splitRunTogether(TextLine(sample.0, line: 1)).map(\.text) == sample.1)
  }

  @Test func joinsLinesAPrinterWrapped() {
    let lines = [
      "• Inspect, repair and commission inverters and battery systems at customer sites across",
      "the region",
      "• Keep service records up to date in the field app and in the customer's own portal",
      "Requirements:",
    ].enumerated().map { TextLine($0.element, line: $0.offset + 1) }
    let joined = LineRepair.joinWrapped(lines).map(\.text)
    #expect(joined.count == 3)
    #expect(joined[0].hasSuffix("customer sites across the region"))
  }

  @Test func joinsAProseParagraphWrappedByHandWithoutAPageWidth() {
    let lines = [
      "Cedar Hollow runs home visits and parent coaching for about 640 families in Yavapai",
      "County. This year we opened a second clinic in Prescott.",
      "",
      "Requirements",
      "- Master's degree in Social Work and an active LCSW license in Arizona or reciprocity",
      "Nice to have",
    ].enumerated().map { TextLine($0.element, line: $0.offset + 1) }
    let joined = LineRepair.joinWrapped(lines).map(\.text)
    #expect(joined.count == 5)
    #expect(
      joined[0].hasSuffix(
        "families in Yavapai County. This year we opened a second clinic in Prescott."))
    #expect(joined.last == "Nice to have")
  }

  @Test(arguments: [
    ("NaveenÂGÂ", "Naveen G"), ("Location:ÂWaltham, MA", "Location: Waltham, MA"),
    ("Â", ""), ("ÂREA DE DATOS", "ÂREA DE DATOS"),
  ])
  func removesDebrisOfBrokenNoBreakSpaces(_ sample: (String, String)) {
    #expect(LineRepair.removeStrayCircumflex(sample.0) == sample.1)
  }

  @Test func splitsSentencesButNotAbbreviations() {
    let text = "Founded by Dr. Lee in the U.S. in 2011. We ship e.g. kits daily! Players.We grow."
    #expect(
      PostingSentences.split(text) == [
        "Founded by Dr. Lee in the U.S. in 2011.", "We ship e.g. kits daily!", "Players.",
        "We grow.",
      ])
  }

  @Test func setsPrintFurnitureAndAdsAsideWithANote() throws {
    let posting = try PostingFixture.read("printed-page.txt")
    let text = posting.lines.map(\.text)
    #expect(!text.contains { $0.contains("workboard.example") || $0 == "1/2" })
    #expect(!text.contains { $0.contains("Sponsored") || $0.contains("Bootcamp") })
    #expect(!text.contains { $0.hasPrefix("3/14/24") })
    #expect(posting.notes.first?.hasPrefix("set aside 11 lines of page furniture") == true)
  }

  @Test func readsLineEndingsNoBreakSpacesAndMojibakeBullets() throws {
    let posting = try PostingFixture.read("glassdoor-scrape.txt")
    #expect(
      posting.responsibilities.first?.text
        == "Build weekly dashboards on claim volume and cycle time")
    #expect(
      posting.lines.contains {
        $0.text
          == "Quillon Mutual is looking for a Claims Data Analyst to turn claims data "
          + "into decisions."
      })
    #expect(posting.notes.contains("dropped the job board rating 4.1 after the company name"))
    let crOnly = try PostingFixture.read("lone-cr.txt")
    #expect(crOnly.requirements.map(\.line) == [5, 6])
  }

  @Test(arguments: [
    ("two-postings.txt", "Regional Sales Director", 16, "Payroll Specialist"),
    ("pasted-second-posting.txt", "Sales Account Director", 14, "Line Cook"),
    (
      "scrape-with-second-job.txt", "Sales Account Director", 10, "Sales Development Representative"
    ),
  ])
  func setsASecondPastedPostingAside(_ sample: (String, String, Int, String)) throws {
    let (file, second, line, title) = sample
    let posting = try PostingFixture.read(file)
    #expect(posting.title == title)
    #expect(
      posting.notes.last
        == "a second posting (\"\(second)\") starts at line \(line); it was set aside")
    #expect(posting.lines.allSatisfy { $0.line < line })
    #expect(posting.requirements.allSatisfy { $0.line < line })
  }
}
