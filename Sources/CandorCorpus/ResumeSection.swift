import CandorDocuments
import CandorKit
import Foundation

/// Reads every resume in `resumes/`: work entries, highlights and years, or the error.
///
/// A file whose MANIFEST.tsv format starts with "INVALID JSON" must fail with an invalid-JSON
/// error that names a line; any other error fails the run. PDF and DOCX files go through
/// the document readers.
struct ResumeSection: CorpusSection {
  let title = "Resumes"

  func run(on corpus: Corpus) -> SectionReport {
    var report = SectionReport()
    var table = MarkdownTable(
      header: ["file", "work", "highlights", "years", "evidence", "skills", "schema", "result"])
    var read = 0
    for file in corpus.files(in: "resumes") {
      let name = file.lastPathComponent
      let expectsInvalidJSON =
        corpus.manifestValue("format", for: file)?.uppercased().hasPrefix("INVALID JSON") == true
      let row = readRow(file, expectsInvalidJSON: expectsInvalidJSON)
      let folder = corpus.root.path + "/"
      table.append([name] + row.cells.map { $0.replacingOccurrences(of: folder, with: "") })
      if let failure = row.failure {
        report.failures.append("\(corpus.relativePath(file)): \(failure)")
      }
      read += 1
    }
    report.markdown = table.lines + ["", "- read \(read) resumes"]
    return report
  }

  private func readRow(_ file: URL, expectsInvalidJSON: Bool) -> (cells: [String], failure: String?)
  {
    let input: InputFile
    let parsed: ParsedResume
    do {
      input = try DocumentReader.read(file.path)
      parsed = try ResumeReader.read(input)
    } catch {
      let blank = ["", "", "", "", "", ""]
      if case .invalidJSON(_, let line, _, _) = error, expectsInvalidJSON, line > 0 {
        return (blank + ["expected error: \(error.message)"], nil)
      }
      return (blank + ["ERROR: \(error.message)"], "unexpected error: \(error.message)")
    }
    if expectsInvalidJSON {
      return (cells(parsed, input) + ["read, but it should fail"], "invalid JSON was accepted")
    }
    return (cells(parsed, input) + ["ok"], nil)
  }

  private func cells(_ parsed: ParsedResume, _ input: InputFile) -> [String] {
    let highlights = parsed.resume.work.reduce(0) { $0 + ($1.highlights?.count ?? 0) }
    return [
      "\(parsed.resume.work.count)", "\(highlights)",
      String(format: "%.1f", parsed.yearsOfExperience), "\(parsed.evidence.count)",
      "\(parsed.skills.count)", schemaCell(input),
    ]
  }

  /// For .json files: "valid" or the number of JSON Resume schema violations.
  private func schemaCell(_ input: InputFile) -> String {
    guard input.name.lowercased().hasSuffix(".json") else { return "" }
    guard let violations = try? ResumeReader.schemaViolations(in: input) else { return "?" }
    return violations.isEmpty
      ? "valid" : "\(violations.count) violation\(violations.count == 1 ? "" : "s")"
  }
}
