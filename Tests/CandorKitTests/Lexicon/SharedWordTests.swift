import Testing

@testable import CandorKit

/// A generic word two fields share ("building pipeline", "warehouse", "accessibility")
/// counts as its entry's skill only among that field's words, never as part of another
/// field's product name ("Snowflake warehouse").
@Suite struct SharedWordTests {
  static let postings = FieldPosting.load("shared-words.json")

  @Test func fixtureHasBothSidesOfEachWord() {
    #expect(Self.postings.count >= 6)
  }

  @Test(arguments: postings)
  func countsASharedWordOnlyInItsField(_ posting: FieldPosting) {
    posting.expectStandardLexiconTerms()
  }

  @Test func aProductNameKeepsTheGenericWordAfterIt() {
    let text = "Pallets, pick lists and the Snowflake warehouse"
    let terms = Lexicon.standard.matches(in: text).map(\.term)
    #expect(terms.contains("Snowflake"))
    #expect(!terms.contains("warehouse operations"))
  }

  @Test func contextWordsComeFromTheDataFile() throws {
    let entry = try #require(Lexicon.standard.entry(for: "building pipeline"))
    #expect(entry.term == "sales pipeline")
    #expect(entry.contextWords.contains("quota"))
  }

  /// Context words are compared token by token, so a phrase there would never be found.
  @Test func everyContextWordIsOneToken() {
    let words = Lexicon.standard.entries.flatMap(\.contextWords)
    #expect(words.count > 40)
    let phrases = words.filter { Tokenizer.tokens(in: $0).count != 1 }
    #expect(phrases.isEmpty, "not one token: \(phrases)")
  }

  /// A field-bound spelling must be one the entry marks ambiguous, or it never asks for context.
  @Test func everyEntryWithContextWordsHasAmbiguousSpellings() {
    let bound = Lexicon.standard.entries.filter { !$0.contextWords.isEmpty }
    #expect(bound.count >= 3)
    #expect(bound.allSatisfy { entry in entry.spellings.contains(where: entry.ambiguous.contains) })
  }
}
