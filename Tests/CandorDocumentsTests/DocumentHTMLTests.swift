import CandorKit
import Foundation
import Testing

@Suite struct DocumentHTMLTests {
  @Test(arguments: [
    (DocumentStyle.Paper.letter, "size: letter"), (.a4, "size: A4"),
  ])
  func isAStandalonePrintablePage(_ paper: DocumentStyle.Paper, _ pageRule: String) {
    let html = DocumentHTML.render(
      LetterSamples.document(paper: paper), style: DocumentStyle(paper: paper))
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("@page { \(pageRule); margin: 72pt; }"))
    #expect(html.contains("@media print"))
    #expect(!html.contains("<link") && !html.contains("<script"))
    #expect(html.contains("<title>Cover letter: Platform Engineer, Fernhill Logistics</title>"))
    #expect(html.contains("<h1>Tomás Okonkwo-Reyes</h1>"))
    #expect(html.contains("Priya Natarajan<br>\nFernhill Logistics<br>\nColumbus, OH"))
    #expect(html.contains("At Harbor &amp; Finch I rebuilt"))
    #expect(html.contains("<span class=\"nb\">github.com/okonkwo-demo/dispatch.</span>"))
    #expect(html.contains("<span class=\"nb\">CI/CD</span> pipeline"))
  }

  @Test func justifiedStyleJustifiesParagraphsButNotAddresses() {
    let html = DocumentHTML.render(
      LetterSamples.document(), style: DocumentStyle(alignment: .justified))
    #expect(html.contains("p { margin: 0 0 0.75em; text-align: justify; }"))
    #expect(html.contains("p.lines { text-align: left;"))
  }

  @Test func escapesMarkupInText() {
    let document = Document(
      title: "<b>\"x\"</b>", blocks: [.paragraph("a < b & c > 'd'"), .bullet("<li>")])
    let html = DocumentHTML.render(document, style: DocumentStyle())
    #expect(html.contains("<title>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</title>"))
    #expect(html.contains("<p>a &lt; b &amp; c &gt; &#39;d&#39;</p>"))
    #expect(html.contains("<ul>\n<li>&lt;li&gt;</li>\n</ul>"))
  }

  @Test(.enabled(if: ExternalTool.find("chromium") != nil))
  func printsOnOnePageInChromium() throws {
    let folder = try ExternalTool.temporaryFolder()
    let page = folder.appendingPathComponent("letter.html")
    let pdf = folder.appendingPathComponent("letter.pdf")
    try DocumentHTML.render(LetterSamples.document(), style: DocumentStyle())
      .write(to: page, atomically: true, encoding: .utf8)
    _ = try ExternalTool.run(
      "chromium",
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path)/profile",
        "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString,
      ])
    let info = try ExternalTool.run("pdfinfo", [pdf.path]).output
    #expect(info.contains("Pages:           1\n"))
    #expect(info.contains("612 x 792 pts (letter)"))
    let text = try ExternalTool.run("pdftotext", [pdf.path, "-"]).output
    #expect(
      ExternalTool.normalised(text) == ExternalTool.normalised(LetterSamples.document().plainText))
  }
}
