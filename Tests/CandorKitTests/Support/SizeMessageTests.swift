import Testing

@testable import CandorKit

/// A file over a size limit is told in the limit's unit, with just enough decimals that
/// the file's size and the limit never read the same.
@Suite struct SizeMessageTests {
  @Test(arguments: [
    (1_100_000, 1_048_576, "1.05 MB", "1 MB"),
    (1_468_006, 1_048_576, "1.4 MB", "1 MB"),
    (52_428_800, 10_485_760, "50 MB", "10 MB"),
    (65_600, 65_536, "64.1 KB", "64 KB"),
    (70_000, 65_536, "68 KB", "64 KB"),
  ])
  func sizeAndLimitNeverReadTheSame(_ bytes: Int, _ limit: Int, _ size: String, _ most: String) {
    let told = CandorError.sizes(bytes, limit)
    #expect(told.size == size)
    #expect(told.limit == most)
  }

  @Test func theLetterMessageShowsTheDifference() {
    let error = CandorError.letterTooLarge(path: "big.txt", bytes: 1_100_000, limit: 1_048_576)
    #expect(error.message.hasPrefix("big.txt: is 1.05 MB, larger than the 1 MB a letter may be"))
  }
}
