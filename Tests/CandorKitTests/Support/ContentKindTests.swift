import Foundation
import Testing

@testable import CandorKit

/// Telling a resume from a job posting by their headings, for the wrong-reader hint.
@Suite struct ContentKindTests {
  @Test func experienceAndEducationHeadingsReadAsAResume() {
    let text = "# Ines Duarte\n\n## Work Experience\nClerk, 2019\n\n## EDUCATION\nB.A., 2018\n"
    #expect(ContentKind.guess(text) == .resume)
  }

  @Test func dutiesRequirementsAndBenefitsHeadingsReadAsAPosting() {
    let text =
      "Bookseller\n\nWhat you'll do:\n- Help readers\n\nQualifications\n- Retail\n\n"
      + "Benefits\n- Discount\n"
    #expect(ContentKind.guess(text) == .posting)
  }

  @Test func aPostingWithExperienceAndEducationHeadingsIsNotCalledEither() {
    let text =
      "Responsibilities\n- Help\n\nRequirements\n- Retail\n\nExperience\n- 2 years\n\n"
      + "Education\n- High school\n"
    #expect(ContentKind.guess(text) == nil)
  }

  @Test func textWithoutHeadingsIsNotGuessed() {
    #expect(ContentKind.guess("Dear Ms. Duarte,\nI would like to apply.\n") == nil)
  }

  @Test func headingMarksTrimLikeFoundation() {
    let marks = CharacterSet(charactersIn: " \t\r#*_=:-")
    let samples = [
      "## Experience:", "  -- Skills --\t", "**Education**", "\u{00A0}Benefits", "é#",
      "#\u{0301}x", "", "###", "= Duties =\r",
    ]
    for sample in samples {
      #expect(ContentKind.trimmedHeading(sample[...]) == sample.trimmingCharacters(in: marks))
    }
  }
}
