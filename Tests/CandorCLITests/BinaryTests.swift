import Foundation
import Testing

/// A few runs of the real `candor` executable, end to end through the process boundary.
@Suite struct BinaryTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    /// `$DIR` stands for a fresh temporary folder.
    var arguments: [String]
    var input = Data()
    var status: Int32
    /// The exact standard error, or nil when only its emptiness matters.
    var error: String
    var hasOutput: Bool
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "missing file", arguments: ["parse", "job", "$DIR/none.md"], status: 2,
      error: "candor parse: $DIR/none.md: no such file\n", hasOutput: false),
    Case(
      name: "invalid JSON", arguments: ["parse", "resume", "--strict", "$DIR/bad.json"], status: 2,
      error: "candor parse: $DIR/bad.json:3:40: invalid JSON: invalid literal 'True'; expected "
        + "true, false or null\n", hasOutput: false),
    Case(
      name: "unknown option", arguments: ["parse", "resume", "-", "--stirct"], status: 2,
      error: "candor parse: unknown option '--stirct' (did you mean '--strict'?); "
        + "see 'candor parse --help'\n", hasOutput: false),
    Case(
      name: "a posting on standard input", arguments: ["parse", "job", "-"],
      input: Data("# Warehouse Associate\n\nBramblewood Freight is hiring.\n".utf8), status: 0,
      error: "", hasOutput: true),
    Case(
      name: "help", arguments: ["--help"], status: 0, error: "", hasOutput: true),
  ]

  @Test func aFullStandardOutputIsAnErrorNotSuccess() throws {
    let executable = try #require(CLIFixtures.executable, "build candor first (swift build)")
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let folder = try TemporaryFolder()
    let stderr = try folder.write(".stderr", Data())
    let process = Process()
    process.executableURL = executable
    process.arguments = ["parse", "job", "-"]
    let stdin = try folder.write(".stdin", Data("# Dock Lead\n\nHarrow Freight is hiring.\n".utf8))
    process.standardInput = try FileHandle(forReadingFrom: stdin)
    process.standardOutput = full
    process.standardError = try FileHandle(forWritingTo: stderr)
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(
      try String(contentsOf: stderr, encoding: .utf8)
        == "candor parse: standard output: cannot be written (No space left on device)\n")
  }

  @Test(arguments: cases)
  func runsTheBuiltExecutable(_ sample: Case) throws {
    let executable = try #require(CLIFixtures.executable, "build candor first (swift build)")
    let folder = try TemporaryFolder()
    try folder.write("bad.json", CLIFixtures.data("bad/bad-literal.json"))
    let arguments = sample.arguments.map {
      $0.replacingOccurrences(of: "$DIR", with: folder.url.path)
    }
    let run = try CapturedRun.runBinary(executable, arguments, input: sample.input, folder: folder)
    #expect(run.status == sample.status)
    #expect(run.error == sample.error.replacingOccurrences(of: "$DIR", with: folder.url.path))
    #expect(run.output.isEmpty != sample.hasOutput)
  }
}
