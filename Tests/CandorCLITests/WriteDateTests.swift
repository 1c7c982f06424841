import Foundation
import Testing

@testable import CandorCLI

/// The date `candor write` puts on a letter, read without a `DateFormatter`.
@Suite struct WriteDateTests {
  @Test func isoDatePadsYearMonthAndDay() {
    #expect(WriteCommand.isoDate(year: 2025, month: 6, day: 2) == "2025-06-02")
    #expect(WriteCommand.isoDate(year: 987, month: 12, day: 31) == "0987-12-31")
    #expect(WriteCommand.isoDate(year: 2031, month: 10, day: 10) == "2031-10-10")
  }

  @Test(.enabled(if: ProcessInfo.processInfo.environment["CANDOR_TODAY"] == nil))
  func todayIsTheLocalDateADateFormatterWrites() {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd"
    let before = formatter.string(from: Date())
    let today = WriteCommand.today()
    let after = formatter.string(from: Date())
    #expect(today == before || today == after)
  }
}
