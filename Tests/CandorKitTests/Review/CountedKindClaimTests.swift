import Testing

@testable import CandorKit

/// A count in the letter is backed only by the resume's figure for the same kind of thing:
/// a count of people is not backed by a percentage, while "children" and "pediatric
/// patients" are people served alike.
@Suite struct CountedKindClaimTests {
  /// A nurse who triaged 30 pediatric patients a shift and cut waits by 12%.
  static let resume = """
    Priya Raman
    priya@example.com

    EXPERIENCE
    Registered Nurse, Larkfield Urgent Care, 2019 – 2025
    - Triaged 30 pediatric walk-in patients a shift
    - Cut discharge wait times by 12%
    """

  static func claims(_ sentence: String) throws -> [String: Severity] {
    try InventedFacts.claims(
      sentence, resume: resume, opening: "At Larkfield Urgent Care I triaged patients.")
  }

  @Test func aCountOfPeopleIsNotBackedByAPercentage() throws {
    #expect(try InventedFacts.claims("At Norvale Systems I trained 9 testers.") == ["9": .error])
    #expect(
      try InventedFacts.claims("At Norvale Systems I trained nine testers.") == ["nine": .error])
    #expect(try Self.claims("At Larkfield I cut waits for 12 families.") == ["12": .error])
  }

  @Test(arguments: [
    "At Larkfield Urgent Care I saw about 30 children a shift.",
    "At Larkfield Urgent Care I triaged 30 kids a shift.",
    "At Larkfield Urgent Care I cared for 30 young people a shift.",
    "At Larkfield Urgent Care I cut discharge waits by 12%.",
  ])
  func peopleOfTheSameKindShareTheResumesCount(sentence: String) throws {
    #expect(try Self.claims(sentence) == [:])
  }

  @Test func peopleWhoDoTheWorkAreNotThePeopleServed() throws {
    #expect(try Self.claims("At Larkfield I supervised 30 nurses a shift.") == ["30": .error])
  }
}
