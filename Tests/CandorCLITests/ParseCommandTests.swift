import Foundation
import Testing

/// `candor parse`: where its notes go, and the hint for a file given to the wrong reader.
@Suite struct ParseCommandTests {
  static let resume =
    "Ines Duarte\nines@example.org\n\nExperience\nClerk, Lumen Books, 2019 – 2022\n"
    + "- Shelved 900 books a week\n\nEducation\nB.A. History, Vale College, 2018\n\n"
    + "Personal Details\nBorn in Porto\n"

  static let posting =
    "Bookseller\nLumen Books\n\nResponsibilities\n- Help readers find books\n\n"
    + "Requirements\n- Two years in retail\n\nBenefits\n- Staff discount\n"

  @Test func anOutlineListsItsNotesOnceOnStandardOutputOnly() {
    let run = CapturedRun.run(["parse", "resume", "-"], input: Data(Self.resume.utf8))
    #expect(run.status == 0)
    #expect(run.output.components(separatedBy: "section 'Personal Details'").count == 2)
    #expect(run.error == "")
  }

  /// JSON keeps the notes in `meta.candor` and shows them on standard error once.
  @Test func jsonOutputPutsTheNotesOnStandardErrorOnce() throws {
    let run = CapturedRun.run(
      ["parse", "resume", "-", "--format", "json"], input: Data(Self.resume.utf8))
    #expect(run.status == 0)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let candor = (root["meta"] as? [String: Any])?["candor"] as? [String: Any]
    #expect(
      candor?["notes"] as? [String] == ["section 'Personal Details' (line 11) was not read"])
    #expect(
      run.errorLines == [
        "candor parse: <stdin>: note: section 'Personal Details' (line 11) was not read"
      ])
  }

  /// The JSON carries the evidence (line, metrics, skills) and years in `meta.candor`, and
  /// stays JSON Resume: `--strict` reads it back.
  @Test func jsonOutputCarriesTheEvidenceAndStaysValid() throws {
    let run = CapturedRun.run(
      ["parse", "resume", "-", "--format", "json"], input: Data(Self.resume.utf8))
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let candor = try #require((root["meta"] as? [String: Any])?["candor"] as? [String: Any])
    let evidence = try #require((candor["evidence"] as? [[String: Any]])?.first)
    #expect(evidence["text"] as? String == "Shelved 900 books a week")
    #expect(evidence["line"] as? Int == 6)
    #expect((evidence["metrics"] as? [[String: Any]])?.first?["value"] as? Double == 900)
    #expect(candor["yearsOfExperience"] as? Double == 3)
    let folder = try TemporaryFolder()
    let path = try folder.write("parsed.json", Data(run.output.utf8)).path
    let strict = CapturedRun.run(["parse", "resume", "--strict", path])
    #expect(strict.status == 0)
    #expect(strict.error == "")
  }

  @Test func aResumeGivenToParseJobIsRefusedInOneLine() {
    let run = CapturedRun.run(["parse", "job", "-"], input: Data(Self.resume.utf8))
    #expect(run.status == 2)
    #expect(run.output.isEmpty)
    #expect(run.errorLines.count == 1)
    #expect(run.error.contains("<stdin>: not a usable job posting: it reads like a resume"))
  }

  /// Headings of a resume without its name, contact details or dated roles: only a hint.
  @Test func aFileWithOnlyResumeHeadingsGetsOneHintAndIsStillRead() {
    let text =
      "Bookseller notes\n\nExperience\nShelving and the till\n\nEducation\nA history degree\n"
    let run = CapturedRun.run(["parse", "job", "-"], input: Data(text.utf8))
    #expect(run.status == 0)
    #expect(!run.output.isEmpty)
    #expect(
      run.errorLines == [
        "candor parse: <stdin>: note: this reads like a resume, not a job posting; to read it "
          + "as one, run: candor parse resume <stdin>"
      ])
  }

  @Test func aPostingGivenToParseResumeGetsOneHint() {
    let run = CapturedRun.run(["parse", "resume", "-"], input: Data(Self.posting.utf8))
    let hint =
      "candor parse: <stdin>: note: this reads like a job posting, not a resume; to read it "
      + "as one, run: candor parse job <stdin>\n"
    #expect(run.error.hasPrefix(hint))
    #expect(run.error.components(separatedBy: "reads like").count == 2)
  }

  @Test func theRightKindOfFileGetsNoHint() {
    let job = CapturedRun.run(["parse", "job", "-"], input: Data(Self.posting.utf8))
    #expect(job.status == 0)
    #expect(job.error == "")
  }

  /// A posting in JSON Resume's job schema given to `parse resume` exits 2 with one line
  /// that names the reader to use, as a JSON resume given to `parse job` does.
  @Test(arguments: [
    ("resume", #"{"title": "Welder", "company": "Ostrava Forge", "description": "We weld."}"#),
    ("job", #"{"basics": {"name": "Ada Quist"}, "work": [{"name": "Ostrava Forge"}]}"#),
  ])
  func aJSONFileOfTheOtherKindGetsOneErrorLine(_ reader: String, _ json: String) throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("input.json", Data(json.utf8)).path
    let run = CapturedRun.run(["parse", reader, path])
    #expect(run.status == 2)
    #expect(run.output == "")
    #expect(run.errorLines.count == 1, "\(run.error)")
    #expect(run.error.contains("read it with `candor parse \(reader == "job" ? "resume" : "job")`"))
  }
}
