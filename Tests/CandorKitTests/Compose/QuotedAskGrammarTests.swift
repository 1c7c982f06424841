import Testing

@testable import CandorKit

/// A posting's ask quoted after "You ask for" reads as English: a single credential takes
/// its article even when a qualifier follows it, a verb keeps no list-item capital, a
/// hyphenated common word is lowered, and a credential named like a person is asked for as
/// the credential (trial21 P1-12).
@Suite struct QuotedAskGrammarTests {
  @Test func aCredentialWithAQualifierTakesItsArticle() {
    let phrase = SlotValues.requirementPhrase(
      "Professional Engineer (PE) license in Oregon, or the ability to obtain it within a year",
      skills: [])
    #expect(phrase.hasPrefix("a Professional Engineer (PE) license in Oregon"))
  }

  @Test func aListOfCredentialsTakesNoArticle() {
    #expect(SlotValues.counted("CDL or chauffeur license") == "CDL or chauffeur license")
    #expect(SlotValues.counted("an RN license in Ohio") == "an RN license in Ohio")
  }

  /// The preferred half of "2+ years of HR experience, ideally in retail" (trial22 N1-2).
  @Test func thePreferredHalfOfASplitAskReadsAsExperience() {
    #expect(
      SlotValues.requirementPhrase("ideally in retail or hospitality", skills: [])
        == "experience in retail or hospitality")
  }

  @Test func anAbilityVerbLosesItsListCapital() {
    #expect(
      SlotValues.requirementPhrase("Pass DOT physical and drug screen", skills: [])
        == "the ability to pass a DOT physical and drug screen")
  }

  @Test func aHyphenatedCommonWordIsLowered() {
    #expect(
      SlotValues.requirementPhrase("Fish-ladder or wetland restoration design", skills: [])
        == "fish-ladder or wetland restoration design")
    #expect(RequirementCase.lowered("Front-end Development") == "Front-end Development")
  }

  @Test func aCredentialNamedLikeAPersonIsAskedForAsTheCredential() {
    #expect(
      SlotValues.coveredPhrase(["Licensed Veterinary Technician"])
        == "the Licensed Veterinary Technician credential")
    #expect(SlotValues.coveredPhrase(["PMP"]) == "PMP")
  }

  /// A skills item that names a language is no tool: "I work with Kronos and bilingual
  /// English/Spanish" is not English.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aLanguageItemIsNotListedAsATool(_ tone: LetterOptions.Tone) throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: "# Payroll Clerk\n\nOsprey Mills\n\n## Requirements\n- Experience with ADP\n"
          + "- Excel\n"))
    let resume = try ResumeReader.read(
      InputFile(
        name: "cv.txt",
        text: "Ana Ruiz\nana@example.org\n\nEXPERIENCE\nPayroll Assistant, Tern Foods\n"
          + "May 2022 - Present\n- Ran weekly payroll for 85 staff in ADP\n\nSKILLS\n"
          + "ADP, Excel, Kronos, QuickBooks, bilingual English/Spanish\n"),
      today: WriteCase.today)
    let letter = try LetterWriter.write(
      posting: posting, resume: resume, options: LetterOptions(tone: tone), today: "2026-12-05")
    let tools = letter.paragraphs.flatMap(\.sentences).filter { $0.text.contains("Kronos") }
    #expect(!tools.isEmpty)
    #expect(!tools.contains { $0.text.contains("bilingual") }, "\(tools.map(\.text))")
  }
}
