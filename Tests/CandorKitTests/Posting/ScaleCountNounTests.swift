import Testing

@testable import CandorKit

/// Pallets shipped and farms served are a business's scale (trial23 P2-5): "ships 2,000
/// pallets per shift", "used on 9,000 farms".
@Suite struct ScaleCountNounTests {
  @Test(arguments: [
    ("Our warehouse ships 2,000 pallets per shift.", "pallets"),
    ("Our sensors are used on 9,000 farms.", "farms"),
  ])
  func aCountOfGoodsOrPlacesIsAScaleFigure(_ sentence: String, _ noun: String) throws {
    let text = "Warehouse Lead\nTamsin Cold Storage\n\n\(sentence)\n\nRequirements\n- Forklift work"
    let figures = try PostingFixture.read(text: text).scaleFigures
    #expect(figures.map(\.noun) == [noun])
  }
}
