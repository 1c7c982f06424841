import CandorKit
import Foundation
import Testing

@testable import CandorDocuments

@Suite struct PDFReaderTests {
  static func lines(_ fixture: String) throws -> [String] {
    let data = try Data(contentsOf: Fixtures.folder.appendingPathComponent(fixture))
    return try PDFReader.text(data, name: fixture).components(separatedBy: "\n")
  }

  /// A page with columns: `first` lines must all come before any of the `second`.
  struct ColumnCase: CustomTestStringConvertible, Sendable {
    var fixture: String
    var first: [String]
    var second: [String]
    var testDescription: String { fixture }
  }

  static let columnCases = [
    ColumnCase(
      fixture: "two-column.pdf",
      first: [
        "Skills", "• Terraform and Ansible", "• Budget planning for cloud spend", "Languages",
        "English, Spanish, basic Portuguese",
      ],
      second: [
        "Experience", "• Cut cloud spend by 31% in the first year.",
        "• Led a platform team of six engineers.",
      ]),
    ColumnCase(
      fixture: "sidebar.pdf",
      first: [
        "Nadia Qureshi", "Experience", "Reconciled 14 bank accounts every week.", "Education",
      ],
      second: ["Contact", "nadia.q@example.com", "Payroll audits", "VAT returns", "Arabic"]),
  ]

  @Test(arguments: columnCases)
  func readsColumnsOneAfterTheOther(_ example: ColumnCase) throws {
    let lines = try Self.lines(example.fixture)
    let first = try example.first.map { try #require(lines.firstIndex(of: $0), "\($0)") }
    let second = try example.second.map { try #require(lines.firstIndex(of: $0), "\($0)") }
    #expect(first.max()! < second.min()!, "the columns are interleaved")
  }

  @Test(arguments: [
    (
      "two-column.pdf",
      [
        "Halvorsen Energy — Staff Platform Engineer, 2020 – present",
        "• Moved 210 services to a shared Kubernetes platform.",
        "• Wrote the on-call handbook and trained 25 responders.",
      ]
    ),
    (
      "sidebar.pdf",
      [
        "Pemberton & Vale, Leeds — Senior Accountant, 2019 – present",
        "Closed the monthly books in four days instead of nine.", "Contact",
        "nadia.q@example.com", "Leeds, UK",
      ]
    ),
  ])
  func joinsLinesWrappedAtTheColumnEdgeOnly(_ fixture: String, _ expected: [String]) throws {
    let lines = try Self.lines(fixture)
    for line in expected { #expect(lines.contains(line), "\(line)") }
  }

  @Test func dropsRunningHeadersFootersAndPageNumbers() throws {
    let lines = try Self.lines("running-header.pdf")
    #expect(lines.filter { $0 == "Ivo Brandt — Resume" }.count == 1)
    #expect(!lines.contains { $0.hasPrefix("Page ") })
    let entries = (2011...2024).map { "Elbtal Systems — Engineer, \($0)" }
    #expect(entries.allSatisfy(lines.contains))
  }

  @Test func repairsLetterSpacedHeadingsAndLigatures() throws {
    let lines = try Self.lines("spaced-letters.pdf")
    #expect(lines.contains("WORK HISTORY"))
    #expect(lines.contains("SKILLS"))
    #expect(lines.contains("Ran the finance systems team at Osterby Mills."))
    #expect(lines.contains("Efficient reconciliation, workflow design, Office 365."))
  }

  @Test func readsItsOwnLetterBack() throws {
    let document = LetterSamples.document()
    let data = try PDFWriter.write(document, style: DocumentStyle(alignment: .justified))
    let text = try PDFReader.text(data, name: "letter.pdf")
    #expect(ExternalTool.normalised(text) == ExternalTool.normalised(document.plainText))
    #expect(text.contains("\nDear Priya Natarajan,\n"))
  }

  @Test func aScanWithoutTextIsAnInputError() throws {
    let folder = try ExternalTool.temporaryFolder()
    let letter = folder.appendingPathComponent("letter.pdf")
    try PDFWriter.write(LetterSamples.document(), style: DocumentStyle()).write(to: letter)
    let scan = try ScannedPDF.make(from: letter, into: folder)
    #expect(throws: CandorError.noTextLayer(path: "scan.pdf")) {
      try PDFReader.text(Data(contentsOf: scan), name: "scan.pdf")
    }
    #expect(
      CandorError.noTextLayer(path: "scan.pdf").message
        .hasPrefix("scan.pdf: has no text layer; it looks like a scanned image"))
  }

  @Test(arguments: [
    (String(repeating: "Led a team of six. ", count: 4), 1, nil),
    ("Ada Quill\n\n12", 1, CandorError.noTextLayer(path: "cv.pdf")),
    (
      String(repeating: "\u{3}\u{5}\u{11} ab ", count: 20), 1,
      CandorError.damagedDocument(
        path: "cv.pdf",
        reason: "its text does not decode to readable characters; export it as PDF again")
    ),
  ])
  func refusesTextLayersThatAreMissingOrGarbled(
    _ text: String, _ pages: Int, _ error: CandorError?
  ) {
    if let error {
      #expect(throws: error) { try PDFReader.checkReadable(text, pages: pages, name: "cv.pdf") }
    } else {
      #expect(throws: Never.self) {
        try PDFReader.checkReadable(text, pages: pages, name: "cv.pdf")
      }
    }
  }

  @Test func aPasswordProtectedPDFIsAnInputError() throws {
    let data = try Data(contentsOf: Fixtures.folder.appendingPathComponent("encrypted.pdf"))
    #expect(throws: CandorError.encrypted(path: "encrypted.pdf")) {
      try PDFReader.text(data, name: "encrypted.pdf")
    }
  }

  @Test func aDamagedPDFIsAnInputError() {
    let data = Data("%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF".utf8)
    #expect {
      try PDFReader.text(data, name: "broken.pdf")
    } throws: { error in
      guard case CandorError.damagedDocument(let path, _) = error else { return false }
      return path == "broken.pdf"
    }
  }
}
