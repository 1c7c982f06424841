import Testing

@testable import CandorKit

@Suite struct SalaryParserTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var isPayField: Bool
    var minimum: Double?
    var maximum: Double?
    var currency: String?
    var period: Salary.Period?
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    .init(
      text: "$74K-$138K (Glassdoor est.)", isPayField: true, minimum: 74_000, maximum: 138_000,
      currency: "USD", period: .year),
    .init(
      text: "$18-$25 Per Hour(Glassdoor est.)", isPayField: true, minimum: 18, maximum: 25,
      currency: "USD", period: .hour),
    .init(
      text: "Employer Provided Salary:$85K-$90K", isPayField: true, minimum: 85_000,
      maximum: 90_000, currency: "USD", period: .year),
    .init(
      text: "$14.00/hr", isPayField: true, minimum: 14, maximum: 14, currency: "USD",
      period: .hour),
    .init(
      text: "20000-28000", isPayField: true, minimum: 20_000, maximum: 28_000, currency: nil,
      period: .year),
    .init(
      text: "€50.000 – €60.000 brutto pro Jahr", isPayField: true, minimum: 50_000,
      maximum: 60_000, currency: "EUR", period: .year),
    .init(
      text: "£3,200 per month", isPayField: true, minimum: 3_200, maximum: 3_200, currency: "GBP",
      period: .month),
    .init(
      text: "The base salary is USD 120,000 to 150,000.", isPayField: false, minimum: 120_000,
      maximum: 150_000, currency: "USD", period: .year),
    .init(
      text: "S/ 1,200 al mes", isPayField: true, minimum: 1_200, maximum: 1_200, currency: "PEN",
      period: .month),
    .init(
      text: "$130K/yr - $155K/yr", isPayField: false, minimum: 130_000, maximum: 155_000,
      currency: "USD", period: .year),
    .init(
      text: "₹18,00,000 - ₹24,00,000 per annum", isPayField: false, minimum: 1_800_000,
      maximum: 2_400_000, currency: "INR", period: .year),
    .init(
      text: "150-180k", isPayField: true, minimum: 150_000, maximum: 180_000, currency: nil,
      period: .year),
    .init(
      text: "45 000 € – 55 000 € brut annuel", isPayField: true, minimum: 45_000,
      maximum: 55_000, currency: "EUR", period: .year),
    .init(
      text: "Up to $85,000", isPayField: false, minimum: nil, maximum: 85_000, currency: "USD",
      period: .year),
    .init(
      text: "$120k+", isPayField: false, minimum: 120_000, maximum: nil, currency: "USD",
      period: .year),
    // Not pay: no currency outside a pay field, or only zero amounts.
    .init(text: "medical coverage that has $0 deductibles and $0 co-pays", isPayField: false),
    .init(text: "Great benefits available after 90 days", isPayField: false),
    .init(text: "Competitive", isPayField: true),
  ]

  @Test(arguments: cases)
  func readsAmountsCurrencyAndPeriod(_ expected: Case) {
    let salary = SalaryParser.parse(expected.text, isPayField: expected.isPayField)
    #expect(salary?.minimum == expected.minimum)
    #expect(salary?.maximum == expected.maximum)
    #expect(salary?.currency == expected.currency)
    #expect(salary?.period == expected.period)
  }

  @Test func readsJSONLDBaseSalary() {
    let value: [String: Any] = [
      "@type": "MonetaryAmount", "currency": "EUR",
      "value": ["@type": "QuantitativeValue", "value": 4_000, "unitText": "MONTH"],
    ]
    let salary = SalaryParser.structured(value, currency: nil)
    #expect(
      salary
        == Salary(
          text: "EUR 4000 per month", minimum: 4_000, maximum: 4_000, currency: "EUR",
          period: .month))
  }
}
