import Testing

@testable import CandorKit

/// A labelled field ("SITE: Juniper Ridge High School, Visalia, CA") names the employer but
/// says nothing about it: it is never a hook a letter opens on.
@Suite struct LabelHookTests {
  @Test func aLabelledFieldIsNoHook() throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.txt",
        text: """
          School Counselor
          Alder Creek Unified School District
          SITE: Juniper Ridge High School, Visalia, CA

          About us
          Juniper Ridge High School serves 1,400 students in the valley.
          Our counseling team is launching a peer mentoring program this spring.

          Requirements
          - California PPS credential
          """))
    #expect(!posting.hooks.isEmpty)
    #expect(!posting.hooks.contains { $0.text.hasPrefix("SITE") })
  }
}

/// A change the company says it is making to its own work ("We are moving our nightly batch
/// pipelines to streaming", "We are adding a second overnight line station") is a hook.
@Suite struct OwnChangeHookTests {
  @Test(arguments: [
    "We are moving our nightly ledger jobs to streaming so branches see totals by 7 a.m.",
    "We are adding a second overnight repair bay in Yakima in April.",
  ])
  func aChangeTheCompanyMakesIsAHook(_ sentence: String) throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # Data Engineer

          Fernwick Freight hauls produce for 300 farms. \(sentence)

          ## Requirements

          - 3+ years of Python
          """))
    #expect(posting.hooks.contains { $0.text == sentence && $0.kind == .initiative })
  }
}

/// "In May we opened a second surgery suite, and we are looking for a technician who…":
/// the company's news before the clause about the hire is a hook, in an HTML page too.
@Suite struct OpenedClauseHookTests {
  @Test(arguments: ["posting.txt", "posting.html"])
  func newsBeforeTheHiringClauseIsAHook(_ name: String) throws {
    let news =
      "In May we opened a second surgery suite with digital imaging, and we are looking "
      + "for a technician who wants to grow into surgical work."
    let text =
      name.hasSuffix(".html")
      ? "<html><body><h1>Veterinary Technician</h1><p>Larkspur Animal Clinic</p><p>\(news)"
        + "</p><h2>You will</h2><ul><li>Monitor anesthesia</li></ul></body></html>"
      : "Veterinary Technician\nLarkspur Animal Clinic\n\n\(news)\n\nYou will\n"
        + "- Monitor anesthesia\n"
    let posting = try PostingReader.read(InputFile(name: name, text: text))
    #expect(
      posting.hooks.map(\.text).contains(
        "In May we opened a second surgery suite with digital imaging."))
  }
}
