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
