import Testing

@testable import CandorKit

/// Common heading wordings are read as their sections, not reported as unread (trial23
/// P2-7): "Academic Background", "Degrees", "Skills & Tools", the spoken-language headings,
/// "Project Highlights", "Professional Development".
@Suite struct ResumeHeadingWordingTests {
  @Test(arguments: [
    ("Academic Background", SectionKind.education), ("Educational Background", .education),
    ("Degrees", .education), ("Skills & Tools", .skills), ("Tools and Technologies", .skills),
    ("Languages Spoken", .languages), ("Spoken Languages", .languages),
    ("Language Proficiency", .languages), ("Project Highlights", .projects),
    ("Professional Development", .certificates),
  ])
  func commonWordingsHeadTheirSections(_ text: String, _ kind: SectionKind) {
    #expect(SectionHeading.kind(of: text) == kind)
  }
}
