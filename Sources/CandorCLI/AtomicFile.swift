import Foundation

/// Writes output files so that a reader never sees a half-written file and an existing
/// file is replaced only once the new one is complete.
enum AtomicFile {
  static func write(_ data: Data, to path: String) throws(CandorCommandError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw .output(path: path, reason: "is a directory")
    }
    guard FileManager.default.fileExists(atPath: folder.path) else {
      throw .output(path: path, reason: "folder \(folder.path) does not exist")
    }
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).candor-\(getpid())")
    do {
      try data.write(to: temporary)
      if rename(temporary.path, path) != 0 {
        throw CandorCommandError.output(path: path, reason: String(cString: strerror(errno)))
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw .output(path: path, reason: "cannot be written (\(Self.reason(error)))")
    }
  }

  private static func reason(_ error: any Error) -> String {
    if case CandorCommandError.output(_, let reason) = error { return reason }
    let code = (error as NSError).code
    return code == NSFileWriteNoPermissionError ? "permission denied" : "write failed"
  }
}

/// Failures that belong to the command line rather than the library.
enum CandorCommandError: Error {
  case output(path: String, reason: String)

  var message: String {
    switch self {
    case .output(let path, let reason): return "\(path): \(reason)"
    }
  }
}
