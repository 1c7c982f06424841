import Foundation

@testable import CandorCLI

/// What one run of `candor` printed and returned.
struct CapturedRun: Sendable {
  var status: Int32
  var output: String
  var error: String

  /// Runs `CandorProgram` in-process with `input` as standard input.
  static func run(_ arguments: [String], input: Data = Data()) -> CapturedRun {
    let output = TextBuffer()
    let error = TextBuffer()
    let console = Console(output: output.append, error: error.append, input: { input })
    let status = CandorProgram.run(arguments, console: console)
    return CapturedRun(status: status, output: output.text, error: error.text)
  }

  /// Runs the built `candor` executable; standard input and both outputs go through files
  /// in `folder`, so a large output can never block the child.
  static func runBinary(
    _ executable: URL, _ arguments: [String], input: Data = Data(), folder: TemporaryFolder
  ) throws -> CapturedRun {
    let stdin = try folder.write(".stdin", input)
    let stdout = try folder.write(".stdout", Data())
    let stderr = try folder.write(".stderr", Data())
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.standardInput = try FileHandle(forReadingFrom: stdin)
    process.standardOutput = try FileHandle(forWritingTo: stdout)
    process.standardError = try FileHandle(forWritingTo: stderr)
    try process.run()
    process.waitUntilExit()
    return CapturedRun(
      status: process.terminationStatus,
      output: try String(contentsOf: stdout, encoding: .utf8),
      error: try String(contentsOf: stderr, encoding: .utf8))
  }

  /// The lines written to standard error.
  var errorLines: [Substring] {
    error.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
  }
}

/// Text collected from several threads.
final class TextBuffer: @unchecked Sendable {
  private let lock = NSLock()
  private var storage = ""

  func append(_ text: String) {
    lock.withLock { storage += text }
  }

  var text: String { lock.withLock { storage } }
}

/// A fresh folder under the system's temporary directory, removed when the test ends.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("candor-cli-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// Writes `data` to `name` inside the folder and returns its URL.
  @discardableResult
  func write(_ name: String, _ data: Data) throws -> URL {
    let file = url.appendingPathComponent(name)
    try data.write(to: file)
    return file
  }

  func path(_ name: String) -> String {
    url.appendingPathComponent(name).path
  }
}

/// Locates the package's fixtures and the built `candor` executable.
enum CLIFixtures {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func url(_ relativePath: String) -> URL {
    packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relativePath)
  }

  static func data(_ relativePath: String) throws -> Data {
    try Data(contentsOf: url(relativePath))
  }

  /// The `candor` built next to the test bundle (SwiftPM builds it with the tests).
  static var executable: URL? {
    let bundleFolder = Bundle.main.bundleURL.deletingLastPathComponent()
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
      bundleFolder, Bundle.main.bundleURL,
    ].map { $0.appendingPathComponent("candor") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }
}
