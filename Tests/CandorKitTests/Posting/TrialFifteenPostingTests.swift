import Testing

@testable import CandorKit

/// Faults the fifteenth new-user trial found in the posting reader, on invented postings.
@Suite struct TrialFifteenPostingTests {
  static func posting(_ text: String, name: String = "posting.txt") throws -> JobPosting {
    try PostingReader.read(InputFile(name: name, text: text), lexicon: .standard)
  }

  static let body =
    "\nMinimum qualifications:\n1. 2 years of claims experience\n2. Valid driver's license\n"

  /// " - Property" after the title is the line of business; the line under it names the
  /// employer, whether by a word such as "Insurance" or because the suffix is a plain word
  /// the posting writes in lowercase.
  @Test(arguments: [
    ("CLAIMS ADJUSTER II - Property", "Harrowgate Mutual Insurance"),
    ("Claims Adjuster - Property", "Harrowgate Mutual Insurance"),
    ("Claims Adjuster | Auto", "Harrowgate Mutual Insurance"),
    ("Field Adjuster - Commercial Lines", "Kestrel Bay Bank"),
    ("Claims Adjuster - Property", "Harrowgate Mutual"),
  ])
  func aTitlesDepartmentIsNoCompany(_ title: String, _ company: String) throws {
    let text =
      "\(title)\n\(company)\nTampa, FL\n\n\(company) settled 9,000 property and commercial "
      + "lines claims last year, most of them auto claims.\n" + Self.body
    let posting = try Self.posting(text)
    #expect(posting.company == company)
  }

  /// A suffix that names the employer still does, with or without a line under the title.
  @Test(arguments: [
    "Claims Adjuster - Harrowgate Mutual\nTampa, FL\n",
    "Claims Adjuster - Harrowgate Mutual\nHarrowgate Mutual Insurance\nTampa, FL\n",
  ])
  func aTitlesEmployerSuffixIsTheCompany(_ head: String) throws {
    let text = head + "\nHarrowgate Mutual settles claims across Florida.\n" + Self.body
    let company = try #require(try Self.posting(text).company)
    #expect(company.hasPrefix("Harrowgate Mutual"))
  }

  /// A title written in capitals is tidied into title case without losing its numerals,
  /// acronyms and product names.
  @Test(arguments: [
    ("INSURANCE CLAIMS ADJUSTER II", "Insurance Claims Adjuster II"),
    ("SOFTWARE ENGINEER III", "Software Engineer III"),
    ("NURSE PRACTITIONER IV", "Nurse Practitioner IV"),
    ("CNC MACHINIST (LEVEL II)", "CNC Machinist (Level II)"),
    ("HVAC SERVICE TECHNICIAN", "HVAC Service Technician"),
    ("SENIOR IOS DEVELOPER", "Senior iOS Developer"),
    ("QA/QC INSPECTOR", "QA/QC Inspector"),
    ("RN/LPN CHARGE NURSE", "RN/LPN Charge Nurse"),
    ("DEVOPS ENGINEER", "DevOps Engineer"),
    ("ICU REGISTERED NURSE", "ICU Registered Nurse"),
    ("CLAIMS ADJUSTER II - Property", "Claims Adjuster II"),
  ])
  func aShoutedTitleKeepsItsNumeralsAndAcronyms(_ written: String, _ tidied: String) throws {
    let text = "\(written)\nHarrowgate Mutual Insurance\nTampa, FL\n" + Self.body
    #expect(try Self.posting(text).title == tidied)
  }

  @Test func aNameInCapitalsKeepsItsNumeral() {
    #expect(EmployerName.letterCased("HARBOR II LOGISTICS LLC") == "Harbor II Logistics LLC")
  }

  /// The currency written once after the range: both ends are read.
  @Test(arguments: [
    ("Salary range: 62,000 to 74,000 USD annually plus company vehicle", 62_000.0, 74_000.0),
    ("Pay: 62,000 - 74,000 USD per year", 62_000, 74_000),
    ("The salary is 62,000–74,000 EUR a year.", 62_000, 74_000),
    ("Pay: 18 to 22 USD per hour", 18, 22),
  ])
  func aRangeWithItsCurrencyAfterIsRead(_ line: String, _ low: Double, _ high: Double) throws {
    let text = "Claims Adjuster\nHarrowgate Mutual Insurance\n\(line)\n" + Self.body
    let salary = try #require(try Self.posting(text).salary)
    #expect(salary.minimum == low)
    #expect(salary.maximum == high)
  }

  /// A figure before the pay that is no end of its range is left alone.
  @Test func aFigureBeforeThePayIsNoFloor() throws {
    let salary = try #require(
      SalaryParser.parse("Team of 12, salary 74,000 USD a year", isPayField: false))
    #expect(salary.minimum == 74_000)
    #expect(salary.maximum == 74_000)
  }

  /// Headings in the "what you'll bring" family head the must-haves.
  @Test(arguments: [
    "What you'll bring", "What you’ll bring", "What you will bring", "What you bring",
    "What you bring to the table", "What you'll bring to the team", "You'll bring",
    "What you'll need", "What you need to succeed", "You'll have", "You will have",
    "Your background", "About you", "Is this you?",
    "You might be a fit if", "What makes you a great fit", "What we look for",
    "Skills and experience", "Your skills", "Who you are", "WHAT YOU'LL BRING",
  ])
  func theWhatYoullBringFamilyHeadsRequirements(_ heading: String) throws {
    let text =
      "UX Researcher\nQuillfield\nAustin, TX\n\nWhat you'll do\n- Plan interview studies\n\n"
      + "\(heading)\n- 5+ years of experience in user research\n"
      + "- Experience with survey design\n\nBonus points\n- Experience in fintech\n"
    let posting = try Self.posting(text)
    #expect(
      posting.requirements.filter { $0.tier == .required }.map(\.text) == [
        "5+ years of experience in user research", "Experience with survey design",
      ])
    #expect(posting.responsibilities.map(\.text) == ["Plan interview studies"])
  }

  @Test func aPagesWhatYoullBringHeadingHeadsRequirements() throws {
    let html =
      "<html><body><h1>UX Researcher</h1><p>Quillfield · Austin, TX</p>"
      + "<h3>What you'll bring</h3><ul><li>5+ years of experience in user research</li>"
      + "<li>Experience with survey design</li></ul>"
      + "<h3>Bonus points</h3><ul><li>Experience in fintech</li></ul></body></html>"
    let posting = try Self.posting(html, name: "posting.html")
    #expect(posting.requirements.filter { $0.tier == .required }.count == 2)
    let preferred = posting.requirements.filter { $0.tier != .required }
    #expect(preferred.map(\.text) == ["Experience in fintech"])
  }

  /// "attention Owen Barrett" after a dash or a bracket, or opening a line, names the
  /// person to write to; "attention to detail" names no one.
  @Test(arguments: [
    "Apply: careers@lumenfold.example — attention Owen Barrett, Engineering Manager",
    "Send your resume to careers@lumenfold.example (attention Owen Barrett)",
    "Attention Owen Barrett, Engineering Manager", "Attn: Owen Barrett", "ATTN Owen Barrett",
  ])
  func anAttentionLineNamesTheRecipient(_ line: String) throws {
    let text =
      "iOS Developer\nLumenfold\nDenver, CO\n\nRequirements\n- Swift\n"
      + "- Strong attention to detail\n\n\(line)\n"
    #expect(try Self.posting(text).recipient?.name == "Owen Barrett")
  }

  @Test(arguments: ["Attention to Detail", "Attention To Detail And Accuracy"])
  func attentionToDetailNamesNoRecipient(_ line: String) throws {
    let text = "iOS Developer\nLumenfold\n\nRequirements\n- Swift\n\(line)\n"
    #expect(try Self.posting(text).recipient == nil)
  }

  /// Apple's frameworks are skills, and "UI testing" is testing, not interface design.
  @Test func appleFrameworksAndUITestingAreRead() throws {
    let text =
      "iOS Developer\nLumenfold\n\nRequirements\n- Unit and UI testing with XCTest\n"
      + "- SwiftUI, UIKit, Core Data and Combine\n\nNice to have\n"
      + "- AVFoundation audio playback\n"
    let posting = try Self.posting(text)
    let terms = Set(posting.skills.map(\.term))
    #expect(
      terms.isSuperset(of: [
        "XCTest", "UI testing", "unit testing", "SwiftUI", "UIKit", "Core Data", "Combine",
        "AVFoundation",
      ]))
    #expect(!terms.contains("user interface design"))
  }

  /// "Combine" the everyday verb is no framework.
  @Test func combineTheVerbIsNoSkill() throws {
    let text =
      "Baker\nLumenfold Bakery\n\nResponsibilities\n- Combine flour and water for the "
      + "morning bake\n"
    #expect(try !Self.posting(text).skills.map(\.term).contains("Combine"))
  }
}
