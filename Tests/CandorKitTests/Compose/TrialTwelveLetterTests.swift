import Testing

@testable import CandorKit

/// Letter faults the twelfth round found (issue #3): an opening on a trainee rotation instead
/// of the measured result that answers a must-have, capitals a list line gave a common phrase
/// ("My resume also shows Valid driver's license"), and languages said as a form
/// ("English (bilingual) and Spanish (bilingual)").
@Suite struct TrialTwelveLetterTests {
  static func letter(_ tone: LetterOptions.Tone) throws -> Letter {
    try WriteCase.letter(
      in: "write-trial12", posting: "sales-posting.txt", resume: "sales-resume.txt",
      options: LetterOptions(tone: tone))
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func theOpeningCarriesTheMeasuredResultThatAnswersAMustHave(_ tone: LetterOptions.Tone)
    throws
  {
    let letter = try Self.letter(tone)
    #expect(letter.plan.lead?.evidence.path == "work[1].highlights[0]")
    let opening = letter.paragraphs.first { $0.role == .opening }?.text ?? ""
    #expect(opening.contains("118% of quota in 2024"), "\(tone)")
  }

  @Test func aCommonSkillNameIsLoweredInsideASentence() {
    #expect(RequirementCase.named("Valid driver's license") == "valid driver's license")
    #expect(RequirementCase.named("Cold Calling") == "cold calling")
    #expect(RequirementCase.listed("Data Entry") == "data entry")
    #expect(RequirementCase.lowered("Bilingual (Spanish)") == "bilingual (Spanish)")
    #expect(RequirementCase.lowered("Bilingual Spanish") == "bilingual Spanish")
    #expect(RequirementCase.lowered("Forklift certification") == "forklift certification")
    #expect(
      RequirementCase.lowered("Forklift Operator Certification")
        == "Forklift Operator Certification")
    #expect(RequirementCase.named("Salesforce") == "Salesforce")
    #expect(RequirementCase.named("CDL Class A") == "CDL Class A")
    #expect(RequirementCase.named("Microsoft Excel") == "Microsoft Excel")
    #expect(RequirementCase.listed("Fall Protection") == "Fall Protection")
    #expect(RequirementCase.listed("Jr. Web Developer") == "Jr. Web Developer")
    #expect(RequirementCase.listed("Companionship") == "companionship")
    #expect(RequirementCase.listed("Dentrix") == "Dentrix")
    #expect(RequirementCase.listed("Confluence") == "Confluence")
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aLetterNamesHeldSkillsInSentenceCase(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter(tone).text
    #expect(text.contains("a valid driver's license"), "\(tone)")
    #expect(!text.contains("Valid driver's license"), "\(tone)")
    // The skills list is never read out in a sentence of its own (issue #3).
    #expect(!text.contains("Cold calling"), "\(tone)")
    #expect(text.contains("experience with outside sales."), "\(tone)")
    #expect(!text.contains("experience with outside."), "\(tone)")
  }

  @Test func languagesAllMarkedBilingualAreSaidSo() {
    #expect(
      SlotValues.languages(["English (bilingual)", "Spanish (Bilingual)"])
        == ["bilingual": "bilingual in English and Spanish"])
    #expect(
      SlotValues.languages(["English (native)", "Spanish (bilingual)"])
        == ["languages": "English (native) and Spanish (bilingual)"])
    #expect(SlotValues.languages(["Spanish (bilingual)"]) == ["languages": "Spanish (bilingual)"])
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aBilingualResumeReadsNaturally(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter(tone).text
    #expect(text.contains("I am bilingual in English and Spanish."), "\(tone)")
    #expect(!text.contains("(bilingual)"), "\(tone)")
  }

  @Test func aDutyIsShownDoneByTheStemsOfItsObject() {
    let said = ["I visited 15 customer sites a week.", "I fill 260 prescriptions a shift."]
      .map(ShownWork.stems)
    #expect(ShownWork.isShown("visiting customer sites to review packaging needs", in: said))
    #expect(ShownWork.isShown("filling prescriptions", in: said))
    #expect(!ShownWork.isShown("labeling prescriptions for patients", in: said))
    let filings = [ShownWork.stems("I reconciled quarterly payroll tax filings for 4 states.")]
    #expect(ShownWork.isShown("reconciling payroll registers and tax filings", in: filings))
  }

  @Test func aCompanyMovingPayrollBetweenSystemsIsAHook() throws {
    let letter = try WriteCase.letter(
      in: "write-trial12", posting: "payroll-posting.txt", resume: "payroll-resume.txt",
      options: LetterOptions())
    #expect(letter.plan.hook?.text.contains("transitioning our payroll from ADP to UKG") == true)
    let opening = letter.paragraphs.first { $0.role == .opening }?.text ?? ""
    #expect(opening.contains("from ADP to UKG"))
    #expect(!letter.text.contains("describes reconciling payroll registers"))
  }

  @Test func aDutyWhoseWordsOnlyShareAPrefixIsNotShownDone() {
    let said = [ShownWork.stems("I managed returns of custom cabinetry from 2021 to 2024.")]
    #expect(!ShownWork.isShown("processing customer returns", in: said))
    #expect(!ShownWork.isShown("preparing reports from the new system", in: said))
    #expect(ShownWork.isShown("managing cabinetry returns", in: said))
    let apart = ["I work on web design.", "I join sprint planning."].map(ShownWork.stems)
    #expect(!ShownWork.isShown("running a design sprint to explore a new feature", in: apart))
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aPortfolioAskIsPointedToTheResumesPortfolio(_ tone: LetterOptions.Tone) throws {
    let letter = try WriteCase.letter(
      in: "write-trial12", posting: "design-posting.txt", resume: "design-resume.txt",
      options: LetterOptions(tone: tone))
    let closing = letter.paragraphs.first { $0.role == .closing }?.text ?? ""
    // The showcase wording varies by letter; the portfolio and its link are what it names.
    #expect(
      closing.lowercased().contains("my portfolio (https://imanireyes.example.com)"), "\(tone)")
    #expect(letter.plan.unmetRequirements.isEmpty, "\(tone)")
  }

  @Test func noPortfolioIsClaimedWhenTheResumeLinksNone() throws {
    let letter = try WriteCase.letter(
      in: "write-trial12", posting: "design-posting.txt", resume: "design-resume-unlinked.txt",
      options: LetterOptions())
    #expect(!letter.text.lowercased().contains("portfolio"))
    #expect(letter.plan.unmetRequirements == ["A portfolio of work samples is required"])
  }

  @Test func aLabelledPortfolioLinkIsReadAsAPortfolio() throws {
    let skills = "\nSkills\nAdobe Illustrator, Photoshop\n"
    let text = "Ana Ruiz\nana@example.com\nPortfolio: https://anaruiz.example.com\n" + skills
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: text))
    let profiles = resume.resume.basics?.profiles ?? []
    #expect(profiles.map(\.network) == ["Portfolio"])
    #expect(profiles.map(\.url) == ["https://anaruiz.example.com"])
    let unlinked = try ResumeReader.read(
      InputFile(name: "cv.txt", text: "Ana Ruiz\nPortfolio: Link\n" + skills))
    #expect(unlinked.resume.basics?.profiles?.isEmpty != false)
  }
}
