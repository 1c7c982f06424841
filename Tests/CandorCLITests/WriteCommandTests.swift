import Foundation
import Testing

@testable import CandorCLI

/// `candor write` as a person runs it: options, errors, output files.
@Suite struct WriteCommandTests {
  static let job = CLIFixtures.url("write/software-backend/posting.md").path
  static let resume = CLIFixtures.url("write/software-backend/resume.json").path

  @Test func writesALetterAddressedToThePostingsContact() {
    let run = CapturedRun.run(["write", "--job", Self.job, "--resume", Self.resume])
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("Dear Tomasz Wierzbicki,\n\n"))
    #expect(run.output.contains("Senior Backend Engineer"))
  }

  @Test func sameOptionsGiveTheSameLetterAndVariantsDiffer() {
    let arguments = ["write", "--job", Self.job, "--resume", Self.resume]
    let first = CapturedRun.run(arguments).output
    #expect(CapturedRun.run(arguments).output == first)
    let other = CapturedRun.run(arguments + ["--variant", "1"]).output
    #expect(other != first)
    #expect(other.hasPrefix("Dear Tomasz Wierzbicki,"))
  }

  @Test func jsonCarriesSourcesPlanAndItsOwnReview() throws {
    let run = CapturedRun.run(
      ["write", "--job", Self.job, "--resume", Self.resume, "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    #expect(Set(object.keys).isSuperset(of: ["text", "paragraphs", "options", "plan", "review"]))
    let paragraphs = try #require(object["paragraphs"] as? [[String: Any]])
    let sentences = paragraphs.flatMap { $0["sentences"] as? [[String: Any]] ?? [] }
    let cited = sentences.compactMap { $0["sources"] as? [[String: String]] }.flatMap { $0 }
    #expect(
      cited.contains { $0["kind"] == "resume" && $0["reference"]?.hasPrefix("work[") == true })
    #expect(cited.contains { $0["kind"] == "posting" })
    let review = try #require(object["review"] as? [String: Any])
    #expect((review["score"] as? Int ?? 0) >= 90)
  }

  @Test(arguments: [
    (
      ["write", "--resume", "r.json"], "candor write: missing --job FILE; see 'candor write --help'"
    ),
    (
      ["write", "--job", "j.md", "--resume", "r.json", "--tone", "formel"],
      "candor write: invalid value 'formel' for '--tone' (did you mean 'formal'?); choose from "
        + "formal, conversational, confident"
    ),
    (
      ["write", "--job", "-", "--resume", "-"],
      "candor write: only one of --job and --resume can read stdin; see 'candor write --help'"
    ),
  ])
  func usageMistakesGetOneLineAndStatus2(_ arguments: [String], _ message: String) {
    let run = CapturedRun.run(arguments)
    #expect(run.status == 2)
    #expect(run.output.isEmpty)
    #expect(run.error == message + "\n")
  }

  @Test func referralWithoutAReferrerIsAnError() {
    let run = CapturedRun.run([
      "write", "--job", Self.job, "--resume", Self.resume, "--opener", "referral",
    ])
    #expect(run.status == 2)
    #expect(
      run.error == "candor write: invalid value 'referral' for --opener: a referral opener "
        + "needs --referrer NAME\n")
  }

  @Test(arguments: [["--format", "pdf"], ["--format", "docx", "--output", "-"]])
  func aBinaryFormatWithoutAFileIsRefusedBeforeAnyNote(_ extra: [String]) {
    let run = CapturedRun.run(["write", "--job", Self.job, "--resume", Self.resume] + extra)
    #expect(run.status == 2)
    #expect(run.output.isEmpty)
    #expect(run.error.hasPrefix("candor write: --format "))
    #expect(!run.error.contains("note:"))
  }

  @Test(arguments: ["match", "career-change"])
  func aReferrerWithAnotherOpenerIsAnErrorNotDroppedSilently(_ opener: String) {
    let run = CapturedRun.run([
      "write", "--job", Self.job, "--resume", Self.resume, "--opener", opener, "--referrer",
      "Noor Haddad",
    ])
    #expect(run.status == 2)
    #expect(run.output.isEmpty)
    #expect(
      run.error == "candor write: invalid value '\(opener)' for --opener: --referrer Noor "
        + "Haddad needs the referral opener; use --opener referral or leave --opener out\n")
  }

  @Test(arguments: [
    ("to", "Ann\nBcc: x", "it holds a line break or control character"),
    ("to", " ", "it is empty"),
    ("referrer", "Jo\tLee", "it holds a line break or control character"),
  ])
  func aNameOrHookThatWouldBreakTheLetterIsAnError(
    _ option: String, _ value: String, _ reason: String
  ) {
    let run = CapturedRun.run(
      ["write", "--job", Self.job, "--resume", Self.resume, "--\(option)", value])
    #expect(run.status == 2)
    #expect(run.output.isEmpty)
    #expect(run.error == "candor write: invalid value for '--\(option)': \(reason)\n")
  }

  @Test func internalOpenerNeedsARoleAtTheCompany() {
    let run = CapturedRun.run([
      "write", "--job", Self.job, "--resume", Self.resume, "--opener", "internal",
    ])
    #expect(run.status == 2)
    #expect(run.error.hasPrefix("candor write: invalid value 'internal' for --opener: "))
    #expect(run.error.contains("the resume shows no current role at"))
    #expect(run.output.isEmpty)
  }

  @Test func aResumeWithoutANameGetsANoteAboutTheSignature() throws {
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.resume)))
        as? [String: Any])
    var basics = object["basics"] as? [String: Any] ?? [:]
    basics["name"] = nil
    object["basics"] = basics
    let folder = try TemporaryFolder()
    let nameless = try folder.write(
      "cv.json", try JSONSerialization.data(withJSONObject: object))
    let run = CapturedRun.run(["write", "--job", Self.job, "--resume", nameless.path])
    #expect(run.status == 0)
    #expect(
      run.errorLines.contains(
        "candor write: note: your resume gives no name, so the letter is signed without one; "
          + "add it"))
  }

  @Test func invalidJSONResumeNamesTheLine() throws {
    let folder = try TemporaryFolder()
    let broken = try folder.write(
      "cv.json", Data("{\n  \"basics\": {\"name\": \"A\"}\n  \"work\": []\n}".utf8))
    let run = CapturedRun.run(["write", "--job", Self.job, "--resume", broken.path])
    #expect(run.status == 2)
    #expect(run.error.hasPrefix("candor write: \(broken.path):3:3: invalid JSON"))
  }

  @Test func outputFileIsReplacedOnlyByAWholeLetter() throws {
    let folder = try TemporaryFolder()
    let target = try folder.write("letter.txt", Data("old letter\n".utf8))
    let failed = CapturedRun.run([
      "write", "--job", Self.job, "--resume", folder.path("missing.json"), "--output",
      target.path,
    ])
    #expect(failed.status == 2)
    #expect(try String(contentsOf: target, encoding: .utf8) == "old letter\n")
    let written = CapturedRun.run([
      "write", "--job", Self.job, "--resume", Self.resume, "--output", target.path,
    ])
    #expect(written.status == 0)
    #expect(written.output.isEmpty)
    #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("Dear Tomasz Wierzbicki,"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(leftovers == ["letter.txt"])
  }

  @Test func nonEnglishPostingGetsAnEnglishLetterAndANote() throws {
    let folder = try TemporaryFolder()
    let posting = try folder.write(
      "puesto.md",
      Data(
        """
        # Analista de Datos

        Empresa: Tienda Norte

        Buscamos un analista de datos para el equipo de ventas. Trabajarás con SQL y Python
        para construir reportes semanales y modelos de demanda para las tiendas de la región.

        ## Requisitos

        - Experiencia con SQL y Python
        - Conocimiento de Excel y Power BI
        """.utf8))
    let run = CapturedRun.run(["write", "--job", posting.path, "--resume", Self.resume])
    #expect(run.status == 0)
    #expect(run.output.contains("Analista de Datos"))
    #expect(run.error.contains("the posting is in 'es'; the letter is written in English"))
  }
}

/// The note a thin resume gets: under half the target length, review counts the length as an
/// error, and the note says so and offers the short length.
@Suite struct WriteShortLetterNoteTests {
  static let posting = """
    # Veterinary Technician at Birchwood Animal Clinic

    Birchwood Animal Clinic is a four-doctor practice that opened a surgery wing this year.

    ## Requirements
    - Registered Veterinary Technician (RVT)
    - Dental radiographs
    """

  static let resume = """
    # Lena Marsh
    lena.marsh@example.com

    ## Experience
    Veterinary Technician, Cedar Vale Pet Hospital, 2021 – Present
    - Took dental radiographs for 12 patients a week

    ## Certifications
    - Registered Veterinary Technician (RVT)
    """

  @Test func aLetterUnderHalfItsTargetSaysReviewCountsItAsAnError() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("candor-short-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let job = folder.appendingPathComponent("job.md")
    let resume = folder.appendingPathComponent("resume.md")
    try Self.posting.write(to: job, atomically: true, encoding: .utf8)
    try Self.resume.write(to: resume, atomically: true, encoding: .utf8)
    let run = CapturedRun.run(["write", "--job", job.path, "--resume", resume.path])
    #expect(run.status == 0)
    #expect(run.error.contains("under half the 250-word target, so candor review counts its "))
    #expect(run.error.contains("; or give --length short for an application form's text box"))
    let short = CapturedRun.run(
      ["write", "--job", job.path, "--resume", resume.path, "--length", "short"])
    #expect(!short.error.contains("--length short"))
  }
}

/// `--opener return` on a resume that shows no break: the letter is written and one note
/// on standard error says the resume shows none.
@Suite struct ForcedReturnNoteTests {
  @Test func aForcedReturnWithoutABreakWarnsOnce() {
    let run = CapturedRun.run([
      "write", "--job", CLIFixtures.url("write-trial19/wind-posting.md").path,
      "--resume", CLIFixtures.url("write-trial19/graduate-resume.txt").path,
      "--opener", "return",
    ])
    #expect(run.status == 0)
    let notes = run.error.split(separator: "\n").filter { $0.contains("no career break") }
    #expect(notes.count == 1, "\(run.error)")
    #expect(!run.output.contains("career break"))
  }
}

/// The letter's own review runs for every format: an error it finds is said on standard
/// error, so a letter a reader would reject is never passed on unsaid.
@Suite struct OwnReviewNoteTests {
  static let job = CLIFixtures.url("write/software-backend/posting.md").path
  static let resume = CLIFixtures.url("write/software-backend/resume.json").path

  @Test(arguments: ["text", "markdown", "json"])
  func aPlaceholderPastedIntoTheHookIsReported(_ format: String) {
    let run = CapturedRun.run([
      "write", "--job", Self.job, "--resume", Self.resume, "--format", format,
      "--hook", "your team at [Company Name] ships every week",
    ])
    #expect(run.status == 0)
    #expect(run.output.contains("Company Name"))
    let notes = run.error.split(separator: "\n").filter { $0.contains("candor review finds") }
    #expect(notes.count == 1, "\(run.error)")
    #expect(notes.first?.contains("'[Company Name]' [placeholder]") == true)
  }

  @Test func aCleanLetterGetsNoReviewNote() {
    let run = CapturedRun.run(["write", "--job", Self.job, "--resume", Self.resume])
    #expect(run.status == 0)
    #expect(!run.error.contains("candor review finds"))
  }
}

/// A reference who works at the posting's company may have referred the person: the note
/// says how to open on it, and the letter itself never claims a referral.
@Suite struct ReferenceAtCompanyNoteTests {
  @Test func aReferenceAtTheCompanyIsNamedInANoteOnly() {
    let folder = "write/referral-stated/"
    let run = CapturedRun.run([
      "write", "--job", CLIFixtures.url(folder + "posting.txt").path,
      "--resume", CLIFixtures.url(folder + "resume-other-company.md").path,
    ])
    #expect(run.status == 0)
    #expect(
      run.error.contains(
        "note: your references name Rafael Dunmore at Brambleway Health; if Rafael Dunmore "
          + "referred you, give --referrer 'Rafael Dunmore' to open the letter on it"))
    #expect(!run.output.contains("Dunmore"))
  }
}
