import Foundation
import Testing

@testable import CandorKit

/// Faults the twenty-first new-user trial found in the posting reader, on invented text of
/// the same shapes.
@Suite struct TrialTwentyOnePostingTests {
  static func posting(_ text: String, name: String = "posting.txt") throws -> JobPosting {
    try PostingReader.read(InputFile(name: name, text: text), lexicon: .standard)
  }

  /// A front-matter contact with a role before a dash and letters after the name.
  @Test func aLabelledContactWithPostNominalsIsTheRecipient() throws {
    let job = try Self.posting(
      "---\ntitle: Water Resources Engineer\ncompany: Fenwick County Utilities\n"
        + "contact: Hiring lead — Marisa Quattro, PE, Utilities Manager\n---\n\n"
        + "# Water Resources Engineer\n\nFenwick County Utilities is replacing 9 pump stations.\n"
        + "\n## Requirements\n\n* 3+ years of hydraulic design\n",
      name: "posting.md")
    #expect(job.recipient?.name == "Marisa Quattro")
    #expect(job.recipient?.role == "hiring lead")
  }

  /// A typed recipient is greeted without the letters after the name.
  @Test(arguments: [
    ("Marisa Quattro, PE", "Marisa Quattro"), ("Ode Lind, PhD, MBA", "Ode Lind"),
    ("Ray Tull, Jr.", "Ray Tull, Jr."), ("Ann Fry, III", "Ann Fry, III"),
  ])
  func aTypedNameLosesItsPostNominals(_ typed: String, _ greeted: String) {
    #expect(TypedName.withoutPostNominals(typed) == greeted)
  }

  /// A bracketed way of working after the company's name, and a bracketed role after the
  /// hiring manager's name, hide neither.
  @Test func bracketedQualifiersHideNoNames() throws {
    let job = try Self.posting(
      "Platform Engineer — Data Pipelines\nBrightwell (Remote, US or Canada)\n"
        + "Compensation: USD 150,000 to 170,000 base\n\n"
        + "Brightwell moves payroll data for 4,000 clinics across North America.\n\n"
        + "Hiring manager: Teodora Lindqvist-Amari (Director of Engineering, Data)\n\n"
        + "Must have:\n* 3+ years with Kafka\n")
    #expect(job.company == "Brightwell")
    #expect(job.location == "Remote (US or Canada)")
    #expect(job.recipient?.name == "Teodora Lindqvist-Amari")
  }

  /// "Based out of Joliet, IL" in a byline is the place, the name before it the company,
  /// and "/week" the pay's period.
  @Test func aBasedOutOfBylineGivesCompanyPlaceAndPeriod() throws {
    let job = try Self.posting(
      "# Regional Driver — Home Weekends\n\n"
        + "**Cobalt Ridge Haulage Co.** | Based out of Peoria, IL | $1,400–$1,700/week\n\n"
        + "Cobalt Ridge hauls grain and feed across four Midwest states.\n\n"
        + "## Requirements\n\n* Class A CDL\n",
      name: "posting.md")
    #expect(job.company == "Cobalt Ridge Haulage Co.")
    #expect(job.location == "Peoria, IL")
    #expect(job.salary?.period == .week)
  }

  /// A sentence wrapped with a short tail on the next line is read whole.
  @Test func aWrappedSentenceWithAShortTailIsWhole() throws {
    let job = try Self.posting(
      "Backend Engineer\nLarchmont Tickets\n\n"
        + "Larchmont Tickets sells seats for 900 venues. After a slow holiday season, we are\n"
        + "rebuilding our checkout service and moving our queue from hand-run RabbitMQ\n"
        + "to SQS.\n\nRequirements:\n* 3+ years with Go\n")
    let whole = "moving our queue from hand-run RabbitMQ to SQS."
    #expect(job.hooks.contains { $0.text.hasSuffix(whole) })
    #expect(!job.hooks.contains { $0.text.hasSuffix("hand-run RabbitMQ") })
  }

  /// A JSON job's skill group marked "Nice to have" is preferred, not required.
  @Test func aNiceToHaveSkillGroupIsPreferred() throws {
    let json = """
      {"title": "Android Engineer", "company": "Pennyroyal",
       "description": "Pennyroyal builds a savings app.",
       "qualifications": ["4+ years building Android apps"],
       "skills": [{"name": "Android", "level": "Senior", "keywords": ["Kotlin", "Jetpack Compose"]},
                  {"name": "Payments", "level": "Nice to have", "keywords": ["Stripe", "PCI DSS"]}]}
      """
    let job = try Self.posting(json, name: "job.json")
    let payments = try #require(job.requirements.first { $0.text.contains("Stripe") })
    #expect(payments.tier == .preferred)
    let android = try #require(job.requirements.first { $0.text.contains("Kotlin") })
    #expect(android.tier == .required)
  }

  /// A skill group's label and list reads as the list, never as "asks for Android: …".
  @Test func aSkillGroupIsQuotedAsItsSkills() {
    let phrase = SlotValues.requirementPhrase(
      "Android: Kotlin, Jetpack Compose, Room", skills: ["Kotlin", "Jetpack Compose", "Room"])
    #expect(phrase == "experience with Kotlin, Jetpack Compose and Room")
  }
}
