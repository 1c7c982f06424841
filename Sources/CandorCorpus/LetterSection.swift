import CandorDocuments
import CandorKit
import CandorSpelling
import Foundation

/// Writes a letter for every pair in `pairs.tsv`, in every tone, and checks the promises a
/// letter makes: no crash, no placeholder, nothing ungrounded, no generic greeting, 200–450
/// words, and a review of at least 90 with no error. A pair whose resume is invalid JSON must
/// fail with the line number.
struct LetterSection: CorpusSection {
  let title = "Letters"
  static let today = "2026-12-04"
  static let reviewer = LetterReviewer(spellChecker: HunspellChecker.englishUS)
  static let genericGreetings = ["Hiring Manager", "To whom", "Sir or Madam", "Dear Employer"]

  func run(on corpus: Corpus) -> SectionReport {
    var report = SectionReport()
    var table = MarkdownTable(
      header: ["resume", "job", "tone", "words", "score", "opener", "level", "result"])
    var written = 0
    var belowBar = 0
    var thin = 0
    var thinLength = 0
    for (resumePath, jobPath) in pairs(corpus) {
      let resumeFile = corpus.root.appendingPathComponent(resumePath)
      let jobFile = corpus.root.appendingPathComponent(jobPath)
      let names = [resumeFile.lastPathComponent, Corpus.key(of: jobFile)]
      let posting: JobPosting
      let resume: ParsedResume
      do {
        posting = try PostingReader.read(try DocumentReader.read(jobFile.path))
        resume = try ResumeReader.read(try DocumentReader.read(resumeFile.path))
      } catch {
        let expected = isExpectedInvalidJSON(error, corpus, resumeFile)
        table.append(
          names + [
            "", "", "", "", "",
            (expected ? "expected error: " : "ERROR: ")
              + error.message.replacingOccurrences(of: corpus.root.path + "/", with: ""),
          ])
        if !expected { report.failures.append("\(resumePath) + \(jobPath): \(error.message)") }
        continue
      }
      for tone in LetterOptions.Tone.allCases {
        let (cells, problems, notes) = check(posting, resume, tone)
        let result = problems.map { "FAIL: \($0)" } + notes
        table.append(
          names + [tone.rawValue] + cells + [result.isEmpty ? "ok" : result.joined(separator: "; ")]
        )
        report.failures += problems.map { "\(resumePath) + \(jobPath) (\(tone.rawValue)): \($0)" }
        written += 1
        if (problems + notes).contains(where: { $0.hasPrefix("review") }) { belowBar += 1 }
        if notes.contains(where: { $0.hasPrefix("review") }) { thinLength += 1 }
        if notes.contains(where: { $0.contains("thin resume") }) { thin += 1 }
      }
    }
    report.markdown =
      table.lines + [
        "", "- wrote \(written) letters",
        "- review of 90 or more with no error: \(written - belowBar) of \(written)",
        "- short because the resume is thin (reported, not failed): \(thin)",
        "- of those, under 90 only for their length (reported, not failed): \(thinLength)",
      ]
    return report
  }

  /// The letter's words, score, opener and level, and every promise it broke.
  /// The letter's cells, the promises it broke (failures) and what falls short of a target.
  private func check(_ posting: JobPosting, _ resume: ParsedResume, _ tone: LetterOptions.Tone)
    -> ([String], [String], [String])
  {
    let options = LetterOptions(tone: tone)
    let letter: Letter
    do {
      letter = try LetterWriter.write(
        posting: posting, resume: resume, options: options, today: Self.today)
    } catch {
      return (["", "", "", ""], ["error: \(error.message)"], [])
    }
    var problems: [String] = []
    var notes: [String] = []
    let text = letter.text
    if ["{", "}", "[", "]"].contains(where: text.contains) { problems.append("placeholder") }
    let greeting = letter.paragraphs.first?.text ?? ""
    if let greeting = Self.genericGreetings.first(where: greeting.contains) {
      problems.append("generic greeting '\(greeting)'")
    }
    let claims = GroundingChecker(
      resume: resume, posting: posting, options: options, today: Self.today
    )
    .ungroundedClaims(in: letter)
    problems += claims.map { "ungrounded \($0.kind.rawValue) '\($0.text)'" }
    let words = letter.bodyWordCount
    let statements = letter.plan.statementCount
    let thin = statements < Letter.thinResumeStatements
    if !(200...450).contains(words) {
      // A resume with too little to quote yields a short, truthful letter: reported, not failed.
      if thin {
        notes.append("\(words) words: thin resume (\(statements) quotable statements)")
      } else {
        problems.append("\(words) words")
      }
    }
    // Issue 4's bar: every written letter reviews 90 or more with no error, or the run fails.
    let review = Self.reviewer.review(
      text: text, job: posting, resume: resume, today: Self.today)
    if review.score < 90 || review.hasErrors {
      let rules = Set(review.findings.filter { $0.severity != .suggestion }.map(\.rule))
      let report = "review \(review.score) (\(rules.sorted().joined(separator: ", ")))"
      // The review's length finding on a thin resume's letter is the same short length the
      // word count reports above: reported, not failed. Any other finding still fails.
      if thin, rules == ["letter-length"] { notes.append(report) } else { problems.append(report) }
    }
    let cells = [
      "\(words)", "\(review.score)", letter.plan.opener.rawValue, letter.plan.level.rawValue,
    ]
    return (cells, problems, notes)
  }

  private func isExpectedInvalidJSON(_ error: CandorError, _ corpus: Corpus, _ file: URL) -> Bool {
    guard case .invalidJSON(_, let line, _, _) = error, line > 0 else { return false }
    return corpus.manifestValue("format", for: file)?.uppercased().hasPrefix("INVALID JSON")
      == true
  }

  /// (resume, job) paths relative to the corpus, from `pairs.tsv`.
  private func pairs(_ corpus: Corpus) -> [(String, String)] {
    let url = corpus.root.appendingPathComponent("pairs.tsv")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { row in
      let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return cells.count >= 2 ? (cells[0], cells[1]) : nil
    }
  }
}
