import Testing

@testable import CandorKit

@Suite struct ScaleFigureMeasureTests {
  @Test func everyFigureSaysWhatItMeasures() throws {
    let figures = try PostingFixture.read("scale-figures.txt").scaleFigures
    #expect(figures.map(\.quantity.text) == ["140", "2M", "120 ms", "14", "4 million"])
    #expect(
      figures.map(\.measures) == ["clinics", "requests", "latency", "teamSize", "transactions"])
    #expect(figures.map(\.noun) == ["clinics", nil, nil, nil, nil])
  }

  @Test func outlineNamesThePlainNounOfACount() throws {
    let outline = PostingOutline.render(try PostingFixture.read("scale-figures.txt"))
    #expect(outline.contains("line 5: 140 (clinics) in"))
    #expect(!outline.contains("(users)"))
  }

  @Test(arguments: [
    ("serves 2M requests/day", Quantity.Measure.requests),
    ("runs 140 community clinics", .count),
    ("weekly readmission reports for 12 patients", .users),
    ("joined the Shipment Events team (6 engineers)", .teamSize),
    ("patients book 4 million appointments a month", .transactions),
    ("p99 latency under 120 ms. Our team ships weekly", .latency),
  ])
  func theNounAfterTheNumberDecidesTheMeasure(_ text: String, _ measure: Quantity.Measure) {
    #expect(QuantityExtractor.quantities(in: text).first?.measure == measure)
  }

  @Test(arguments: ["Lift up to 25 pounds", "Answer 60 calls an hour", "Has 3 dogs"])
  func countsOfOtherNounsAreNoScaleFigure(_ text: String) throws {
    let posting = try PostingFixture.read(
      text: "Title: Clerk\nCompany: Acme\n\nAbout us\n\(text).\n")
    #expect(posting.scaleFigures.allSatisfy { $0.noun == nil })
    #expect(!posting.scaleFigures.contains { $0.quantity.measure == .count })
  }
}
