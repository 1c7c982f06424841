import Testing

@testable import CandorKit

@Suite struct TextCleanerTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var input: String
    var expected: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "CRLF becomes LF", input: "a\r\nb\r\n", expected: "a\nb\n"),
    Case(name: "lone CR becomes LF", input: "a\rb", expected: "a\nb"),
    Case(name: "no-break space becomes space", input: "Aurora,\u{A0}OH", expected: "Aurora, OH"),
    Case(name: "mojibake bullet repaired", input: "â€¢ Excel", expected: "• Excel"),
    Case(name: "Latin-1 mojibake bullet repaired", input: "â\u{80}¢ SPSS", expected: "• SPSS"),
    Case(name: "mojibake accent repaired", input: "CafÃ© owner", expected: "Café owner"),
    Case(name: "mojibake no-break space", input: "Thanks,Â\u{A0}Ana", expected: "Thanks, Ana"),
    Case(name: "real accents untouched", input: "Gestión de café", expected: "Gestión de café"),
    Case(name: "entities decoded", input: "R&amp;D &nbsp;team&#39;s", expected: "R&D  team's"),
    Case(name: "unknown entity kept", input: "A &foo; B & C", expected: "A &foo; B & C"),
    Case(name: "ligatures expanded", input: "eﬃcient ﬁling", expected: "efficient filing"),
    Case(name: "icon glyphs dropped", input: "\u{F0E0} a@b.example", expected: " a@b.example"),
    Case(name: "form feed is a line break", input: "page1\u{0C}page2", expected: "page1\npage2"),
    Case(name: "zero-width characters dropped", input: "Ja\u{200B}va", expected: "Java"),
    Case(name: "mojibake at both ends", input: "Ã© and Ã©", expected: "é and é"),
    Case(name: "tabs at both ends become spaces", input: "\tword\t", expected: " word "),
  ]

  @Test(arguments: cases)
  func cleansNoise(_ sample: Case) {
    #expect(TextCleaner.clean(sample.input) == sample.expected)
  }
}
