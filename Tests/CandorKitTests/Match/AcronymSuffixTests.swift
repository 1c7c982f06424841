import Testing

@testable import CandorKit

/// A hyphenated acronym is its own credential ("FP-C" is not "FPC", "CCP-C" is not "CCP"),
/// and critical care said of a paramedic is no hospital unit.
@Suite struct AcronymSuffixTests {
  static func terms(_ text: String) -> [String] {
    Lexicon.standard.matches(in: text).map(\.term)
  }

  @Test(arguments: [
    ("Flight certified (FP-C or CCP-C)", ["FP-C", "CCP-C"]),
    ("Holds the TCX-B and QRV-K credentials", []),
  ])
  func aHyphenatedAcronymIsNoOtherCredential(text: String, expected: [String]) {
    let found = Self.terms(text)
    #expect(found.filter { $0 != "critical care transport" } == expected)
    #expect(!found.contains("Fundamental Payroll Certification"))
    #expect(!found.contains("Certified Compensation Professional"))
    #expect(!found.contains("C"))
  }

  @Test func anAcronymWithASuffixDoesNotReadAsTheBareAcronym() {
    #expect(Self.terms("Certified Payroll Professional (CPP-K)").count == 1)
    #expect(!Self.terms("Holds CCP-K").contains("Certified Compensation Professional"))
    #expect(Self.terms("Holds CCP").contains("Certified Compensation Professional"))
  }

  @Test func criticalCareForAParamedicIsNoIntensiveCareUnit() {
    let found = Self.terms("Critical care paramedic with flight experience")
    #expect(found.contains("critical care transport"))
    #expect(!found.contains("intensive care unit"))
  }
}
