import CandorKit
import Foundation
import Testing

@testable import CandorDocuments

@Suite struct DOCXWriterTests {
  static let python = "/usr/bin/python3"

  /// Reads a DOCX with python-docx: one line per paragraph, "style<TAB>text", then the
  /// page size in points, the alignment of the Body Text style, and the core properties.
  static let reader = """
    import sys, docx
    d = docx.Document(sys.argv[1])
    for p in d.paragraphs:
        print(p.style.name + "\\t" + p.text.replace("\\n", "\\\\n"))
    s = d.sections[0]
    print("page\\t%.1f x %.1f" % (s.page_width.pt, s.page_height.pt))
    print("body-alignment\\t%s" % d.styles["Body Text"].paragraph_format.alignment)
    print("title\\t" + d.core_properties.title)
    print("author\\t" + d.core_properties.author)
    """

  static func write(_ document: Document, style: DocumentStyle) throws -> URL {
    let url = try ExternalTool.temporaryFolder().appendingPathComponent("letter.docx")
    try DOCXWriter.write(document, style: style).write(to: url)
    return url
  }

  static func readWithPythonDocx(_ url: URL) throws -> [(String, String)] {
    let result = try ExternalTool.run(python, ["-c", reader, url.path])
    #expect(result.status == 0, "python-docx failed: \(result.error)")
    return result.output.split(separator: "\n", omittingEmptySubsequences: false).compactMap {
      let parts = $0.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
      return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
    }
  }

  @Test(arguments: [DocumentStyle.Paper.letter, .a4])
  func pythonDocxReadsTheLetterTextStylesAndPage(_ paper: DocumentStyle.Paper) throws {
    let document = LetterSamples.document(paper: paper)
    let docx = try Self.write(document, style: DocumentStyle(paper: paper, alignment: .justified))
    let rows = try Self.readWithPythonDocx(docx)
    let paragraphs = rows.prefix { $0.0 != "page" }
    let text = paragraphs.map { $0.1.replacingOccurrences(of: "\\n", with: "\n") }
      .joined(separator: "\n")
    #expect(ExternalTool.normalised(text) == ExternalTool.normalised(document.plainText))
    #expect(paragraphs.first?.0 == "Heading 1")
    #expect(paragraphs.contains { $0 == ("Body Text", LetterSamples.greeting) })
    #expect(paragraphs.contains { $0 == ("Address Lines", "Sincerely,\\nTomás Okonkwo-Reyes") })
    let size = paper == .letter ? "612.0 x 792.0" : "595.3 x 841.9"
    let info = Dictionary(rows.drop { $0.0 != "page" }.map { ($0.0, $0.1) }) { $1 }
    #expect(info["page"] == size)
    #expect(info["body-alignment"] == "JUSTIFY (3)")
    #expect(info["title"] == "Cover letter: Platform Engineer, Fernhill Logistics")
    #expect(info["author"] == "Tomás Okonkwo-Reyes")
  }

  @Test func raggedStyleLeftAlignsBodyText() throws {
    let docx = try Self.write(LetterSamples.document(), style: DocumentStyle())
    let info = Dictionary(try Self.readWithPythonDocx(docx).map { ($0.0, $0.1) }) { $1 }
    #expect(info["body-alignment"] == "LEFT (0)")
  }

  @Test(arguments: [DocumentStyle.Paper.letter, .a4])
  func libreOfficeConvertsItToAOnePagePDFWithTheSameText(_ paper: DocumentStyle.Paper) throws {
    let document = LetterSamples.document(paper: paper)
    let docx = try Self.write(document, style: DocumentStyle(paper: paper))
    let folder = docx.deletingLastPathComponent()
    let result = try ExternalTool.run(
      "soffice",
      [
        "--headless", "-env:UserInstallation=file://\(folder.path)/profile", "--convert-to",
        "pdf", "--outdir", folder.path, docx.path,
      ])
    #expect(result.status == 0, "\(result.error)")
    let pdf = folder.appendingPathComponent("letter.pdf")
    let info = try ExternalTool.run("pdfinfo", [pdf.path]).output
    #expect(info.contains("Pages:           1\n"))
    #expect(info.contains(paper == .letter ? "(letter)" : "(A4)"))
    let text = try ExternalTool.run("pdftotext", [pdf.path, "-"]).output
    #expect(ExternalTool.normalised(text) == ExternalTool.normalised(document.plainText))
  }

  @Test func aParagraphThePDFLeftRaggedIsLeftAlignedInWord() throws {
    let document = Document(
      title: "Loose",
      blocks: [.paragraph(LetterSamples.body[1]), .paragraph(PDFWriterTests.looseParagraph)])
    let data = try DOCXWriter.write(
      document, style: DocumentStyle(paper: .a4, alignment: .justified))
    let body = try #require(try ZipArchive.entries(of: data) { $0 == "word/document.xml" }.first)
    let xml = String(decoding: body.value, as: UTF8.self)
    let paragraphs = xml.components(separatedBy: "<w:p>").dropFirst()
    #expect(!paragraphs.first!.contains("<w:jc w:val=\"left\"/>"))
    #expect(paragraphs.dropFirst().first!.contains("<w:jc w:val=\"left\"/>"))
  }

  @Test func bulletsAndHeadingsBecomeWordStyles() throws {
    let document = Document(
      title: "Resume", author: "Ada Quill",
      blocks: [
        .heading("Ada Quill", level: 1), .heading("Experience", level: 2),
        .bullet("Cut build times by 40% & kept <2 min deploys"), .spacer(12),
        .paragraph("Plain text"),
      ])
    let rows = try Self.readWithPythonDocx(try Self.write(document, style: DocumentStyle()))
    #expect(
      rows.prefix(5).map(\.0) == ["Heading 1", "Heading 2", "List Bullet", "Normal", "Body Text"])
    #expect(rows[2].1 == "Cut build times by 40% & kept <2 min deploys")
  }

  @Test func theArchiveHoldsEveryPartWordNeeds() throws {
    let data = try DOCXWriter.write(LetterSamples.document(), style: DocumentStyle())
    let parts = try ZipArchive.entries(of: data) { _ in true }
    #expect(
      Set(parts.keys) == [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml",
        "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml",
        "word/settings.xml", "docProps/core.xml", "docProps/app.xml",
      ])
    for (name, part) in parts { #expect(XMLTree(part) != nil, "\(name) is not well-formed") }
  }
}
