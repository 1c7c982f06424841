import Foundation

/// Where a command writes: standard output and error, or buffers in tests.
public final class Console: @unchecked Sendable {
  private let writeOutput: (String) -> Int32?
  private let writeError: (String) -> Void
  /// Reads standard input; tests replace it.
  let readInput: () -> Data

  public init(
    output: @escaping (String) -> Void, error: @escaping (String) -> Void,
    input: @escaping () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }
  ) {
    writeOutput = {
      output($0)
      return nil
    }
    writeError = error
    readInput = input
  }

  private init(
    checkedOutput: @escaping (String) -> Int32?, error: @escaping (String) -> Void
  ) {
    writeOutput = checkedOutput
    writeError = error
    readInput = { FileHandle.standardInput.readDataToEndOfFile() }
  }

  /// The process's real standard streams.
  public static let standard = Console(
    checkedOutput: { Console.write($0, to: STDOUT_FILENO) },
    error: { _ = Console.write($0, to: STDERR_FILENO) })

  /// The error number of the first failed write to standard output (a full disk, a closed
  /// file), so the command can report it instead of exiting as if all was written.
  private(set) var outputFailure: Int32?

  func print(_ text: String) {
    guard outputFailure == nil else { return }
    outputFailure = writeOutput(text.hasSuffix("\n") ? text : text + "\n")
  }

  /// Writes all of `text`; returns the error number when the stream refuses it.
  private static func write(_ text: String, to descriptor: Int32) -> Int32? {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes {
        Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }

  func printError(_ text: String) {
    writeError(text.hasSuffix("\n") ? text : text + "\n")
  }
}
