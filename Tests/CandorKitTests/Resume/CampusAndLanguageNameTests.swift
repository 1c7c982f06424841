import Testing

@testable import CandorKit

/// A school system's campus kept in every layout, a town after any other school left out
/// of its name, and spoken languages of two or three words read whole from a summary.
@Suite struct CampusAndLanguageNameTests {
  @Test(arguments: [
    "University of Colorado, Boulder, CO, 2016 - 2020, B.S. Geology, GPA 3.6",
    "University of Colorado | Boulder, CO | 2016 - 2020\nB.S. Geology, GPA 3.6",
    "B.S. Geology | University of Colorado | Boulder, CO | 2016 - 2020 | GPA 3.6",
  ])
  func aSystemsCampusStaysWithDatesBetweenCommasOrAPlaceColumn(lines: String) throws {
    #expect(
      try TrialEightResumeTests.education(lines) == [
        "University of Colorado, Boulder | B.S. | Geology | 2020"
      ])
  }

  @Test(arguments: [
    ("Ohio University, Athens\nB.A. History, 2018", "Ohio University | B.A. | History | 2018"),
    ("B.A. History, Ohio University, Athens, 2018", "Ohio University | B.A. | History | 2018"),
    (
      "B.S. Forestry, University of Oregon, Eugene, 2017",
      "University of Oregon | B.S. | Forestry | 2017"
    ),
  ])
  func aTownAfterASchoolWithOneCampusIsItsPlace(lines: String, expected: String) throws {
    #expect(try TrialEightResumeTests.education(lines) == [expected])
  }

  @Test(arguments: [
    (
      "University of London, Birkbeck\nMSc Economics, 2020",
      "University of London, Birkbeck | MSc | Economics | 2020"
    ),
    (
      "B.A. Music, University of the West Indies, Mona, 2012",
      "University of the West Indies, Mona | B.A. | Music | 2012"
    ),
    (
      "B.S. Physics, University of Nevada, Reno, 2015",
      "University of Nevada, Reno | B.S. | Physics | 2015"
    ),
  ])
  func aSystemTheTableListsAbroadOrAtHomeKeepsItsCampus(lines: String, expected: String)
    throws
  {
    #expect(try TrialEightResumeTests.education(lines) == [expected])
  }

  @Test(arguments: [
    (
      "Care coordinator fluent in Haitian Creole and English.",
      ["Haitian Creole | fluent", "English | fluent"]
    ),
    (
      "Interpreter who speaks Brazilian Portuguese natively and is conversational in "
        + "American Sign Language.",
      ["Brazilian Portuguese | native", "American Sign Language | conversational"]
    ),
    (
      "Native Spanish speaker, fluent in English and Mandarin Chinese.",
      ["Spanish | native", "English | fluent", "Mandarin Chinese | fluent"]
    ),
  ])
  func aLanguageOfSeveralWordsInTheSummaryIsReadWhole(summary: String, expected: [String])
    throws
  {
    let text = TrialEightResumeTests.head + "SUMMARY\n" + summary + TrialThreeResumeTests.skills
    #expect(TrialEightResumeTests.languages(try TrialEightResumeTests.read(text)) == expected)
  }

  @Test func aLanguagesSectionReadsAThreeWordName() throws {
    let text = "LANGUAGES\nAmerican Sign Language (conversational), English (native)\n"
    let resume = try TrialEightResumeTests.read(
      TrialEightResumeTests.head + TrialEightResumeTests.first + text)
    #expect(
      TrialEightResumeTests.languages(resume) == [
        "American Sign Language | conversational", "English | native",
      ])
  }
}
