import Foundation

/// Writes output files so that a reader never sees a half-written file and an existing
/// file is replaced only once the new one is complete.
///
/// A symbolic link is followed and its target replaced; a file's permissions are kept; a
/// device or pipe (`/dev/null`, a FIFO) is written to directly, never replaced; and a file
/// that is also one of the command's inputs is refused rather than overwritten.
enum AtomicFile {
  /// Fails, before any work is done, when `path` cannot take the output: no name, a folder,
  /// one of the command's `inputs`, or a folder that does not exist.
  static func check(_ path: String, inputs: [String]) throws(CandorCommandError) {
    _ = try existing(path, inputs: inputs)
    let folder = folderOf(resolved(path))
    var folderInfo = stat()
    guard stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
      throw .output(path: path, reason: "folder \(folder) does not exist")
    }
  }

  static func write(
    _ data: Data, to path: String, inputs: [String] = []
  ) throws(CandorCommandError) {
    try check(path, inputs: inputs)
    let target = resolved(path)
    let existing = try existing(path, inputs: inputs)
    if let existing, existing.st_mode & S_IFMT != S_IFREG {
      return try writeThrough(data, to: target, shownAs: path)
    }
    let folder = folderOf(target)
    let temporary = folder + "/.candor-\(getpid())-XXXXXX"
    var template = Array(temporary.utf8CString)
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else { throw .output(path: path, reason: Self.reason(errno)) }
    let temporaryPath = String(cString: template)
    let mode = existing.map { $0.st_mode & 0o7777 } ?? Self.defaultMode()
    let failure = write(data, to: descriptor) ?? (fchmod(descriptor, mode) == 0 ? nil : errno)
    close(descriptor)
    if let failure {
      unlink(temporaryPath)
      throw .output(path: path, reason: Self.reason(failure))
    }
    if rename(temporaryPath, target) != 0 {
      let failure = errno
      unlink(temporaryPath)
      throw .output(path: path, reason: Self.reason(failure))
    }
  }

  /// What is at `path` now, nil when nothing is; throws when it must not be replaced.
  private static func existing(
    _ path: String, inputs: [String]
  ) throws(CandorCommandError) -> stat? {
    guard !path.isEmpty else { throw .output(path: "--output", reason: "needs a file name") }
    if path.hasSuffix("/") {
      throw .output(path: path, reason: "names a folder; give a file name")
    }
    var info = stat()
    guard stat(resolved(path), &info) == 0 else { return nil }
    if info.st_mode & S_IFMT == S_IFDIR { throw .output(path: path, reason: "is a folder") }
    if let input = inputs.first(where: { sameFile($0, info) }) {
      throw .output(
        path: path, reason: "is the input \(input); choose another --output so it is kept")
    }
    return info
  }

  private static func folderOf(_ path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  /// The path a symbolic link finally points to; the path itself when it is no link or
  /// does not exist yet.
  private static func resolved(_ path: String) -> String {
    guard let real = realpath(path, nil) else { return path }
    defer { free(real) }
    return String(cString: real)
  }

  private static func sameFile(_ input: String, _ output: stat) -> Bool {
    var info = stat()
    guard input != "-", stat(input, &info) == 0 else { return false }
    return info.st_dev == output.st_dev && info.st_ino == output.st_ino
  }

  /// Writes straight into a device or pipe, which cannot be replaced by renaming.
  private static func writeThrough(
    _ data: Data, to target: String, shownAs path: String
  ) throws(CandorCommandError) {
    let descriptor = open(target, O_WRONLY)
    guard descriptor >= 0 else { throw .output(path: path, reason: Self.reason(errno)) }
    defer { close(descriptor) }
    if let failure = write(data, to: descriptor) {
      throw .output(path: path, reason: Self.reason(failure))
    }
  }

  /// Writes every byte, then flushes to disk; returns the error number of a failure.
  private static func write(_ data: Data, to descriptor: Int32) -> Int32? {
    let failure: Int32? = data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
    if let failure { return failure }
    return fsync(descriptor) == 0 || errno == EINVAL || errno == EROFS ? nil : errno
  }

  /// Read and write for everyone the process's umask allows, as a new file would get.
  private static func defaultMode() -> mode_t {
    let mask = umask(0)
    umask(mask)
    return 0o666 & ~mask
  }

  private static func reason(_ number: Int32) -> String {
    switch number {
    case EACCES, EPERM: return "cannot be written (permission denied)"
    case ENOSPC: return "cannot be written (the disk is full)"
    case ENOTDIR: return "cannot be written (part of the path is not a folder)"
    default: return "cannot be written (\(String(cString: strerror(number))))"
    }
  }
}

extension ParsedArguments {
  /// The `--job` and `--resume` paths (`-` when absent), after checking that at most one
  /// reads standard input and that `--output` can take the result.
  func postingAndResume(command: String) throws -> (job: String, resume: String) {
    let job = values["job"] ?? "-"
    let resume = values["resume"] ?? "-"
    if job == "-" && resume == "-" {
      throw UsageError.conflict("only one of --job and --resume can read stdin", command: command)
    }
    try checkOutput()
    return (job, resume)
  }

  /// Checks `--output` before any work is done, so a bad path costs nothing.
  func checkOutput() throws(CandorCommandError) {
    if let path = outputPath { try AtomicFile.check(path, inputs: inputPaths) }
  }
}

/// Failures that belong to the command line rather than the library.
enum CandorCommandError: Error {
  case output(path: String, reason: String)
  /// The document library could not be loaded or answered nonsense.
  case documentLibrary(reason: String)
  /// A printable document could not be written; the library's own sentence.
  case documentNotWritten(String)

  var message: String {
    switch self {
    case .output(let path, let reason): return "\(path): \(reason)"
    case .documentLibrary(let reason):
      return "PDF and DOCX support is missing: \(reason); build it with "
        + "'swift build --product CandorDocuments' and keep it beside candor"
    case .documentNotWritten(let reason): return reason
    }
  }
}
