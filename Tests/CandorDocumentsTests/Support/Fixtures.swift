import Foundation

/// The files in Tests/Fixtures/documents (made by make-fixtures.py there) and the shared
/// corpus, when present.
enum Fixtures {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/documents")

  static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `$CANDOR_CORPUS/resumes`, else `../shared/corpus/resumes` from the package or from the
  /// folder holding its worktree.
  static let corpusResumes: URL = {
    var candidates = ["../shared/corpus", "../../shared/corpus"].map {
      packageRoot.appendingPathComponent($0).standardizedFileURL
    }
    if let given = ProcessInfo.processInfo.environment["CANDOR_CORPUS"] {
      candidates.insert(URL(fileURLWithPath: given), at: 0)
    }
    let corpus = candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    return (corpus ?? candidates[candidates.count - 1]).appendingPathComponent("resumes")
  }()

  /// The corpus PDFs that have a `.txt` twin, by file name without extension.
  static var corpusPDFs: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusResumes.path)) ?? []
    return names.filter { $0.hasSuffix(".pdf") }.map { String($0.dropLast(4)) }
      .filter { names.contains($0 + ".txt") }.sorted()
  }
}
