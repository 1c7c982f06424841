import Testing

@testable import CandorKit

/// Weak letters in fields the earlier trials did not cover (nursing, teaching, warehouse
/// work), each with its planted faults: a generic opener, an invented employer and figure,
/// a passion statement, hedging and a limp close. Every fault is found, and no such letter
/// scores 90, even with its short length forgiven.
@Suite struct WeakLetterReviewTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let field: String
    let resume: String
    let posting: String
    let letter: String
    /// Rule id → the excerpts its findings must include.
    let faults: [String: [String]]
    var testDescription: String { field }
  }

  static let cases: [Case] = [
    Case(
      field: "nurse",
      resume: """
        Priya Vance
        priya.vance@example.com

        EXPERIENCE
        Registered Nurse, Halden Valley Hospital, 2018 – 2025
        - Cared for 6 patients a shift on a 30-bed telemetry unit
        - Precepted 4 new graduate nurses
        """,
      posting: """
        # Registered Nurse, Cardiac Step-Down

        Larchmont Health is hiring a Registered Nurse for its cardiac step-down unit.

        ## Requirements
        - Telemetry experience
        """,
      letter: """
        I am writing to apply for the Registered Nurse position at Larchmont Health. I have \
        always been passionate about nursing and helping people.

        At Mercy Crest Medical Center, I cared for 40 patients a shift and cut falls by half. \
        I precepted 4 new graduate nurses at Halden Valley Hospital. I believe I would be a \
        good fit for your unit.

        Thank you for your time and consideration.
        """,
      faults: [
        "generic-opener": [], "passion-statement": [], "hedging": [], "limp-closing": [],
        "unsupported-claim": ["Mercy Crest Medical Center", "40", "half"],
      ]),
    Case(
      field: "teacher",
      resume: """
        Marcus Idle
        marcus.idle@example.com

        EXPERIENCE
        Grade 5 Teacher, Fernwood Elementary, 2016 – 2025
        - Taught 26 students a year in reading and math
        - Led the after-school robotics club
        """,
      posting: """
        # Grade 4 Teacher

        Brookhaven Academy is hiring a Grade 4 Teacher.

        ## Requirements
        - Classroom experience
        """,
      letter: """
        I am excited to apply for the Grade 4 Teacher role at Brookhaven Academy. Ever since \
        I was a child, I dreamed of being a teacher.

        I taught 26 students a year at Fernwood Elementary and raised reading scores by a \
        third. At Sunnyvale Prep, I ran my 12 student teachers through a summer course. I \
        think I might be able to bring my robotics club to your school.

        I look forward to hearing from you.
        """,
      faults: [
        "generic-opener": [], "passion-statement": [], "hedging": [], "limp-closing": [],
        "unsupported-claim": ["a third", "Sunnyvale Prep", "12"],
      ]),
    Case(
      field: "warehouse",
      resume: """
        Dana Ruiz
        dana.ruiz@example.com

        EXPERIENCE
        Warehouse Associate, Pell Street Logistics, 2020 – 2025
        - Picked 180 orders a shift with an RF scanner
        - Trained 3 new associates on forklift safety
        """,
      posting: """
        # Warehouse Lead

        Tolland Supply is hiring a Warehouse Lead to run a team of 25-30 associates.

        ## Requirements
        - RF scanner experience
        """,
      letter: """
        I am writing to express my interest in the Warehouse Lead position at Tolland \
        Supply. I am passionate about logistics.

        At Pell Street Logistics, I picked 180 orders a shift with an RF scanner and halved \
        the mis-pick rate. I would bring my 25-30 associates. I also worked for Gantry \
        Freight. I hope I can be considered for this role.

        Please do not hesitate to contact me.
        """,
      faults: [
        "generic-opener": [], "passion-statement": [], "hedging": [], "limp-closing": [],
        "unsupported-claim": ["halved", "25-30", "Gantry Freight"],
      ]),
  ]

  static func review(_ test: Case, forgivingLength: Bool = false) throws -> Review {
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: test.resume))
    let job = try PostingReader.read(InputFile(name: "posting.md", text: test.posting))
    let name = test.resume.prefix { $0 != "\n" }
    let header = forgivingLength ? "<!-- candor-disable letter-length -->\n" : ""
    let text = header + "Dear Ms. Lane,\n\n\(test.letter)\n\nSincerely,\n\(name)\n"
    return LetterReviewer(spellChecker: nil).review(text: text, job: job, resume: resume)
  }

  @Test(arguments: cases)
  func everyPlantedFaultIsFound(_ test: Case) throws {
    let findings = try Self.review(test).findings
    for (rule, excerpts) in test.faults {
      let found = findings.filter { $0.rule == rule }.map(\.excerpt)
      #expect(!found.isEmpty, "\(rule)")
      #expect(Set(excerpts).isSubset(of: Set(found)), "\(rule): \(found)")
    }
  }

  @Test(arguments: cases)
  func aLetterWithFaultsScoresUnderNinety(_ test: Case) throws {
    #expect(try Self.review(test).score < 90)
    #expect(try Self.review(test, forgivingLength: true).score < 90)
  }
}
