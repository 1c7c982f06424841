import Testing

@testable import CandorKit

/// A job JSON that writes a list field as one string or its skills as plain names is read,
/// and a field it cannot read is named in a note, never lost in silence (trial23 P2-12).
@Suite struct LooseJobJSONTests {
  static let json = """
    {
      "title": "Yard Driver",
      "company": "Tamsin Cold Storage",
      "qualifications": "Class A CDL with two years of yard experience",
      "skills": ["SQL", "Excel"],
      "responsibilities": "Move trailers between doors",
      "shift": "Nights"
    }
    """

  @Test func stringAndNameFormsAreRead() throws {
    let posting = try PostingFixture.read(text: Self.json, name: "job.json")
    #expect(
      posting.requirements.map(\.text).contains(
        "Class A CDL with two years of yard experience"))
    #expect(posting.responsibilities.map(\.text) == ["Move trailers between doors"])
    #expect(Set(posting.skills.map(\.term)).isSuperset(of: ["SQL", "Excel"]))
  }

  @Test func anUnreadFieldIsNamed() throws {
    let posting = try PostingFixture.read(text: Self.json, name: "job.json")
    #expect(posting.notes.contains("the job JSON's field 'shift' was not read"))
  }
}
