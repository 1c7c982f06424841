import CandorKit
import Foundation

/// Extracts the keywords of every labelled posting and scores the top 15 against the
/// label's `keywords`, strict and lenient, averaged over postings.
///
/// With `CANDOR_CORPUS_DETAIL=1` in the environment, each posting's extracted and missed
/// terms are listed too; `CANDOR_CORPUS_KEYWORD_DUMP=FILE` writes every keyword extracted
/// from every posting to FILE, one JSON line per posting, for error analysis.
struct KeywordSection: CorpusSection {
  let title = "Keywords"

  func run(on corpus: Corpus) -> SectionReport {
    var report = SectionReport()
    var table = MarkdownTable(header: ["file", "lang", "strict P / R / F1", "lenient F1"])
    var strict: [String: MacroScore] = [:]
    var lenient: [String: MacroScore] = [:]
    var detail: [String] = []
    var dump: [String] = []
    for file in corpus.files(in: "jobs") {
      let labelURL = corpus.root.appendingPathComponent("labels/\(Corpus.key(of: file)).json")
      guard let label = try? PostingLabel.load(labelURL) else { continue }
      let terms: [String]
      do {
        let posting = try PostingReader.read(try InputFile.read(file.path))
        let keywords = KeywordExtractor.keywords(of: posting)
        terms = keywords.flatMap(\.terms)
        dump.append(Self.dumpLine(file.lastPathComponent, keywords))
      } catch {
        report.failures.append("\(corpus.relativePath(file)): unexpected error: \(error.message)")
        continue
      }
      let exact = KeywordScore(predicted: terms, label: label, lenient: false)
      let loose = KeywordScore(predicted: terms, label: label, lenient: true)
      let language = label.language ?? "en"
      for group in ["all", language] {
        strict[group, default: MacroScore()].add(exact)
        lenient[group, default: MacroScore()].add(loose)
      }
      table.append([
        file.lastPathComponent, language,
        String(format: "%.2f / %.2f / %.2f", exact.precision, exact.recall, exact.f1),
        String(format: "%.2f", loose.f1),
      ])
      detail += Self.detail(file.lastPathComponent, terms, label)
    }
    report.markdown = table.lines + [""] + summary(strict, lenient)
    if ProcessInfo.processInfo.environment["CANDOR_CORPUS_DETAIL"] == "1" {
      report.markdown += [""] + detail
    }
    if let path = ProcessInfo.processInfo.environment["CANDOR_CORPUS_KEYWORD_DUMP"] {
      try? (dump.joined(separator: "\n") + "\n").write(
        toFile: path, atomically: true, encoding: .utf8)
    }
    return report
  }

  /// One JSON line with every keyword extracted from a posting, for offline error analysis
  /// (`CANDOR_CORPUS_KEYWORD_DUMP=FILE`).
  private static func dumpLine(_ name: String, _ keywords: [PostingKeyword]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let body = (try? encoder.encode(keywords)).map { String(decoding: $0, as: UTF8.self) }
    return "{\"file\": \"\(name)\", \"keywords\": \(body ?? "[]")}"
  }

  private func summary(_ strict: [String: MacroScore], _ lenient: [String: MacroScore])
    -> [String]
  {
    strict.keys.sorted().map { group in
      "- keywords, top \(KeywordScore.topK), \(group) (\(strict[group]!.scores.count) postings): "
        + "strict \(strict[group]!.summary); lenient \(lenient[group]!.summary)"
    }
  }

  /// The extracted top terms marked hit or miss, and the gold terms nothing matched.
  static func detail(_ name: String, _ terms: [String], _ label: PostingLabel) -> [String] {
    var seen = Set<String>()
    let top = terms.filter { seen.insert(TermMatcher.normalize($0)).inserted }
      .prefix(KeywordScore.topK)
    let marked = top.map { term in
      let hit = label.keywords.contains { gold in
        TermMatcher.matchCount(
          predicted: [term], gold: [gold], aliases: label.aliases, lenient: false) == 1
      }
      return (hit ? "+" : "-") + term
    }
    let missed = label.keywords.filter { gold in
      TermMatcher.matchCount(
        predicted: Array(top), gold: [gold], aliases: label.aliases, lenient: false) == 0
    }
    return [
      "- \(name): " + marked.joined(separator: " | "),
      "  missed: " + missed.joined(separator: " | "),
    ]
  }
}
