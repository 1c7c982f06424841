import Foundation
import Testing

@testable import CandorKit

@Suite struct UTF16TextTests {
  static let text = "Maya Okafor\nBackend Engineer — Zürich\n"

  /// UTF-32's little-endian mark opens with UTF-16's; the file is named for what it is.
  @Test(
    arguments: [
      ("little-endian with mark", [0xFF, 0xFE, 0, 0], String.Encoding.utf32LittleEndian),
      ("big-endian with mark", [0, 0, 0xFE, 0xFF], .utf32BigEndian),
      ("little-endian, no mark", [], .utf32LittleEndian),
    ] as [(String, [UInt8], String.Encoding)])
  func utf32IsRefusedAsUTF32(_ name: String, _ mark: [UInt8], _ encoding: String.Encoding) {
    let data = Data(mark) + Self.text.data(using: encoding)!
    #expect(throws: CandorError.utf32(path: "cv.md"), "\(name)") {
      try InputFile.decode(data, name: "cv.md")
    }
  }

  @Test(
    arguments: [
      ("little-endian, no mark", [], String.Encoding.utf16LittleEndian),
      ("big-endian, no mark", [], .utf16BigEndian),
      ("little-endian with mark", [0xFF, 0xFE], .utf16LittleEndian),
      ("big-endian with mark", [0xFE, 0xFF], .utf16BigEndian),
    ] as [(String, [UInt8], String.Encoding)])
  func utf16WithOrWithoutAByteOrderMarkIsRefusedByName(
    _ name: String, _ mark: [UInt8], _ encoding: String.Encoding
  ) {
    let data = Data(mark) + Self.text.data(using: encoding)!
    #expect(throws: CandorError.utf16(path: "cv.md"), "\(name)") {
      try InputFile.decode(data, name: "cv.md")
    }
    #expect(
      CandorError.utf16(path: "cv.md").message
        == "cv.md: is encoded as UTF-16; save it as UTF-8 and try again")
  }

  @Test func leavesUTF8AndBinaryAlone() {
    #expect(!UTF16Text.matches(Array("Plain text".utf8)))
    #expect(!UTF16Text.matches([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48]))
  }

  @Test(arguments: [" \n\t\r\n ", "\n\n"])
  func whitespaceOnlyFileIsNotCalledEmpty(_ text: String) {
    #expect(throws: CandorError.onlyWhitespace(path: "b.txt")) {
      try InputFile.decode(Data(text.utf8), name: "b.txt")
    }
    #expect(
      CandorError.onlyWhitespace(path: "b.txt").message == "b.txt: has no text, only whitespace")
  }
}
