import CandorKit
import Foundation

/// A subcommand: its declared options and the function that runs it.
struct Command: Sendable {
  var spec: CommandSpec
  /// Runs with parsed arguments and returns the exit status.
  var run: @Sendable (ParsedArguments, Console) throws -> Int32
}

/// Exit statuses, as DESIGN.md defines them.
enum ExitStatus {
  static let success: Int32 = 0
  /// `review --strict` found an error-level problem.
  static let findings: Int32 = 1
  /// A usage or input error.
  static let failure: Int32 = 2
}

/// The `candor` program: picks the subcommand, runs it, renders errors as one line.
public enum CandorProgram {
  static let commands: [Command] = [
    WriteCommand.command, ReviewCommand.command, MatchCommand.command, TailorCommand.command,
    ParseCommand.command,
  ]

  /// Runs `candor` with `arguments` (without the program name) and returns the exit status.
  public static func run(_ arguments: [String], console: Console = .standard) -> Int32 {
    guard let name = arguments.first else {
      // No command is a usage error: the overview goes to standard error, status 2.
      console.printError(overview)
      return ExitStatus.failure
    }
    guard !["--help", "-h", "help"].contains(name) else {
      let topic = arguments.dropFirst().first.flatMap(find)
      console.print(topic.map { HelpGenerator.help(for: $0.spec) } ?? overview)
      return ExitStatus.success
    }
    if name == "--version" {
      console.print("candor \(version)")
      return ExitStatus.success
    }
    guard let command = find(name) else {
      let error =
        name.hasPrefix("-")
        ? UsageError.unknownOption(
          name, command: "",
          suggestion: EditDistance.closest(to: name, in: ["--help", "--version"]))
        : UsageError.unknownCommand(
          name, suggestion: EditDistance.closest(to: name, in: commands.map(\.spec.name)))
      console.printError("candor: " + error.message)
      return ExitStatus.failure
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
      console.print(HelpGenerator.help(for: command.spec))
      return ExitStatus.success
    }
    do {
      let parsed = try ArgumentParser.parse(rest, for: command.spec)
      let status = try command.run(parsed, console)
      if let failure = console.outputFailure {
        let reason = String(cString: strerror(failure))
        console.printError("candor \(name): standard output: cannot be written (\(reason))")
        return ExitStatus.failure
      }
      return status
    } catch {
      console.printError("candor \(name): " + message(for: error))
      return ExitStatus.failure
    }
  }

  /// The one-line message for any error a command throws.
  static func message(for error: any Error) -> String {
    switch error {
    case let error as UsageError: return error.message
    case let error as CandorError: return error.message
    case let error as CandorCommandError: return error.message
    default: return "\(error)"
    }
  }

  static let version = "0.1.0"

  private static func find(_ name: String) -> Command? {
    commands.first { $0.spec.name == name }
  }

  static var overview: String {
    let width = commands.map(\.spec.name.count).max() ?? 0
    let rows = commands.map {
      "  " + $0.spec.name.padding(toLength: width + 3, withPad: " ", startingAt: 0)
        + $0.spec.abstract
    }
    return """
      OVERVIEW: Candor writes grounded cover letters from your resume, reviews
      letters, and measures how well a letter or resume matches a job posting.
      It runs offline.

      USAGE: candor <command> [options]

      COMMANDS:
      \(rows.joined(separator: "\n"))

      Run 'candor <command> --help' for a command's options. Use - as FILE to
      read standard input. Exit status: 0 success, 1 review found errors
      (--strict), 2 usage or input error.
      """
  }
}
