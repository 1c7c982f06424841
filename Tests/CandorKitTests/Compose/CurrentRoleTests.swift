import Testing

@testable import CandorKit

/// A statement that names its own workplace in its first words ("Worked as … at …") is
/// told without an "At <employer>," before it.
@Suite struct CurrentRoleTests {
  @Test(arguments: [
    ("Worked as an ASM at Maruti dealership for 10 years", true),
    ("WORKED AS a clerk in the Pune office", true),
    ("Employed  as cashier with Acme", true),
    ("Worked as a volunteer coach", false),
    ("Managed the team as lead at Acme", false),
    ("As lead at Acme I ran the team", false),
  ])
  func findsAStatementNamingItsWorkplace(_ statement: String, _ names: Bool) {
    #expect(CurrentRole.namesItsWorkplace(statement) == names)
  }
}
