import Foundation

/// Where a command writes: standard output and error, or buffers in tests.
public final class Console: @unchecked Sendable {
  private let writeOutput: (String) -> Void
  private let writeError: (String) -> Void
  /// Reads standard input; tests replace it.
  let readInput: () -> Data

  public init(
    output: @escaping (String) -> Void, error: @escaping (String) -> Void,
    input: @escaping () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }
  ) {
    writeOutput = output
    writeError = error
    readInput = input
  }

  /// The process's real standard streams.
  public static let standard = Console(
    output: { FileHandle.standardOutput.write(Data($0.utf8)) },
    error: { FileHandle.standardError.write(Data($0.utf8)) })

  func print(_ text: String) {
    writeOutput(text.hasSuffix("\n") ? text : text + "\n")
  }

  func printError(_ text: String) {
    writeError(text.hasSuffix("\n") ? text : text + "\n")
  }
}
