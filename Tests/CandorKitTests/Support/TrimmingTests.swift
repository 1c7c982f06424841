import Foundation
import Testing

@testable import CandorKit

@Suite struct TrimmingTests {
  /// Every Unicode scalar, for comparing the sets with Foundation's.
  private static let allScalars = (0...0x10FFFF).compactMap(Unicode.Scalar.init)

  @Test func spaceSetEqualsFoundationWhitespaces() {
    let differing = Self.allScalars.filter {
      TrimSet.isSpace($0) != CharacterSet.whitespaces.contains($0)
    }
    #expect(differing.map(\.value) == [])
  }

  @Test func spaceOrNewlineSetEqualsFoundationWhitespacesAndNewlines() {
    let differing = Self.allScalars.filter {
      TrimSet.isSpaceOrNewline($0) != CharacterSet.whitespacesAndNewlines.contains($0)
    }
    #expect(differing.map(\.value) == [])
  }

  @Test func punctuationSetEqualsFoundationPunctuation() {
    let differing = Self.allScalars.filter {
      TrimSet.isPunctuation($0) != CharacterSet.punctuationCharacters.contains($0)
    }
    #expect(differing.map(\.value) == [])
  }

  @Test func trimsLikeFoundation() {
    let samples = [
      "", " ", "\t a b \t", "\u{00A0}Café\u{200B}", "  \u{0301}x  ", "\n line \r\n",
      "plain", "(note).", " — dash — ", "é", "\u{2028}x\u{2029}", "x\u{0085}",
    ]
    for sample in samples {
      #expect(sample.trimmingSpaces() == sample.trimmingCharacters(in: .whitespaces))
      #expect(
        sample.trimmingWhitespace() == sample.trimmingCharacters(in: .whitespacesAndNewlines))
      #expect(
        sample.trimmingPunctuation() == sample.trimmingCharacters(in: .punctuationCharacters))
      #expect(
        sample.trimming(charactersIn: " .—(")
          == sample.trimmingCharacters(in: CharacterSet(charactersIn: " .—(")))
    }
  }

  @Test func trimsSubstrings() {
    let text = "[ inner words ]"
    let inner = text.dropFirst().dropLast()
    #expect(inner.trimmingSpaces() == "inner words")
  }
}
