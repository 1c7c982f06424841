import Testing

@testable import CandorKit

/// Faults the twenty-sixth trial found in `candor write` (issue #3), each proved on inputs
/// of its own.
@Suite struct TrialTwentySixLetterTests {
  static func letter(
    posting: String, resume: String, options: LetterOptions = LetterOptions()
  ) throws -> Letter {
    let job = try PostingReader.read(InputFile(name: "posting.txt", text: posting))
    let cv = try ResumeReader.read(
      InputFile(name: "resume.txt", text: resume), today: WriteCase.today)
    return try LetterWriter.write(posting: job, resume: cv, options: options, today: "2026-12-04")
  }

  /// An acronym opening a credential or a highlight is a name, never a verb: "LEED Green
  /// Associate" once became "I leed Green Associate.".
  @Test(arguments: ["LEED Green Associate", "OSHA 30-Hour Construction", "CPR and BLS current"])
  func anAcronymOpeningALineIsNoVerb(_ line: String) {
    #expect(ClauseBuilder.firstPerson(line) == nil)
  }

  @Test func aLineInCapitalsStillOpensOnItsVerb() {
    #expect(ClauseBuilder.firstPerson("Led 4 audits") == "I led 4 audits")
    #expect(ClauseBuilder.firstPerson("LED 4 AUDITS") == "I led 4 AUDITS")
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aCertificateNamedByAnAcronymIsHeldNotDone(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter(
      posting: """
        Site Superintendent - Halvard Builders
        Halvard Builders is opening a 40-bed clinic in Provo this spring.
        Requirements:
        - LEED Green Associate
        - OSHA 30-Hour Construction
        - 5+ years running commercial job sites
        """,
      resume: """
        Tomas Ekwueme
        tomas.e@example.com

        EXPERIENCE
        Assistant Superintendent, Brightline Construction, Provo, UT
        March 2018 - Present
        - Ran 6 medical office build-outs of $3M-$9M each
        - Cut punch-list time from 21 days to 9 days

        CERTIFICATIONS
        LEED Green Associate
        OSHA 30-Hour Construction
        """, options: LetterOptions(tone: tone))
    #expect(!letter.text.lowercased().contains("i leed"), "\(letter.text)")
    #expect(!letter.text.contains("I osha"))
    #expect(letter.text.contains("LEED Green Associate"), "\(letter.text)")
  }

  /// A certificate dated after a break the resume lists ended was earned after it, and
  /// takes its article: never "During my break I completed Phlebotomy Technician
  /// certificate." for a certificate of March 2026 after a break that ended in 2025.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aCertificateAfterTheBreakIsNotSaidToBeDuringIt(_ tone: LetterOptions.Tone) throws {
    let resume = """
      Ilse Marrow
      ilse.marrow@example.com

      Experience
      Lab Coordinator
      Verity Diagnostics, Akron, OH
      January 2017 - May 2022
      - Ran 3 sample-intake benches handling 400 specimens a day

      Career Break
      June 2022 - August 2025
      - Full-time caregiver

      Certifications
      Phlebotomy Technician certificate, Lorain County Community College, March 2026
      """
    let posting = """
      Specimen Processing Lead - Corvel Labs
      Corvel Labs processes 2,000 specimens a day for 14 clinics.
      Requirements:
      - Phlebotomy certificate
      - 3+ years in a clinical laboratory
      """
    let text = try Self.letter(posting: posting, resume: resume, options: LetterOptions(tone: tone))
      .text
    #expect(!text.contains("During my break I completed"), "\(text)")
    #expect(text.contains("After my break, I completed a Phlebotomy Technician certificate"))
    let during = resume.replacingOccurrences(of: "March 2026", with: "March 2024")
    let inside = try Self.letter(
      posting: posting, resume: during, options: LetterOptions(tone: tone)
    ).text
    #expect(inside.contains("During my break I completed a Phlebotomy Technician certificate"))
  }

  /// The opening names the work the posting describes as the writer's only when it is:
  /// no variant says "It describes work I have done before" of a job in another field.
  @Test(arguments: [0, 1, 2, 3])
  func noOpeningClaimsThePostingsWorkAsDoneBefore(_ variant: Int) throws {
    for tone in LetterOptions.Tone.allCases {
      let text = try Self.letter(
        posting: Self.dentalLab, resume: Self.tester,
        options: LetterOptions(tone: tone, variant: variant)
      ).text
      #expect(!text.contains("done before"), "\(tone) \(variant): \(text)")
    }
  }

  static let dentalLab = """
    Dental Laboratory Technician - Brightsmile Dental Lab
    Brightsmile Dental Lab just added two milling units for zirconia crowns.
    Requirements:
    - 2+ years fabricating crowns and bridges
    - CAD/CAM design in exocad
    """
  static let tester = """
    Noor Halvorsen
    noor.h@example.com

    Experience
    QA Tester, Rainier Games, Seattle, WA
    May 2019 - Present
    - Wrote 1,800 test cases in TestRail for 3 console titles
    """

  /// The opener follows the line of work the titles show, not only shared tools: a
  /// librarian moving up to head a library's digital services, and an engineer applying as a
  /// developer, change no career.
  @Test func theOpenerReadsTheLineOfWorkFromTheTitles() throws {
    let library = try Self.letter(
      posting: """
        Head of Digital Services - Rivermouth Public Library
        Rivermouth Public Library is moving 12 branches to a new catalog.
        Requirements:
        - 5+ years of professional library experience
        - ILS migration experience
        """,
      resume: """
        Jonah Ibekwe
        jonah.i@example.com

        Experience
        Systems Librarian, Hollins County Library, Hollins, KY
        March 2019 - Present
        - Migrated 9 branches and 1.1 million records to Koha in 14 months
        """)
    #expect(library.plan.opener == .match)
    #expect(RoleNoun.names("librarian", in: "5+ years of professional library experience"))
    #expect(!RoleNoun.names("librarian", in: "5+ years of retail experience"))
    #expect(RoleNoun.of("Senior Software Engineer (Front-End)") == "engineer")
    #expect(RoleNoun.of("Head of Digital Services") == "head")
    #expect(RoleNoun.of("Network Engineer II") == "engineer")
    #expect(RoleNoun.of("Frontend Developer - Angular") == "engineer")
  }

  /// A proper name opening a sentence keeps its capital inside a frame: "One example of the
  /// scope of my work: University of the Cumberlands is where I …".
  @Test func aNameJoinedByOfKeepsItsCapital() {
    #expect(
      ClauseBuilder.lowerFirst("University of the Cumberlands is where I managed 140 feeds.")
        == "University of the Cumberlands is where I managed 140 feeds.")
    #expect(ClauseBuilder.lowerFirst("Bank of America is where I ran 3 audits.").hasPrefix("Bank"))
    #expect(ClauseBuilder.lowerFirst("Managed 40 feeds.") == "managed 40 feeds.")
  }
}

/// An address's local part is a recipient's name only where the posting writes that name:
/// "lavora@…" (Italian for "work") greeted a letter "Dear Lavora,".
@Suite struct EmailLocalPartRecipientTests {
  @Test func aWordThePostingNeverWritesAsANameIsNoRecipient() throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.txt",
        text: """
          Sous Chef - Trattoria Ventidue
          Trattoria Ventidue cucina romana, 80 coperti.
          Requisiti:
          - 3 anni di esperienza in cucina
          Inviare il curriculum: lavora@ventidue.example
          """))
    #expect(posting.recipient == nil, "\(String(describing: posting.recipient))")
  }

  @Test func aFirstNameThePostingWritesIsTheRecipient() throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.txt",
        text: """
          Line Cook - Harbor Table
          Harbor Table serves 300 covers a night.
          Requirements:
          - 2 years on a busy line
          Questions? Write to Marisol at marisol@harbortable.example
          """))
    #expect(posting.recipient?.name.hasPrefix("Marisol") == true)
  }
}
