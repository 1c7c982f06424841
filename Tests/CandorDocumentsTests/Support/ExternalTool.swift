import Foundation

/// Runs the command-line tools the tests check documents with (poppler-utils, python-docx,
/// LibreOffice).
enum ExternalTool {
  struct Result {
    var status: Int32
    var output: String
    var error: String
  }

  /// The full path of `name` on PATH, or nil when it is not installed.
  static func find(_ name: String) -> String? {
    if name.hasPrefix("/") {
      return FileManager.default.isExecutableFile(atPath: name) ? name : nil
    }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  static func run(_ name: String, _ arguments: [String], environment: [String: String] = [:])
    throws -> Result
  {
    guard let executable = find(name) else { throw ToolMissing(name: name) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
      error: String(decoding: errData, as: UTF8.self))
  }

  struct ToolMissing: Error, CustomStringConvertible {
    var name: String
    var description: String { "\(name) is not installed (run make deps)" }
  }

  /// One folder per test process for everything the tests write; removed when the process
  /// exits.
  static let scratchRoot: URL = {
    let url = URL(fileURLWithPath: scratchRootPath(for: getpid()))
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: scratchRootPath(for: getpid())) }
    return url
  }()

  static func scratchRootPath(for process: pid_t) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("candor-documents-\(process)")
      .path
  }

  /// A fresh temporary folder for one test, inside ``scratchRoot``.
  static func temporaryFolder() throws -> URL {
    let url = scratchRoot.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Collapses every run of whitespace to one space and drops bullet signs, the way text
  /// comes back from a PDF or DOCX regardless of line breaks.
  static func normalised(_ text: String) -> String {
    text.replacingOccurrences(of: "•", with: " ")
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
