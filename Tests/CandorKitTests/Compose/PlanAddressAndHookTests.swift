import Testing

@testable import CandorKit

/// What a letter is addressed to and opens on when the posting gives little: faults the third
/// new-user trial of 2026-12-05 found in written letters.
@Suite struct PlanAddressAndHookTests {
  static func plan(_ change: (inout JobPosting) -> Void) throws -> LetterPlan {
    var posting = ComposeSamples.posting
    change(&posting)
    return try LetterPlanner(
      posting: posting, resume: ComposeSamples.resume, options: LetterOptions(),
      today: "2026-12-04"
    ).plan()
  }

  static func figure(_ text: String, line: Int) -> ScaleFigure {
    let quantity = QuantityExtractor.quantities(in: text)[0]
    return ScaleFigure(quantity: quantity, sentence: text, line: line)
  }

  @Test func aDutysFigureIsNeverTheOpeningHook() throws {
    let duty = "Mentor 2 mid-level engineers and lead code reviews for the platform team"
    let plan = try Self.plan {
      $0.hooks = []
      $0.scaleFigures = [Self.figure(duty, line: 19)]
    }
    #expect(plan.hook == nil)
    let about = "Our clinics book 40,000 visits a month"
    let withFact = try Self.plan {
      $0.hooks = []
      $0.scaleFigures = [Self.figure(duty, line: 19), Self.figure(about, line: 5)]
    }
    #expect(withFact.hook?.text == about)
  }

  @Test(arguments: [
    ("Staff Nurse", "Staff Nurse hiring team"),
    ("IT Support Specialist/Help Desk", "IT Support Specialist/Help Desk hiring team"),
    (
      "Postdoctoral Research Associate – Cardiac Regeneration Lab",
      "Postdoctoral Research Associate hiring team"
    ),
    ("Research Associate, Cardiac Lab (Fixed Term)", "Research Associate hiring team"),
    ("Senior Director of Global Clinical Operations Strategy", "hiring team"),
  ])
  func withoutACompanyTheTitlesHeadNamesTheTeam(_ title: String, _ addressee: String)
    throws
  {
    let plan = try Self.plan {
      $0.company = nil
      $0.recipient = nil
      $0.title = title
    }
    #expect(plan.recipient.addressee == addressee)
  }
}
