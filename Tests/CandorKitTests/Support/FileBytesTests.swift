import Foundation
import Testing

@testable import CandorKit

/// Reading an input file's bytes with `stat`, `open` and `read`.
@Suite struct FileBytesTests {
  static func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("candor-filebytes-\(UUID().uuidString)").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func readsEveryByteOfAFile() throws {
    let bytes = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    let path = try Self.temporaryFile(bytes)
    defer { unlink(path) }
    #expect(try InputFile.contents(of: path) == Data(bytes))
  }

  @Test func readsPastAWrongSizeHint() throws {
    let bytes = Array("Night shift charge nurse, 12 beds\n".utf8)
    let path = try Self.temporaryFile(bytes)
    defer { unlink(path) }
    #expect(FileBytes.read(path, sizeHint: 0) == Data(bytes))
    #expect(FileBytes.read(path, sizeHint: 3) == Data(bytes))
  }

  @Test func emptyFileGivesNoBytes() throws {
    let path = try Self.temporaryFile([])
    defer { unlink(path) }
    #expect(try InputFile.contents(of: path) == Data())
  }

  @Test func missingFileAndFolderAreRefusedByName() {
    let missing = "/nonexistent-candor-folder/posting.md"
    #expect(throws: CandorError.fileNotFound(path: missing)) {
      try InputFile.contents(of: missing)
    }
    let folder = FileManager.default.temporaryDirectory.path
    #expect(throws: CandorError.isDirectory(path: folder)) {
      try InputFile.contents(of: folder)
    }
  }
}
