import Foundation
import Testing

@testable import CandorKit

/// The hand-written lexicon file reader reads what `JSONDecoder` reads, and rejects what it
/// rejects with a message naming the place.
@Suite struct LexiconFileReaderTests {
  private func read(_ text: String) throws(LexiconFileError) -> LexiconFiles.File {
    try LexiconFileReader.read(Data(text.utf8))
  }

  @Test(arguments: LexiconDataTests.fileNames)
  func readsEveryShippedFileAsJSONDecoderDoes(_ name: String) throws {
    let url = try #require(LexiconFiles.folder).appendingPathComponent(name)
    let expected = try JSONDecoder().decode(LexiconFiles.File.self, from: Data(contentsOf: url))
    let file = try LexiconFiles.decode(url)
    #expect(file.field == expected.field)
    #expect(file.terms == expected.terms)
  }

  @Test func readsTheWordsFileAsJSONDecoderDoes() throws {
    struct Lists: Decodable, Equatable {
      var generic, english, calendar, places, acronyms, companies: [String]
    }
    let url = try #require(LexiconFiles.folder)
      .appendingPathComponent("words/common-words.json")
    let expected = try JSONDecoder().decode(Lists.self, from: Data(contentsOf: url))
    let file = try #require(DiscoveryWords.load())
    let lists = Lists(
      generic: file.generic, english: file.english, calendar: file.calendar,
      places: file.places, acronyms: file.acronyms, companies: file.companies)
    #expect(lists == expected)
    #expect(expected.english.count > 100)
  }

  @Test func readsStringListsAndSkipsOtherValues() throws {
    let lists = try LexiconFileReader.stringLists(
      Data(#"{"about": "x", "a": ["b", "c\u0064"], "n": 1, "e": []}"#.utf8))
    #expect(lists == ["a": ["b", "cd"], "e": []])
    #expect(throws: LexiconFileError.self) {
      try LexiconFileReader.stringLists(Data(#"{"a": ["b"]} x"#.utf8))
    }
  }

  @Test func appliesDefaultsAndSkipsUnknownKeys() throws {
    let file = try read(
      #"""
      {"field": "x", "note": {"a": [1, -2.5e3, null, true]}, "terms": [
        {"term": "Go", "aliases": ["Golang"], "category": "language",
         "caseSensitive": ["Go"], "ambiguous": true, "extra": "y"},
        {"term": "Kanban", "aliases": null, "category": "method", "caseSensitive": false}
      ]}
      """#)
    #expect(file.field == "x")
    #expect(
      file.terms == [
        Lexicon.Entry(
          term: "Go", aliases: ["Golang"], category: .language, caseSensitive: ["Go"],
          ambiguous: true),
        Lexicon.Entry(term: "Kanban", category: .method),
      ])
  }

  @Test func decodesEscapesAndUnicode() throws {
    let file = try read(
      #"{"field": "a\"b\\c\/d\n\u00e9\ud83d\ude00", "#
        + #""terms": [{"term": "Café", "category": "tool"}]}"#)
    #expect(file.field == "a\"b\\c/d\né😀")
    #expect(file.terms.map(\.term) == ["Café"])
  }

  @Test func reportsWhereTheSyntaxBreaks() {
    #expect(throws: LexiconFileError.syntax(line: 2, column: 14, expected: "',' or '}'")) {
      try read("{\"field\": \"x\",\n \"terms\": [] \"y\"}")
    }
    #expect(throws: LexiconFileError.syntax(line: 1, column: 28, expected: "end of file")) {
      try read(#"{"field": "x", "terms": []}x"#)
    }
  }

  @Test func rejectsMissingKeysAndUnknownCategories() {
    #expect(throws: LexiconFileError.missingKey("category")) {
      try read(#"{"field": "x", "terms": [{"term": "Go"}]}"#)
    }
    #expect(throws: LexiconFileError.unknownCategory("spice")) {
      try read(#"{"field": "x", "terms": [{"term": "Go", "category": "spice"}]}"#)
    }
    #expect(throws: LexiconFileError.missingKey("terms")) { try read(#"{"field": "x"}"#) }
  }
}
