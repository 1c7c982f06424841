import Testing

@testable import CandorKit

@Suite struct DateParserTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var input: String
    /// "start..end", "start..present", "start..(open)" or "date".
    var expected: String
    var testDescription: String { input }
  }

  static let ranges: [Case] = [
    Case(input: "Jan 2020 – Present", expected: "2020-01..present"),
    Case(input: "2019-2021", expected: "2019..2021"),
    Case(input: "03/2018 to 11/2020", expected: "2018-03..2020-11"),
    Case(input: "Oct. 2021 – Current", expected: "2021-10..present"),
    Case(input: "Febuary 2010 - August 2010", expected: "2010-02..2010-08"),
    Case(input: "March 2013 - Feburary 2018", expected: "2013-03..2018-02"),
    Case(input: "Sept 2013 to May 2015", expected: "2013-09..2015-05"),
    Case(input: "July 2005 -- April 2007", expected: "2005-07..2007-04"),
    Case(input: "October 1997-April 1999", expected: "1997-10..1999-04"),
    Case(input: "Jan 2019 to Till Date", expected: "2019-01..present"),
    Case(input: "Jan 2019 till date", expected: "2019-01..present"),
    Case(input: "EDUCACIÓN (03/2019-EN CURSO)", expected: "2019-03..present"),
    Case(input: "EXPERIENCIA (10/2022-05/2023)", expected: "2022-10..2023-05"),
    Case(input: "marzo de 2018 - diciembre de 2020", expected: "2018-03..2020-12"),
    Case(input: "Enero 2019 – Actualidad", expected: "2019-01..present"),
    Case(input: "Jan – Mar 2020", expected: "2020-01..2020-03"),
    Case(input: "2013-12-01 to 2014-12-01", expected: "2013-12-01..2014-12-01"),
    Case(
      input: "Sapient Services  August 2016 - November 2018 (2 years)",
      expected: "2016-08..2018-11"),
    Case(input: "June 2020 – MERN Stack Developer, Acme", expected: "2020-06..(open)"),
    Case(input: "Developer, 2019 - Present", expected: "2019..present"),
    Case(input: "since Jan '2012", expected: "2012-01"),
    Case(input: "Graduated May 2016", expected: "2016-05"),
    Case(input: "September 26th 2022", expected: "2022-09-26"),
    Case(input: "15 March 2021", expected: "2021-03-15"),
    Case(input: "2022 Personal Expense Tracker", expected: "2022"),
    Case(input: "Sep-2020 – Dec-2021", expected: "2020-09..2021-12"),
    Case(input: "2016 – Current", expected: "2016..present"),
    Case(input: "Dec '19 – Jan '21", expected: "2019-12..2021-01"),
    Case(input: "10/2016 – 02/2019", expected: "2016-10..2019-02"),
    Case(input: "01/15/2020 - 03/10/2021", expected: "2020-01..2021-03"),
    Case(input: "Mar. 2019 - Actualidad", expected: "2019-03..present"),
    Case(input: "Summer 2019", expected: "2019-06"),
    Case(input: "janvier 2018 - août 2020", expected: "2018-01..2020-08"),
    Case(input: "Oct 2015 to date", expected: "2015-10..present"),
  ]

  @Test(arguments: ranges)
  func readsEveryCommonForm(_ example: Case) {
    #expect(DateParser.span(in: example.input).map(Self.describe) == example.expected)
  }

  @Test(arguments: [
    "Led 2000+ engineers", "Cut costs by $2019", "Python 3.11", "Call 555-0143",
    "Marketing team of 12", "S3 and EC2", "11-Sep-20", "Decided to move",
  ])
  func findsNoDateWhereThereIsNone(_ text: String) {
    #expect(DateParser.span(in: text) == nil)
  }

  @Test(arguments: [
    ("June 2020", "2020-06"), ("2020-03-01", "2020-03-01"), ("Sept 2013", "2013-09"),
    ("2014", "2014"), ("2017-12-24T15:53:00", "2017-12-24"), (" May 2015 ", "2015-05"),
  ])
  func readsAWholeFieldAsOneDate(_ text: String, _ iso: String) {
    #expect(DateParser.date(text)?.iso == iso)
  }

  @Test(arguments: ["Present", "Expires September 26th 2022", "", "soon", "2020 and 2021"])
  func rejectsFieldsThatAreNotOneDate(_ text: String) {
    #expect(DateParser.date(text) == nil)
  }

  @Test(arguments: ["Present", "current", "Till Date", "en curso", "Actualidad"])
  func recognisesThePresent(_ text: String) {
    #expect(DateParser.isPresent(text))
  }

  static func describe(_ span: DateSpan) -> String {
    let start = span.start?.iso ?? "?"
    if span.isCurrent { return "\(start)..present" }
    if let end = span.end { return "\(start)..\(end.iso)" }
    if span.isOpen { return "\(start)..(open)" }
    return start
  }
}
