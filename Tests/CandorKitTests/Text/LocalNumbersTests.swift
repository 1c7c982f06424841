import Testing

@testable import CandorKit

/// Figures read in any language's number format, with every reading a separator allows.
@Suite struct LocalNumbersTests {
  @Test(arguments: [
    ("migré 40.000 registros", [[40_000.0], [40.0]], nil as String?),
    ("migrated 40,000 records", [[40_000.0], [40.0]], nil),
    ("migré 40\u{202F}000 registres", [[40_000.0]], nil),
    ("1.250.000 visitas", [[1_250_000.0]], nil),
    ("subió un 3,5 %", [[3.5]], "%"),
    ("ahorré 1.200,50 €", [[1_200.5]], "€"),
    ("saved €1.200", [[1_200.0], [1.2]], "€"),
    ("entre 12 300 lectores", [[12_300.0], [12.0, 300.0]], nil),
    ("creció hasta 85 adolescentes", [[85.0]], nil),
  ])
  func aFigureKeepsEveryReadingAndItsUnit(text: String, readings: [[Double]], unit: String?) {
    let figures = LocalNumbers.figures(in: text)
    #expect(figures.map(\.readings) == [readings])
    #expect(figures.first?.unit == unit)
  }

  @Test(arguments: [
    "la apertura en 2027", "el 12.03.2024", "el 2024-03-12", "a las 10:30", "a las 10 h",
    "el 1.º puesto", "nivel B2 de inglés", "tras la COVID-19", "llame al (802) 555-0144",
  ])
  func yearsDatesTimesOrdinalsAndCodesAreNoFigures(text: String) {
    #expect(LocalNumbers.figures(in: text).isEmpty)
  }
}
