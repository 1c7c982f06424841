import Foundation
import Testing

@testable import CandorKit

@Suite struct GroundingTests {
  @Test(arguments: LetterOptions.Tone.allCases)
  func composedLettersInventNothing(_ tone: LetterOptions.Tone) throws {
    let options = LetterOptions(tone: tone)
    let letter = try LetterWriter.write(
      posting: ComposeSamples.posting, resume: ComposeSamples.resume, options: options,
      today: "2026-12-04")
    let checker = GroundingChecker(
      resume: ComposeSamples.resume, posting: ComposeSamples.posting, options: options)
    #expect(checker.ungroundedClaims(in: letter) == [])
  }

  @Test func catchesAnInventedNumberNameAndTechnology() {
    let checker = GroundingChecker(
      resume: ComposeSamples.resume, posting: ComposeSamples.posting, options: LetterOptions())
    let claims = checker.ungroundedClaims(
      in: "At Larkspur Travel, I cut latency by 47% for Northwind using Python.")
    #expect(claims.map(\.text).sorted() == ["47", "Northwind", "Python"])
  }

  /// Every number in the resume is changed; the letter's numbers must follow the change.
  @Test func lettersNumbersFollowTheResume() throws {
    let original = ComposeSamples.resume
    var perturbed = original
    perturbed.evidence = original.evidence.map { item in
      var copy = item
      copy.text = Self.perturbNumbers(item.text)
      copy.metrics = QuantityExtractor.quantities(in: copy.text)
      return copy
    }
    let before = try LetterWriter.write(
      posting: ComposeSamples.posting, resume: original, today: "2026-12-04")
    let after = try LetterWriter.write(
      posting: ComposeSamples.posting, resume: perturbed, today: "2026-12-04")
    let oldNumbers = GroundingChecker.numberTokens(in: original.evidence.map(\.text).joined())
    let newNumbers = GroundingChecker.numberTokens(in: perturbed.evidence.map(\.text).joined())
    let beforeNumbers = GroundingChecker.numberTokens(in: before.text)
    let afterNumbers = GroundingChecker.numberTokens(in: after.text)
    let cited = beforeNumbers.intersection(oldNumbers)
    #expect(cited.count >= 4)
    #expect(afterNumbers.intersection(newNumbers).count == cited.count)
    #expect(afterNumbers.intersection(oldNumbers.subtracting(newNumbers)).isEmpty)
    let checker = GroundingChecker(
      resume: perturbed, posting: ComposeSamples.posting, options: LetterOptions())
    #expect(checker.ungroundedClaims(in: after) == [])
  }

  /// Adds 7 to every integer part: "1.2 s" → "8.2 s", "22%" → "29%", "$40M" → "$47M".
  static func perturbNumbers(_ text: String) -> String {
    let regex = try! NSRegularExpression(pattern: #"\d+"#)
    var result = text
    for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
      let range = Range(match.range, in: result)!
      result.replaceSubrange(range, with: String(Int(result[range])! + 7))
    }
    return result
  }
}
