import Testing

@testable import CandorKit

@Suite struct ScaleFigureMeasureTests {
  @Test func everyFigureSaysWhatItMeasures() throws {
    let figures = try PostingFixture.read("scale-figures.txt").scaleFigures
    #expect(figures.map(\.quantity.text) == ["140", "2M", "120 ms", "14", "4 million"])
    #expect(
      figures.map(\.measures) == ["clinics", "requests", "latency", "engineers", "appointments"])
    #expect(figures.map(\.noun) == ["clinics", nil, nil, "engineers", "appointments"])
    #expect(
      figures.map(\.quantity.measure) == [.count, .requests, .latency, .teamSize, .transactions])
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
    // A noun labels only a figure a measure names ("60 calls" are requests).
    #expect(posting.scaleFigures.allSatisfy { $0.noun == nil || $0.quantity.measure != .count })
    #expect(!posting.scaleFigures.contains { $0.quantity.measure == .count })
  }
}
