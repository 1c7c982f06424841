import Testing

@testable import CandorKit

@Suite struct LetterWriterTests {
  @Test(arguments: LetterOptions.Tone.allCases)
  func printsSample(_ tone: LetterOptions.Tone) throws {
    let letter = try LetterWriter.write(
      posting: ComposeSamples.posting, resume: ComposeSamples.resume,
      options: LetterOptions(tone: tone), today: "2026-12-04")
    print("=== \(tone) (\(letter.bodyWordCount) words)\n" + letter.text)
    #expect(letter.text.contains("Dear Dana Whitfield,"))
  }
}
