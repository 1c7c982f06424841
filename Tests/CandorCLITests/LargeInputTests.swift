import Foundation
import Testing

@testable import CandorCLI
@testable import CandorKit

/// A posting, resume or letter with more text than a real one could hold is refused at once
/// with one line naming the file, its size and the limit, and exit status 2; a large but
/// possible one is still read to the right values.
@Suite struct LargeInputTests {
  /// `line` repeated until the text holds more than `bytes` bytes.
  static func repeated(_ line: String, over bytes: Int) -> String {
    String(repeating: line, count: bytes / line.utf8.count + 1)
  }

  /// One input over its limit: the command run on it (`$FILE` is its path) and the
  /// document the message names.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String]
    var text: String
    var kind: String
    var limit: Int
    var testDescription: String { name }
  }

  static let cases = [
    Case(
      name: "resume", arguments: ["parse", "resume", "$FILE"],
      text: "Noor Haddad\n\nEXPERIENCE\n"
        + repeated("- Sorted 40 parcels an hour at Fennick Depot\n", over: TextLimit.resume),
      kind: "resume", limit: TextLimit.resume),
    Case(
      name: "posting, before writing", arguments: ["write", "--job", "$FILE", "--resume", "-"],
      text: "Depot Lead at Fennick Freight\n\nRequirements\n"
        + repeated("- 3+ years leading a warehouse shift of 12 people\n", over: TextLimit.posting),
      kind: "job posting", limit: TextLimit.posting),
    Case(
      name: "letter", arguments: ["review", "$FILE"],
      text: "Dear Ms. Okonjo,\n\n"
        + repeated(
          "At Fennick Freight I cut late loads by 30% in one year. ", over: TextLimit.letter),
      kind: "letter", limit: TextLimit.letter),
  ]

  @Test(arguments: cases)
  func refusesMoreTextThanTheDocumentCanHold(_ sample: Case) throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("input.txt", Data(sample.text.utf8)).path
    let arguments = sample.arguments.map { $0 == "$FILE" ? path : $0 }
    let run = CapturedRun.run(arguments, input: Data("Noor Haddad\nShift lead\n".utf8))
    #expect(run.status == 2)
    #expect(run.output.isEmpty)
    let (size, limit) = CandorError.sizes(sample.text.utf8.count, sample.limit)
    #expect(size != limit)
    #expect(
      run.errorLines == [
        "candor \(arguments[0]): \(path): has \(size) of text, more than the "
          + "\(limit) a \(sample.kind) may have; a real one is a few pages"
      ])
  }

  /// The limit is on a letter's text: an HTML export whose styles make the file larger than
  /// the limit is still reviewed.
  @Test func reviewsAnHTMLLetterWhoseFileIsLargerThanItsTextLimit() throws {
    let folder = try TemporaryFolder()
    let style = Self.repeated(".letter p { margin: 0 0 12px 0; }\n", over: TextLimit.letter)
    let html =
      "<html><head><style>\(style)</style></head><body><p>Dear Ms. Okonjo,</p>"
      + "<p>At Fennick Freight I cut late loads by 30% in one year.</p>"
      + "<p>Sincerely,<br>Noor Haddad</p></body></html>"
    let path = try folder.write("letter.html", Data(html.utf8)).path
    let run = CapturedRun.run(["review", path])
    #expect(run.status == 0)
    #expect(run.output.contains("score "))
  }

  /// A resume of 400 roles, longer than a real one, still reads every role.
  @Test func readsEveryRoleOfALargeResume() throws {
    var text = "Noor Haddad\nnoor.haddad@example.com\n\nEXPERIENCE\n\n"
    for role in 0..<400 {
      let year = 1960 + role % 60
      text += "Fennick Depot \(role), Dayton, OH    Jan \(year) - Mar \(year + 1)\nShift Lead\n"
      text += "• Sorted \(40 + role % 20) parcels an hour with a team of 6\n\n"
    }
    #expect(text.utf8.count > 40_000 && text.utf8.count < TextLimit.resume)
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: text)).resume
    #expect(resume.basics?.name == "Noor Haddad")
    #expect(resume.work.count == 400)
    #expect(resume.work.first?.name == "Fennick Depot 0")
    #expect(resume.work.last?.name == "Fennick Depot 399")
    #expect(resume.work.last?.position == "Shift Lead")
  }

  /// A posting whose requirements run to a thousand lines keeps its title and company.
  @Test func readsTheTitleAndCompanyOfALargePosting() throws {
    let text =
      "Depot Lead\nFennick Freight\n\nRequirements\n"
      + Self.repeated("- 3+ years leading a warehouse shift of 12 people\n", over: 60_000)
    let posting = try PostingReader.read(InputFile(name: "job.txt", text: text))
    #expect(posting.title == "Depot Lead")
    #expect(posting.company == "Fennick Freight")
  }
}
