import Testing

@testable import CandorKit

/// The word next to a point is found by looking beside it, and matches what splitting the
/// whole rest of the text would give.
@Suite struct NearestPieceTests {
  static let samples: [Substring] = [
    "  Python 3.11, and Go ", "", "   ", "one", ",,a,,b,,", "Lead (since 2019) of 12",
  ]

  @Test(arguments: samples)
  func firstAndLastPiecesMatchSplitting(_ text: Substring) {
    let isBreak: (Character) -> Bool = { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" }
    #expect(text.firstPiece(separatedBy: isBreak) == text.split(whereSeparator: isBreak).first)
    #expect(text.lastPiece(separatedBy: isBreak) == text.split(whereSeparator: isBreak).last)
  }

  @Test func partitioningIndexIsTheFirstElementOfTheSecondPart() {
    let starts = [2, 5, 5, 9, 14]
    #expect(starts.partitioningIndex { $0 >= 5 } == 1)
    #expect(starts.partitioningIndex { $0 >= 6 } == 3)
    #expect(starts.partitioningIndex { $0 >= 20 } == 5)
    #expect(starts.partitioningIndex { $0 >= 0 } == 0)
  }
}
