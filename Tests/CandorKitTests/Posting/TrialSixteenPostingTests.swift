import Testing

@testable import CandorKit

/// Faults the sixteenth new-user trial found in the posting reader, on invented postings.
@Suite struct TrialSixteenPostingTests {
  /// A title written in capitals keeps its acronyms when tidied: a bracketed word of two to
  /// four letters is one, and so are the clinical and trade acronyms anywhere in the title.
  @Test(arguments: [
    ("RADIOLOGIC TECHNOLOGIST I (CT) - Night Shift", "Radiologic Technologist I (CT)"),
    ("REGISTERED NURSE (PACU)", "Registered Nurse (PACU)"),
    ("SURGICAL TECHNICIAN [OR] - Property", "Surgical Technician [OR]"),
    ("MRI TECHNOLOGIST, PRN", "MRI Technologist, PRN"),
    ("CT TECHNOLOGIST II", "CT Technologist II"),
    ("CDL DRIVER (LEVEL II)", "CDL Driver (Level II)"),
    ("NURSE (NEWBORN UNIT)", "Nurse (Newborn Unit)"),
  ])
  func aShoutedTitleKeepsItsAcronyms(_ written: String, _ tidied: String) throws {
    let text =
      "\(written)\nHarborview Imaging\nSalem, OR\n\nRequirements:\n"
      + "1. 2 years of imaging experience\n2. Current BLS card\n"
    let posting = try PostingReader.read(
      InputFile(name: "posting.txt", text: text), lexicon: .standard)
    #expect(posting.title == tidied)
  }
}
