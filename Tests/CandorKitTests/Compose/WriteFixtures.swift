import Foundation
import Testing

@testable import CandorKit

/// The letter-writing fixture pairs in Tests/Fixtures/write and what each should produce.
struct WriteCase: Sendable, CustomTestStringConvertible {
  var name: String
  var field: String
  var company: String?
  var title: String
  var recipient: String?
  var opener: OpenerSituation
  var level: ExperienceLevel
  /// A must-have the resume does not show, which the letter must never claim.
  var unsupported: String?
  var posting: JobPosting
  var resume: ParsedResume

  var testDescription: String { name }

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fixtures/write").standardized

  /// Every row of MANIFEST.tsv, read through the real readers.
  static let all: [WriteCase] = {
    let manifest =
      (try? String(contentsOf: folder.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8))
      ?? ""
    return manifest.split(separator: "\n").dropFirst().compactMap { row in
      let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cells.count >= 10 else { return nil }
      guard
        let posting = try? PostingReader.read(file(cells[1])),
        let resume = try? ResumeReader.read(file(cells[2]), today: today)
      else { return nil }
      return WriteCase(
        name: cells[0], field: cells[3], company: cells[4].isEmpty ? nil : cells[4],
        title: cells[5], recipient: cells[6].isEmpty ? nil : cells[6],
        opener: OpenerSituation(rawValue: cells[7]) ?? .match,
        level: ExperienceLevel(rawValue: cells[8]) ?? .mid,
        unsupported: cells[9].isEmpty ? nil : cells[9], posting: posting, resume: resume)
    }
  }()

  /// 2026-12-04, the day the fixtures' dates are judged from.
  static let today = Date(timeIntervalSince1970: 1_796_342_400)

  static func file(_ path: String) throws -> InputFile {
    try InputFile.read(folder.appendingPathComponent(path).path)
  }

  static func named(_ name: String) -> WriteCase? { all.first { $0.name == name } }

  /// The letter for the posting and resume in a fixture folder of their own
  /// (Tests/Fixtures/`folder`), read through the real readers.
  static func letter(
    in folder: String, posting: String, resume: String, options: LetterOptions
  ) throws -> Letter {
    let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Fixtures/\(folder)").standardized
    let job = try PostingReader.read(InputFile.read(base.appendingPathComponent(posting).path))
    let cv = try ResumeReader.read(
      InputFile.read(base.appendingPathComponent(resume).path), today: today)
    return try LetterWriter.write(
      posting: job, resume: cv, options: options, today: "2026-12-04")
  }
}
