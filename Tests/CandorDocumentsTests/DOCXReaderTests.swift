import CandorKit
import Foundation
import Testing

@testable import CandorDocuments

@Suite struct DOCXReaderTests {
  @Test func aDOCXResumeOutlineNamesDOCXAsItsFormat() throws {
    let file = try DocumentReader.read(Fixtures.path("resume.docx"))
    #expect(file.document == .docx)
    #expect(ResumeOutline.render(try ResumeReader.read(file)).hasPrefix("Resume (docx, en)\n"))
  }

  @Test func readsHeadingsListsTablesHeaderAndTextBoxesInOrder() throws {
    let data = try Data(contentsOf: Fixtures.folder.appendingPathComponent("resume.docx"))
    let markdown = try DOCXReader.markdown(data, name: "resume.docx")
    #expect(
      markdown == """
        Lena Marsh · lena.marsh@example.org · (617) 555-0134

        # Lena Marsh
        Site reliability engineer in Boston, MA.

        # Experience
        Quillon Freight | Senior SRE | 2021 – present
        - Cut paging noise by 64% across 40 services.
        - Ran game days for 3 regions.
          - Mentored two new engineers.
        • Wrote the incident review guide.
        \\# not a heading, a hash in body text

        ## Projects
        tidewatch
        2023

        An alert router in Rust.
        Handles 9,000 alerts a minute.

        Certified Kubernetes Administrator
        Kept words.

        """)
  }

  @Test func theMarkdownReadsAsStructuredLines() throws {
    let file = try DocumentReader.read(Fixtures.path("resume.docx"))
    #expect(file.format == .markdown)
    let lines = TextDocument(file).lines.filter { !$0.isBlank }
    #expect(lines.first { $0.kind == .heading }?.text == "Lena Marsh")
    #expect(
      lines.filter { $0.kind == .bullet }.map(\.text).contains("Ran game days for 3 regions."))
    #expect(
      lines.contains { $0.text == "# not a heading, a hash in body text" && $0.kind == .text })
  }

  @Test func readsItsOwnDOCXBack() throws {
    let document = LetterSamples.document()
    let data = try DOCXWriter.write(document, style: DocumentStyle())
    let markdown = try DOCXReader.markdown(data, name: "letter.docx")
    #expect(markdown.hasPrefix("# Tomás Okonkwo-Reyes\n"))
    let text = markdown.replacingOccurrences(of: "# ", with: "")
    #expect(ExternalTool.normalised(text) == ExternalTool.normalised(document.plainText))
  }

  struct BadCase: CustomTestStringConvertible, Sendable {
    var name: String
    var data: Data
    var error: CandorError
    var testDescription: String { name }
  }

  static var badCases: [BadCase] {
    let noBody = try! ZipArchive.create([(path: "word/styles.xml", data: Data("<a/>".utf8))])
    let emptyBody = try! ZipArchive.create([
      (
        path: "word/document.xml",
        data: Data("<w:document xmlns:w='\(WordML.main)'><w:body><w:p/></w:body></w:document>".utf8)
      )
    ])
    let compound = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 504)
    let encrypted = compound + Data("EncryptedPackage".utf16.flatMap { [UInt8($0), 0] })
    return [
      BadCase(
        name: "a ZIP that is cut short", data: Data([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]),
        error: .damagedDocument(path: "cv.docx", reason: "")),
      BadCase(
        name: "a ZIP without word/document.xml", data: noBody,
        error: .damagedDocument(path: "cv.docx", reason: "no readable word/document.xml inside")),
      BadCase(name: "a document without text", data: emptyBody, error: .emptyFile(path: "cv.docx")),
      BadCase(
        name: "a password-protected file", data: encrypted, error: .encrypted(path: "cv.docx")),
      BadCase(
        name: "a Word 97 file", data: compound,
        error: .damagedDocument(
          path: "cv.docx", reason: "a Word 97-2003 .doc file; save it as .docx or PDF")),
    ]
  }

  @Test(arguments: badCases)
  func refusesFilesItCannotRead(_ example: BadCase) {
    #expect {
      try DocumentReader.read(data: example.data, name: "cv.docx")
    } throws: { error in
      guard let error = error as? CandorError else { return false }
      if case .damagedDocument(let path, _) = error, case .damagedDocument(_, "") = example.error {
        return path == "cv.docx"
      }
      return error == example.error
    }
  }
}
