import Foundation

/// A corpus folder laid out like `../shared/corpus`: `jobs/`, `resumes/`, `letters/`,
/// `labels/NNN.json` and `MANIFEST.tsv`.
struct Corpus {
  let root: URL
  /// MANIFEST.tsv rows by relative path ("resumes/005-….json"), as column name → value.
  let manifest: [String: [String: String]]

  init(root: URL) {
    self.root = root
    manifest = Self.readManifest(root.appendingPathComponent("MANIFEST.tsv"))
  }

  /// The files in `folder` (such as "jobs"), sorted by name, hidden files left out.
  func files(in folder: String) -> [URL] {
    let url = root.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { url.appendingPathComponent($0) }
  }

  /// The MANIFEST.tsv column `column` for `file`, if listed.
  func manifestValue(_ column: String, for file: URL) -> String? {
    manifest[relativePath(file)]?[column]
  }

  func relativePath(_ file: URL) -> String {
    let base = root.standardizedFileURL.path + "/"
    let path = file.standardizedFileURL.path
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }

  /// The number that starts a corpus file name: "005" for "005-network-engineer.json".
  static func key(of file: URL) -> String {
    String(file.lastPathComponent.prefix { $0 != "-" && $0 != "." })
  }

  private static func readManifest(_ url: URL) -> [String: [String: String]] {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
    let rows = text.split(whereSeparator: \.isNewline).map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
    guard let header = rows.first else { return [:] }
    var result: [String: [String: String]] = [:]
    for row in rows.dropFirst() where !row.isEmpty {
      result[row[0]] = Dictionary(
        zip(header, row).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
    }
    return result
  }
}

/// What one section of the report found: its Markdown and the failures that fail the run.
struct SectionReport {
  var markdown: [String] = []
  /// Crashes, unexpected errors and broken promises (an invented recipient); each fails the run.
  var failures: [String] = []
}

/// One part of the corpus run: postings, resumes, and later letters or matching.
protocol CorpusSection {
  var title: String { get }
  func run(on corpus: Corpus) -> SectionReport
}
