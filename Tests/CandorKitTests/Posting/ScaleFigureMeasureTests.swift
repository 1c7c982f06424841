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
    ("weekly readmission reports for 12 patients", .count),
    ("joined the Shipment Events team (6 engineers)", .teamSize),
    ("patients book 4 million appointments a month", .transactions),
    ("p99 latency under 120 ms. Our team ships weekly", .latency),
  ])
  func theNounAfterTheNumberDecidesTheMeasure(_ text: String, _ measure: Quantity.Measure) {
    #expect(QuantityExtractor.quantities(in: text).first?.measure == measure)
  }

  /// The last of two nouns is the one counted, and people served are a product's users only
  /// where software is named (twelfth trial: "opened 35 savings accounts" was a cost).
  @Test(arguments: [
    ("Opened 27 savings accounts for new members", Quantity.Measure.count),
    ("Greeted 410 customers a day at the counter", .count),
    ("Taught 95 students in two sections", .count),
    ("Our mobile app serves 2 million customers", .users),
    ("The patient portal has 90,000 patients enrolled online", .users),
    ("Grew the newsletter to 8,000 subscribers", .users),
    ("Merged 12 cost centers into 7", .count),
    ("Posted 180 transactions per shift", .transactions),
  ])
  func peopleServedAreUsersOnlyOfSoftware(_ text: String, _ measure: Quantity.Measure) {
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
