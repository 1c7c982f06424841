import Testing

@testable import CandorKit

/// Resume faults found by the second new-user trial of 2026-12-05, each as a kind of fault.
@Suite struct TrialTwoResumeTests {
  static func work(_ text: String, name: String = "cv.txt") throws -> [String] {
    let file = InputFile(name: name, text: text)
    return try ResumeReader.read(file, lexicon: TestLexicon.small).resume.work.map { job in
      [job.name ?? "-", job.position ?? "-", job.location ?? "-", job.startDate ?? "-"]
        .joined(separator: " | ")
    }
  }

  @Test func aCityAndStateCodeAfterTheEmployerIsThePlaceNotTheEmployer() throws {
    let work = try Self.work(
      "Ana Ruiz\nana@example.com\n\nEXPERIENCE\nPrep Cook, The Copper Pot, Boise ID, 2020-2023\n"
        + "- Washed 400 plates a night\n")
    #expect(work == ["The Copper Pot | Prep Cook | Boise ID | 2020"])
  }

  @Test func aStateCodeThatIsAnEnglishWordIsNotAPlace() {
    #expect(LocationParser.isPlace("Boise ID"))
    #expect(LocationParser.isPlace("Austin TX"))
    #expect(!LocationParser.isPlace("Sign IN"))
    #expect(!LocationParser.isPlace("Blue Door"))
  }

  @Test func aSeasonDatesTheEntryAndFreelanceIsTheEmployer() throws {
    let work = try Self.work(
      "# Ana Ruiz\nana@example.com\n\n## Experience\n\n**Web Developer**, Freelance, "
        + "Summer 2019\n- Built a shop site for a florist\n\n**Tester** | Quill Labs | "
        + "03/2020 - 05/2022\n- Wrote 200 test cases\n", name: "cv.md")
    #expect(
      work == ["Freelance | Web Developer | - | 2019-06", "Quill Labs | Tester | - | 2020-03"])
    let span = DateParser.span(in: "Winter 2019")!
    #expect(SeasonSpan.range(span, in: "Winter 2019")?.end?.iso == "2020-02")
  }

  @Test func aRunningHeaderNamingTheResumeIsDroppedAwayFromAPageBreak() throws {
    let text =
      "Ana Ruiz\nana@example.com\n\nEXPERIENCE\nGlacier Foods          Boise, ID\n"
      + "Buyer                                  Jan 2020 – Present\n- Bought 300 items\n\n"
      + "Ana Ruiz – Resume                          Page 2 of 2\n"
      + "Cedar Mart                       Nampa, ID\nClerk                Jun 2016 – Dec 2019\n"
      + "- Stocked 40 aisles\n"
    let work = try Self.work(text)
    #expect(
      work.map { $0.split(separator: "|")[0].trimmingSpaces() } == ["Glacier Foods", "Cedar Mart"])
  }

  @Test func freshAndLinkedInLayoutsMapTheirWrappedSections() throws {
    let fresh =
      #"{"name": "Ana Ruiz", "employment": {"history": [{"employer": "Quill Labs", "#
      + #""position": "Tester", "start": "2019-02"}]}, "#
      + #""skills": {"sets": [{"name": "Testing", "skills": ["Playwright"]}]}}"#
    let freshResume = try ResumeReader.read(
      InputFile(name: "a.json", text: fresh), lexicon: TestLexicon.small
    ).resume
    #expect(freshResume.work.map(\.name) == ["Quill Labs"])
    #expect(freshResume.skills.map(\.keywords) == [["Playwright"]])
    let linkedIn =
      #"{"firstName": "Ana", "lastName": "Ruiz", "positions": {"values": [{"#
      + #""company": {"name": "Loop Studio"}, "title": "Designer", "#
      + #""startDate": {"year": 2021, "month": 4}}]}, "#
      + #""skills": {"values": [{"skill": {"name": "Figma"}}]}}"#
    let resume = try ResumeReader.read(
      InputFile(name: "b.json", text: linkedIn), lexicon: TestLexicon.small
    ).resume
    #expect(resume.work.map(\.name) == ["Loop Studio"])
    #expect(resume.work.map(\.startDate) == ["2021-04"])
    #expect(resume.skills.map(\.name) == ["Figma"])
  }

  @Test func aJSONResumeWhoseSectionsHoldNothingIsNotAResume() {
    #expect(throws: CandorError.self) {
      try ResumeReader.read(
        InputFile(name: "c.json", text: #"{"employment": {"foo": 1}}"#),
        lexicon: TestLexicon.small)
    }
  }
}
