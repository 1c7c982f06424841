import Testing

@testable import CandorKit

/// A letter names the role, not the board's terms of employment around it.
@Suite struct RoleNameTests {
  @Test(arguments: [
    ("Staff Pharmacist (Part-Time, 24 hrs/week)", "Staff Pharmacist"),
    ("Truck Driver - Seasonal Peak (Oct-Jan)", "Truck Driver"),
    ("Graphic Designer (Contract, 6 months)", "Graphic Designer"),
    ("Night Auditor – Part Time", "Night Auditor"),
    ("Registered Nurse, PRN", "Registered Nurse"),
    ("Senior Accountant, CPA", "Senior Accountant"),
  ])
  func dropsTermsOfEmploymentAfterTheTitle(_ sample: (String, String)) {
    #expect(RoleName.forProse(sample.0) == sample.1)
  }

  @Test(arguments: [
    "Software Engineer - Full Stack", "Data Analyst — Member Insights", "Part-Time",
  ])
  func keepsPartsThatNameTheRole(_ title: String) {
    #expect(RoleName.forProse(title) == title)
  }
}
