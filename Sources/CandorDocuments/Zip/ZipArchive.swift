import CZip
import Foundation

/// ZIP archives in memory through libzip: the container of DOCX files.
///
/// libzip reads a source buffer only when the archive is closed, so every buffer it is
/// given is a `malloc`'d copy that libzip frees itself (`freep = 1`).
enum ZipArchive {
  /// A failure inside libzip, with its own message.
  struct Failure: Error, Equatable {
    var reason: String
  }

  /// Builds an archive holding `entries` (path inside the archive, bytes) in order.
  static func create(_ entries: [(path: String, data: Data)]) throws(Failure) -> Data {
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
      throw Failure(reason: String(cString: zip_error_strerror(&error)))
    }
    zip_source_keep(source)
    defer { zip_source_free(source) }
    guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
      throw Failure(reason: String(cString: zip_error_strerror(&error)))
    }
    for entry in entries {
      let copy = mallocCopy(entry.data)
      guard let buffer = zip_source_buffer(archive, copy, zip_uint64_t(entry.data.count), 1),
        zip_file_add(archive, entry.path, buffer, zip_flags_t(ZIP_FL_ENC_UTF_8)) >= 0
      else {
        let reason = String(cString: zip_strerror(archive))
        zip_discard(archive)
        throw Failure(reason: reason)
      }
    }
    guard zip_close(archive) == 0 else {
      let reason = String(cString: zip_strerror(archive))
      zip_discard(archive)
      throw Failure(reason: reason)
    }
    return try readAll(source)
  }

  /// The entries of an archive, by path; only `wanted` paths are read when given.
  static func entries(of data: Data, wanted: (String) -> Bool) throws(Failure) -> [String: Data] {
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    let copy = mallocCopy(data)
    guard let source = zip_source_buffer_create(copy, zip_uint64_t(data.count), 1, &error) else {
      free(copy)
      throw Failure(reason: String(cString: zip_error_strerror(&error)))
    }
    guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
      zip_source_free(source)
      throw Failure(reason: String(cString: zip_error_strerror(&error)))
    }
    defer { zip_discard(archive) }
    var result: [String: Data] = [:]
    for index in 0..<max(0, zip_get_num_entries(archive, 0)) {
      guard let name = zip_get_name(archive, zip_uint64_t(index), 0).map(String.init(cString:)),
        wanted(name)
      else { continue }
      result[name] = try read(archive, index: zip_uint64_t(index))
    }
    return result
  }

  private static func read(_ archive: OpaquePointer, index: zip_uint64_t) throws(Failure) -> Data {
    var stat = zip_stat_t()
    zip_stat_init(&stat)
    guard zip_stat_index(archive, index, 0, &stat) == 0,
      let file = zip_fopen_index(archive, index, 0)
    else { throw Failure(reason: String(cString: zip_strerror(archive))) }
    defer { zip_fclose(file) }
    let size = Int(stat.size)
    guard size <= 64 * 1_048_576 else { throw Failure(reason: "an entry is too large") }
    var data = Data(count: size)
    let count = data.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t(size)) }
    guard count == size else { throw Failure(reason: "an entry is truncated") }
    return data
  }

  /// Reads back everything written to an in-memory source.
  private static func readAll(_ source: OpaquePointer) throws(Failure) -> Data {
    guard zip_source_open(source) == 0 else { throw Failure(reason: "cannot reopen archive") }
    defer { zip_source_close(source) }
    zip_source_seek(source, 0, SEEK_END)
    let size = Int(zip_source_tell(source))
    zip_source_seek(source, 0, SEEK_SET)
    var data = Data(count: max(size, 0))
    let count = data.withUnsafeMutableBytes {
      zip_source_read(source, $0.baseAddress!, zip_uint64_t(size))
    }
    guard count == size else { throw Failure(reason: "short read of archive") }
    return data
  }

  private static func mallocCopy(_ data: Data) -> UnsafeMutableRawPointer? {
    guard let buffer = malloc(max(data.count, 1)) else { return nil }
    data.withUnsafeBytes { bytes in
      if let base = bytes.baseAddress { memcpy(buffer, base, data.count) }
    }
    return buffer
  }
}
