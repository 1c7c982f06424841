import CandorKit
import Foundation
import Testing

@testable import CandorDocuments

@Suite struct PDFWriterTests {
  struct Setup: CustomTestStringConvertible, Sendable {
    var paper: DocumentStyle.Paper
    var alignment: DocumentStyle.Alignment
    var pdfinfoSize: String

    var testDescription: String { "\(paper.rawValue), \(alignment.rawValue)" }
    var style: DocumentStyle { DocumentStyle(paper: paper, alignment: alignment) }
  }

  static let setups = [
    Setup(paper: .letter, alignment: .ragged, pdfinfoSize: "612 x 792 pts (letter)"),
    Setup(paper: .letter, alignment: .justified, pdfinfoSize: "612 x 792 pts (letter)"),
    Setup(paper: .a4, alignment: .ragged, pdfinfoSize: "595.276 x 841.89 pts (A4)"),
    Setup(paper: .a4, alignment: .justified, pdfinfoSize: "595.276 x 841.89 pts (A4)"),
  ]

  /// Writes `document` to a temporary PDF file.
  static func write(_ document: Document, style: DocumentStyle) throws -> URL {
    let url = try ExternalTool.temporaryFolder().appendingPathComponent("letter.pdf")
    try PDFWriter.write(document, style: style).write(to: url)
    return url
  }

  @Test(arguments: setups)
  func textLayerReadsBackAsTheLetter(_ setup: Setup) throws {
    let document = LetterSamples.document(paper: setup.paper)
    let pdf = try Self.write(document, style: setup.style)
    let text = try ExternalTool.run("pdftotext", [pdf.path, "-"]).output
    #expect(ExternalTool.normalised(text) == ExternalTool.normalised(document.plainText))
    #expect(text.contains("Dear Priya Natarajan,"))
  }

  @Test(arguments: setups)
  func isOnePageOnTheRequestedPaperWithMetadata(_ setup: Setup) throws {
    let pdf = try Self.write(LetterSamples.document(paper: setup.paper), style: setup.style)
    let info = try ExternalTool.run("pdfinfo", [pdf.path]).output
    #expect(info.contains("Pages:           1\n"))
    #expect(info.contains("Page size:       \(setup.pdfinfoSize)"))
    #expect(info.contains("Title:           Cover letter: Platform Engineer, Fernhill Logistics"))
    #expect(info.contains("Author:          Tomás Okonkwo-Reyes"))
  }

  @Test func embedsTheLiberationFontsItAskedFor() throws {
    let pdf = try Self.write(LetterSamples.document(), style: DocumentStyle())
    let rows = try ExternalTool.run("pdffonts", [pdf.path]).output
      .split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").map(String.init) }
    let names = rows.compactMap { $0.first?.split(separator: "+").last.map(String.init) }
    #expect(Set(names) == ["LiberationSerif", "LiberationSerif-Bold"])
    #expect(rows.allSatisfy { $0.count >= 6 && $0[$0.count - 5] == "yes" }, "not embedded: \(rows)")
  }

  @Test func sansStyleEmbedsLiberationSans() throws {
    let style = DocumentStyle(fontFamily: "Liberation Sans")
    let pdf = try Self.write(LetterSamples.document(), style: style)
    let fonts = try ExternalTool.run("pdffonts", [pdf.path]).output
    #expect(fonts.contains("LiberationSans "))
    #expect(!fonts.contains("DejaVu"))
  }

  @Test(arguments: setups)
  func inkStaysInsideTheMargins(_ setup: Setup) throws {
    let pdf = try Self.write(LetterSamples.document(paper: setup.paper), style: setup.style)
    let pages = try PageImage.render(pdf)
    let size = setup.paper.size
    let margin = setup.style.margin
    let ink = try #require(pages.first?.inkBox)
    #expect(ink.x0 >= margin - 2 && ink.y0 >= margin - 2)
    #expect(ink.x1 <= size.width - margin + 2 && ink.y1 <= size.height - margin + 2)
    #expect(ink.x1 >= size.width - margin - 40, "text uses the width: \(ink)")
    if setup.alignment == .justified {
      #expect(ink.x1 >= size.width - margin - 2, "justified lines reach the margin: \(ink)")
    }
  }

  @Test func longDocumentsPaginateInsideTheMargins() throws {
    let pdf = try Self.write(LetterSamples.longDocument(paragraphs: 14), style: DocumentStyle())
    let pages = try PageImage.render(pdf)
    #expect(pages.count >= 2)
    for page in pages {
      let ink = try #require(page.inkBox)
      #expect(ink.y0 >= 70 && ink.y1 <= 792 - 70, "\(ink)")
    }
    let text = try ExternalTool.run("pdftotext", [pdf.path, "-"]).output
    let expected = LetterSamples.longDocument(paragraphs: 14).plainText
    #expect(ExternalTool.normalised(text) == ExternalTool.normalised(expected))
  }

  @Test func aSomewhatLongLetterShrinksToStayOnOnePage() throws {
    var document = LetterSamples.document()
    let extra = (0..<6).map { DocumentBlock.paragraph(LetterSamples.body[$0 % 4]) }
    document.blocks.insert(contentsOf: extra, at: document.blocks.count - 1)
    var unfitted = document
    unfitted.prefersOnePage = false
    let atFullSize = try Self.write(unfitted, style: DocumentStyle())
    #expect(
      try ExternalTool.run("pdfinfo", [atFullSize.path]).output.contains("Pages:           2"))
    let fitted = try Self.write(document, style: DocumentStyle())
    #expect(try ExternalTool.run("pdfinfo", [fitted.path]).output.contains("Pages:           1"))
    let ink = try #require(try PageImage.render(fitted).first?.inkBox)
    #expect(ink.x0 >= 60 && ink.y1 <= 792 - 60, "smaller margins, still margins: \(ink)")
    let text = try ExternalTool.run("pdftotext", [fitted.path, "-"]).output
    #expect(ExternalTool.normalised(text) == ExternalTool.normalised(document.plainText))
  }

  static let looseParagraph =
    "I would welcome a conversation about the first problems you would want me to take on. "
    + "I would also be glad to walk you through pgpart-check "
    + "(https://github.com/example-dachterberg/pgpart-check)."

  @Test func paragraphsThatJustifyingWouldStretchStayRagged() throws {
    let document = Document(
      title: "Loose", blocks: [.paragraph(LetterSamples.body[1]), .paragraph(Self.looseParagraph)])
    let style = DocumentStyle(paper: .a4, alignment: .justified)
    #expect(PDFWriter.layoutChoices(document, style: style).raggedBlocks == [1])
    let pdf = try Self.write(document, style: style)
    let lines = try ExternalTool.run("pdftotext", ["-layout", pdf.path, "-"]).output
      .split(separator: "\n").filter { $0.contains("glad") }
    #expect(lines.count == 1)
    #expect(lines.allSatisfy { !$0.contains("   ") }, "word spaces stay normal: \(lines)")
  }

  @Test func namesAndTechnologiesNeverBreakAtTheirHyphens() throws {
    let words = "Okonkwo-Reyes CI/CD end-to-end Node.js state-of-the-art on-call gRPC-Web"
    let text = Array(repeating: words, count: 9).joined(separator: " ")
    let document = Document(title: "Breaks", blocks: [.paragraph(text)])
    let pdf = try Self.write(document, style: DocumentStyle(alignment: .justified))
    let lines = try ExternalTool.run("pdftotext", ["-layout", pdf.path, "-"]).output
      .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    #expect(lines.count > 4)
    for line in lines {
      #expect(!line.hasSuffix("-") && !line.hasSuffix("/") && !line.hasSuffix("."), "\(line)")
    }
  }
}
