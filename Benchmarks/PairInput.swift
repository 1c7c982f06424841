import CandorDocuments
import CandorKit
import Foundation

/// One resume and posting pair from the corpus's `pairs.tsv`, both files' bytes in memory.
struct PairInput {
  var resumePath: String
  var jobPath: String
  var resumeData: Data
  var jobData: Data

  var isPDFResume: Bool { resumePath.lowercased().hasSuffix(".pdf") }
  var name: String {
    "\(URL(fileURLWithPath: resumePath).lastPathComponent) → "
      + URL(fileURLWithPath: jobPath).lastPathComponent
  }

  /// Reads both files from their bytes as `candor write` does (PDF resumes through poppler).
  func read() throws(CandorError) -> (posting: JobPosting, resume: ParsedResume) {
    let posting = try PostingReader.read(try DocumentReader.read(data: jobData, name: jobPath))
    let source = try DocumentReader.read(data: resumeData, name: resumePath)
    return (posting, try ResumeReader.read(source))
  }

  /// Every pair in `CORPUS/pairs.tsv` that reads; pairs meant to fail, such as the
  /// invalid-JSON resume, are returned with their error as `skipped`.
  static func load(corpus: URL) throws -> (pairs: [PairInput], skipped: [String]) {
    let list = corpus.appendingPathComponent("pairs.tsv")
    guard let text = try? String(contentsOf: list, encoding: .utf8) else {
      throw BenchmarkError.missing("pairs.tsv in \(corpus.path)")
    }
    var pairs: [PairInput] = []
    var skipped: [String] = []
    for line in text.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 2 else { continue }
      let resume = corpus.appendingPathComponent(fields[0]).path
      let job = corpus.appendingPathComponent(fields[1]).path
      guard let resumeData = FileManager.default.contents(atPath: resume),
        let jobData = FileManager.default.contents(atPath: job)
      else { throw BenchmarkError.missing("\(fields[0]) or \(fields[1])") }
      let pair = PairInput(
        resumePath: resume, jobPath: job, resumeData: resumeData, jobData: jobData)
      do {
        _ = try pair.read()
        pairs.append(pair)
      } catch {
        skipped.append("\(pair.name): \(error.message)")
      }
    }
    return (pairs, skipped)
  }
}

/// The date every benchmark letter carries, so runs write the same letters.
let benchmarkToday = "2025-06-02"
