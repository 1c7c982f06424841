import Foundation

/// A file's bytes through `stat`, `open` and `read`.
///
/// `FileManager.attributesOfItem` looks up the owner's user and group names (it reads
/// /etc/passwd and /etc/group) and, with `URL` and `Data(contentsOf:)`, brought about 3 MB of
/// Foundation code into every `candor` run's memory only to learn a size; these calls do not.
enum FileBytes {
  /// What `stat` says about the file at `path` (following links), or nil when it cannot say:
  /// the file is missing, a link is broken or a folder on the way is closed.
  static func status(of path: String) -> stat? {
    var info = stat()
    return stat(path, &info) == 0 ? info : nil
  }

  /// Whether `info` describes a folder.
  static func isDirectory(_ info: stat) -> Bool {
    info.st_mode & S_IFMT == S_IFDIR
  }

  /// Every byte of the file at `path` until its end (pipes and devices too, whose size `stat`
  /// does not know), or nil when it cannot be opened or read.
  static func read(_ path: String, sizeHint: Int) -> Data? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: max(sizeHint, 0) + 1)
    var count = 0
    while true {
      if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: count)) }
      let got = bytes.withUnsafeMutableBytes {
        Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count)
      }
      if got == 0 { break }
      if got < 0 {
        if errno == EINTR { continue }
        return nil
      }
      count += got
    }
    return Data(bytes[..<count])
  }
}
