import Testing

@testable import CandorKit

/// A JSON-LD description puts every sentence on the script's one line; the letter still
/// opens on its company sentence, which is no duty or requirement for sharing that line.
@Suite struct JSONLDHookTests {
  @Test func opensOnTheCompanySentenceOfTheDescription() throws {
    let posting = try PostingReader.read(PostingFixture.file("jsonld-hook.html"))
    let resume = try ResumeReader.read(
      InputFile(
        name: "resume.txt",
        text: """
          Imogen Tarrant
          imogen.tarrant@example.com

          Experience
          Estimator, Coldwater Construction, 2019 - Present
          - Bid 45 clinic and school projects a year in Bluebeam
          """))
    let letter = try LetterWriter.write(posting: posting, resume: resume, today: "2026-12-01")
    #expect(
      letter.plan.hook?.text
        == "Brackenridge Builders designs and builds clinics for rural hospitals.")
  }
}
