import CandorKit
import Foundation
import Testing

@testable import CandorDocuments

/// Every PDF resume in the shared corpus against its `.txt` twin (pdftotext's text of the
/// same file): the reader must keep the words in order and yield the same work entries.
/// Runs only where the corpus is present.
@Suite(.enabled(if: !Fixtures.corpusPDFs.isEmpty)) struct CorpusPDFTests {
  static func read(_ name: String) throws -> (pdf: InputFile, twin: InputFile) {
    let folder = Fixtures.corpusResumes
    let pdf = try DocumentReader.read(folder.appendingPathComponent(name + ".pdf").path)
    let twin = try InputFile.read(folder.appendingPathComponent(name + ".txt").path)
    return (pdf, twin)
  }

  @Test(arguments: Fixtures.corpusPDFs)
  func keepsTheTwinsWordsInOrder(_ name: String) throws {
    let (pdf, twin) = try Self.read(name)
    let ours = Self.words(pdf.text)
    let theirs = Self.words(twin.text)
    let shared = Self.commonSubsequenceLength(ours, theirs)
    #expect(Double(shared) >= Double(theirs.count) * 0.97, "\(shared) of \(theirs.count) words")
    #expect(Double(shared) >= Double(ours.count) * 0.97, "\(shared) of \(ours.count) words")
  }

  @Test(arguments: Fixtures.corpusPDFs)
  func yieldsTheTwinsWorkEntries(_ name: String) throws {
    let (pdf, twin) = try Self.read(name)
    let ours = try ResumeReader.read(pdf).resume.work.map(Entry.init)
    let theirs = try ResumeReader.read(twin).resume.work.map(Entry.init)
    #expect(ours == theirs)
  }

  /// The parts of a work entry that come from the text, with spacing and bullets evened out.
  struct Entry: Equatable, CustomStringConvertible {
    var employer: String?
    var role: String?
    var start: String?
    var end: String?
    var highlights: [String]

    init(_ work: Resume.Work) {
      employer = work.name.map(CorpusPDFTests.flat)
      role = work.position.map(CorpusPDFTests.flat)
      start = work.startDate
      end = work.endDate
      highlights = (work.highlights ?? []).map(CorpusPDFTests.flat)
    }

    var description: String {
      "\(employer ?? "-") / \(role ?? "-") / \(start ?? "-")–\(end ?? "-") / \(highlights.count)"
    }
  }

  static func flat(_ text: String) -> String {
    words(text).joined(separator: " ")
  }

  /// Words without bullets, page numbers or the hyphens of words broken across lines.
  static func words(_ text: String) -> [String] {
    text.replacingOccurrences(of: "-\n", with: "").split(whereSeparator: \.isWhitespace)
      .map { $0.filter { !"•\u{F0B7}-".contains($0) } }
      .filter { !$0.isEmpty && !$0.allSatisfy(\.isNumber) }
  }

  static func commonSubsequenceLength(_ a: [String], _ b: [String]) -> Int {
    var previous = [Int](repeating: 0, count: b.count + 1)
    for word in a {
      var current = [Int](repeating: 0, count: b.count + 1)
      for (index, other) in b.enumerated() {
        current[index + 1] =
          word == other ? previous[index] + 1 : max(previous[index + 1], current[index])
      }
      previous = current
    }
    return previous[b.count]
  }
}
