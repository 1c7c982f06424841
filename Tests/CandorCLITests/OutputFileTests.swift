import Foundation
import Testing

@testable import CandorCLI

/// `--output` keeps what is already on disk: inputs, links, permissions and devices.
@Suite struct OutputFileTests {
  static let job = CLIFixtures.url("write/software-backend/posting.md").path
  static let resume = CLIFixtures.url("write/software-backend/resume.json").path

  @Test func outputThatIsAnInputIsRefusedAndTheInputKept() throws {
    let folder = try TemporaryFolder()
    let posting = try folder.write(
      "posting.md", try Data(contentsOf: URL(fileURLWithPath: Self.job)))
    let before = try Data(contentsOf: posting)
    let run = CapturedRun.run([
      "write", "--job", posting.path, "--resume", Self.resume, "--output", posting.path,
    ])
    #expect(run.status == 2)
    #expect(
      run.error == "candor write: \(posting.path): is the input \(posting.path); choose another "
        + "--output so it is kept\n")
    #expect(try Data(contentsOf: posting) == before)
  }

  @Test func aLinkIsFollowedAndKept() throws {
    let folder = try TemporaryFolder()
    let target = try folder.write("real.txt", Data("old\n".utf8))
    let link = folder.url.appendingPathComponent("link.txt")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    let run = CapturedRun.run([
      "write", "--job", Self.job, "--resume", Self.resume, "--output", link.path,
    ])
    #expect(run.status == 0)
    let kind =
      try FileManager.default.attributesOfItem(atPath: link.path)[.type] as? FileAttributeType
    #expect(kind == .typeSymbolicLink)
    #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("Dear Tomasz Wierzbicki,"))
  }

  @Test func aReplacedFileKeepsItsPermissions() throws {
    let folder = try TemporaryFolder()
    let target = try folder.write("letter.txt", Data("old\n".utf8))
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
    let run = CapturedRun.run([
      "write", "--job", Self.job, "--resume", Self.resume, "--output", target.path,
    ])
    #expect(run.status == 0)
    let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o600)
  }

  @Test func aDeviceIsWrittenToNotReplaced() throws {
    let run = CapturedRun.run([
      "write", "--job", Self.job, "--resume", Self.resume, "--output", "/dev/null",
    ])
    #expect(run.status == 0)
    let kind = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type]
    #expect(kind as? FileAttributeType == .typeCharacterSpecial)
  }

  @Test func aDashMeansStandardOutput() {
    let run = CapturedRun.run([
      "write", "--job", Self.job, "--resume", Self.resume, "--output", "-",
    ])
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("Dear Tomasz Wierzbicki,"))
  }

  @Test func aFolderNameIsRefusedInOneLine() throws {
    let folder = try TemporaryFolder()
    let run = CapturedRun.run([
      "write", "--job", Self.job, "--resume", Self.resume, "--output", folder.path("new") + "/",
    ])
    #expect(run.status == 2)
    #expect(run.error == "candor write: \(folder.path("new"))/: names a folder; give a file name\n")
  }
}
