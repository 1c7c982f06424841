import CandorDocuments
import CandorKit
import Foundation

/// One resume and posting pair: read both, match, tailor, and check the tailored copy.
struct PairRun {
  let corpus: Corpus
  let resume: String
  let job: String

  struct Row {
    var cells: [String]
    var failures: [String] = []
    var rate: Double?
  }

  func run() -> Row {
    let resumeURL = corpus.root.appendingPathComponent(resume)
    let expectsInvalid =
      corpus.manifestValue("format", for: resumeURL)?.uppercased().hasPrefix("INVALID JSON")
      == true
    let posting: JobPosting
    let parsed: ParsedResume
    let source: InputFile
    do {
      posting = try PostingReader.read(
        try InputFile.read(corpus.root.appendingPathComponent(job).path))
      source = try DocumentReader.read(resumeURL.path)
      parsed = try ResumeReader.read(source)
    } catch {
      if case .invalidJSON(_, let line, _, _) = error, expectsInvalid, line > 0 {
        return Row(cells: ["", "", "", "expected error, line \(line)"])
      }
      return Row(cells: ["", "", "", "ERROR: \(error.message)"], failures: [error.message])
    }
    if expectsInvalid {
      return Row(
        cells: ["", "", "", "read, but it should fail"], failures: ["invalid JSON was accepted"])
    }
    return matched(posting, parsed, source)
  }

  private func matched(_ posting: JobPosting, _ parsed: ParsedResume, _ source: InputFile) -> Row {
    let report = KeywordMatcher.match(posting: posting, resume: parsed, resumeSource: source.text)
    let found = report.keywords.filter(\.found).count
    let tailored = ResumeTailor.tailor(parsed, for: posting)
    let failures = TailorChecks.failures(tailored.resume, original: parsed.resume)
    let tailoredCell =
      "\(percent(tailored.matchRateBefore)) → \(percent(tailored.matchRateAfter))"
    return Row(
      cells: [
        "\(percent(report.matchRate)) (\(found)/\(report.keywords.count))",
        "\(report.keywords.filter { $0.tier == .required && !$0.found }.count)", tailoredCell,
        failures.isEmpty ? "ok" : "✗ " + failures.joined(separator: "; "),
      ], failures: failures, rate: report.matchRate)
  }

  private func percent(_ rate: Double) -> String {
    String(format: "%.0f %%", rate * 100)
  }
}

/// What a tailored resume must satisfy: valid JSON Resume, only the input's highlights,
/// the same skills and summary sentences, and a PDF that prints.
enum TailorChecks {
  static func failures(_ tailored: Resume, original: Resume) -> [String] {
    var failures: [String] = []
    let json = (try? JSONEncoder().encode(tailored)).map { String(decoding: $0, as: UTF8.self) }
    do {
      try ResumeReader.validate(InputFile(name: "tailored.json", text: json ?? ""))
    } catch {
      failures.append("not valid JSON Resume: \(error.message)")
    }
    let before = Set(original.work.flatMap { $0.highlights ?? [] })
    if !Set(tailored.work.flatMap { $0.highlights ?? [] }).isSubset(of: before) {
      failures.append("a highlight not in the input")
    }
    let skills = { (resume: Resume) in resume.skills.flatMap { $0.keywords ?? [] }.sorted() }
    if skills(tailored) != skills(original) { failures.append("skills changed") }
    let words = { (resume: Resume) in
      (resume.basics?.summary ?? "").split(whereSeparator: \.isWhitespace).sorted()
    }
    if words(tailored) != words(original) { failures.append("summary words changed") }
    do {
      _ = try DocumentRenderer.render(
        ResumeDocument.make(tailored), as: .pdf, style: DocumentStyle())
    } catch {
      failures.append("PDF: \(error)")
    }
    return failures
  }
}
