import CandorDocuments
import CandorKit
import Foundation

/// Matches and tailors every resume and posting pair in `pairs.tsv`: the match rate, the
/// tailored resume's rate, and proof that the tailored copy is valid JSON Resume, adds
/// nothing, and prints as a PDF.
///
/// A resume whose MANIFEST.tsv format starts with "INVALID JSON" must fail with an error
/// that names a line; any other error fails the run.
struct PairSection: CorpusSection {
  let title = "Match and tailor"

  func run(on corpus: Corpus) -> SectionReport {
    var report = SectionReport()
    var table = MarkdownTable(
      header: ["resume", "job", "match", "must-haves missing", "tailored", "checks"])
    var rates: [Double] = []
    for (resumePath, jobPath) in pairs(in: corpus) {
      let name = [Corpus.key(of: URL(fileURLWithPath: resumePath)), Self.suffix(resumePath)]
      let row = PairRun(corpus: corpus, resume: resumePath, job: jobPath).run()
      table.append([name.joined(), Corpus.key(of: URL(fileURLWithPath: jobPath))] + row.cells)
      report.failures += row.failures.map { "\(resumePath) + \(jobPath): \($0)" }
      rates += row.rate.map { [$0] } ?? []
    }
    let mean = rates.isEmpty ? 0 : rates.reduce(0, +) / Double(rates.count)
    report.markdown =
      table.lines + [
        "",
        "- pairs matched and tailored: \(rates.count); mean match rate "
          + String(format: "%.0f %%", mean * 100),
      ]
    return report
  }

  /// "pdf" for a PDF resume, so twins with the same number stay apart in the table.
  private static func suffix(_ path: String) -> String {
    let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
    return ext == "json" ? "" : " (\(ext))"
  }

  /// The (resume, job) paths of `pairs.tsv`, relative to the corpus, header skipped.
  private func pairs(in corpus: Corpus) -> [(String, String)] {
    let url = corpus.root.appendingPathComponent("pairs.tsv")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      return cells.count >= 2 ? (String(cells[0]), String(cells[1])) : nil
    }
  }
}
