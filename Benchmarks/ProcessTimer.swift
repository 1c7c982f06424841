import Foundation

/// One run of a child process: its wall-clock time and exit status.
struct ProcessSample {
  var milliseconds: Double
  var status: Int32
}

/// Several runs of one command, and its peak memory.
struct ProcessRuns {
  var samples: [ProcessSample]
  /// The command's largest resident set size in megabytes, from GNU time; nil without it.
  var peakMegabytes: Double?
}

/// Runs whole processes and measures each one, as a person running the command would wait
/// for it: from spawn to exit, standard output and error sent to /dev/null.
enum ProcessTimer {
  /// GNU time, which measures a child's peak memory from outside this (large) process.
  static let gnuTime = "/usr/bin/time"

  /// `runs` timed runs of `arguments` (the first is the executable's path) with
  /// `environment` added to this process's own, and one more under GNU time for memory.
  static func measure(
    _ arguments: [String], environment: [String: String] = [:], runs: Int
  ) -> ProcessRuns {
    let samples = (0..<runs).map { _ in run(arguments, environment: environment) }
    return ProcessRuns(
      samples: samples, peakMegabytes: peakMegabytes(arguments, environment: environment))
  }

  /// One run, timed from spawn to exit.
  static func run(_ arguments: [String], environment: [String: String] = [:]) -> ProcessSample {
    let argv = arguments.map { strdup($0) } + [nil]
    let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let clock = ContinuousClock()
    let start = clock.now
    var pid = pid_t()
    guard posix_spawn(&pid, arguments[0], &actions, nil, argv, envp) == 0 else {
      return ProcessSample(milliseconds: 0, status: 127)
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return ProcessSample(
      milliseconds: BenchmarkRunner.milliseconds(clock.now - start), status: (status >> 8) & 0xFF)
  }

  /// The command's peak memory as GNU time reports it (`%M`, kilobytes).
  ///
  /// `wait4` on a child spawned from here would not do: Linux carries the parent's peak
  /// into a child that shares its memory until `exec`, as `posix_spawn` children do.
  static func peakMegabytes(_ arguments: [String], environment: [String: String]) -> Double? {
    guard FileManager.default.isExecutableFile(atPath: gnuTime) else { return nil }
    let report = FileManager.default.temporaryDirectory
      .appendingPathComponent("candor-bench-maxrss-\(getpid())")
    defer { try? FileManager.default.removeItem(at: report) }
    _ = run([gnuTime, "-f", "%M", "-o", report.path] + arguments, environment: environment)
    let text = (try? String(contentsOf: report, encoding: .utf8)) ?? ""
    let lines = text.split(separator: "\n")
    return lines.last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
      .map { $0 / 1024 }
  }
}
