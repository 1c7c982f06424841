import Testing

@testable import CandorKit

/// A figure about the business's money (revenue, a budget, a book of accounts) is not the
/// pay, even beside a period word such as "annual"; a sentence that names the pay still is.
@Suite struct BusinessMoneyTests {
  static func salary(in line: String) throws -> Salary? {
    let text = """
      # Account Manager

      Birchfold Software is hiring an Account Manager.

      ## What you'll do
      - \(line)
      - Run quarterly business reviews
      """
    return try PostingReader.read(InputFile(name: "posting.md", text: text)).salary
  }

  @Test(arguments: [
    "Own a book of 50 accounts worth about $4M in annual recurring revenue",
    "Manage an annual budget of $2M for regional events",
    "Grow yearly sales past $900K across the territory",
  ])
  func aFigureOfTheBusinessIsNotThePay(_ line: String) throws {
    #expect(try Self.salary(in: line) == nil)
  }

  @Test(arguments: [
    ("The annual salary is $70,000–$85,000 plus sales commission", 70_000.0),
    ("Earn $62,000 a year plus a commission on new sales", 62_000.0),
  ])
  func aSentenceThatNamesThePayStillGivesIt(_ line: String, _ minimum: Double) throws {
    #expect(try Self.salary(in: line)?.minimum == minimum)
  }
}
