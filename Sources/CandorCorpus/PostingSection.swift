import CandorKit
import Foundation

/// Reads every posting in `jobs/` and compares title, company, recipient and skills with
/// `labels/NNN.json`.
struct PostingSection: CorpusSection {
  let title = "Postings"

  /// Running totals over the postings.
  private struct Tally {
    var postings = 0
    var titles = 0
    var companies = 0
    var recipientsLabelled = 0
    var recipientsRight = 0
    var recipientsInvented = 0
    var hardSkills = PrecisionRecall()
    var hardSkillsLenient = PrecisionRecall()
    var allSkills = PrecisionRecall()
  }

  func run(on corpus: Corpus) -> SectionReport {
    var report = SectionReport()
    var table = MarkdownTable(header: ["file", "title", "company", "recipient", "skills P / R"])
    var tally = Tally()
    for file in corpus.files(in: "jobs") {
      let name = file.lastPathComponent
      let posting: JobPosting
      do {
        posting = try PostingReader.read(try InputFile.read(file.path))
      } catch {
        table.append([name, "error", "", "", ""])
        report.failures.append("\(corpus.relativePath(file)): unexpected error: \(error.message)")
        continue
      }
      let labelURL = corpus.root.appendingPathComponent("labels/\(Corpus.key(of: file)).json")
      guard let label = try? PostingLabel.load(labelURL) else {
        table.append([name, "no label", "", "", ""])
        continue
      }
      table.append([name] + compare(posting, label, &tally))
      if label.recipient == nil, let invented = posting.recipient?.name {
        report.failures.append("\(corpus.relativePath(file)): invented recipient '\(invented)'")
      }
    }
    report.markdown = table.lines + [""] + summary(tally)
    return report
  }

  private func compare(_ posting: JobPosting, _ label: PostingLabel, _ tally: inout Tally)
    -> [String]
  {
    tally.postings += 1
    let titleOK = TermMatcher.same(posting.title, label.title)
    let companyOK = TermMatcher.same(posting.company, label.company)
    tally.titles += titleOK ? 1 : 0
    tally.companies += companyOK ? 1 : 0
    let got = posting.recipient?.name
    if label.recipient != nil {
      tally.recipientsLabelled += 1
      tally.recipientsRight += TermMatcher.same(got, label.recipient) ? 1 : 0
    } else if got != nil {
      tally.recipientsInvented += 1
    }
    let skills = scoreSkills(posting, label, &tally)
    return [
      verdict(titleOK, label.title, posting.title),
      verdict(companyOK, label.company, posting.company), recipientCell(label.recipient, got),
      skills,
    ]
  }

  private func scoreSkills(_ posting: JobPosting, _ label: PostingLabel, _ tally: inout Tally)
    -> String
  {
    let hard = posting.skills.filter { $0.category != .softSkill }.map(\.term)
    let gold = label.required + label.preferred
    let strict = TermMatcher.matchCount(
      predicted: hard, gold: gold, aliases: label.aliases, lenient: false)
    let lenient = TermMatcher.matchCount(
      predicted: hard, gold: gold, aliases: label.aliases, lenient: true)
    let everything = TermMatcher.matchCount(
      predicted: posting.skills.map(\.term), gold: gold + label.soft, aliases: label.aliases,
      lenient: false)
    let hardCount = Set(hard.map(TermMatcher.normalize)).count
    let allCount = Set(posting.skills.map { TermMatcher.normalize($0.term) }).count
    tally.hardSkills.add(matched: strict, predicted: hardCount, gold: gold.count)
    tally.hardSkillsLenient.add(matched: lenient, predicted: hardCount, gold: gold.count)
    tally.allSkills.add(
      matched: everything, predicted: allCount, gold: gold.count + label.soft.count)
    return "\(strict)/\(hardCount) / \(strict)/\(gold.count)"
  }

  private func verdict(_ ok: Bool, _ expected: String?, _ got: String?) -> String {
    ok ? "ok" : "✗ '\(got ?? "—")' (want '\(expected ?? "none")')"
  }

  private func recipientCell(_ expected: String?, _ got: String?) -> String {
    switch (expected, got) {
    case (nil, nil): return "ok (none)"
    case (nil, let got?): return "✗ INVENTED '\(got)'"
    case (let expected?, _) where TermMatcher.same(expected, got): return "ok (\(expected))"
    case (let expected?, let got): return "✗ '\(got ?? "—")' (want '\(expected)')"
    }
  }

  private func summary(_ tally: Tally) -> [String] {
    let count = max(tally.postings, 1)
    let recipients = Percent.of(tally.recipientsRight, max(tally.recipientsLabelled, 1))
    return [
      "- title right: \(Percent.of(tally.titles, count))",
      "- company right: \(Percent.of(tally.companies, count))",
      "- recipient exact where labelled: \(recipients)",
      "- recipients invented where the label has none: \(tally.recipientsInvented)",
      "- skills (not soft) vs required + preferred, exact: " + Percent.pr(tally.hardSkills),
      "- skills (not soft) vs required + preferred, lenient: "
        + Percent.pr(tally.hardSkillsLenient),
      "- all skills vs required + preferred + soft, exact: " + Percent.pr(tally.allSkills),
    ]
  }
}

/// Formats counts and rates for the report.
enum Percent {
  static func of(_ part: Int, _ whole: Int) -> String {
    String(format: "%d/%d (%.0f %%)", part, whole, 100 * Double(part) / Double(max(whole, 1)))
  }

  static func pr(_ score: PrecisionRecall) -> String {
    String(
      format: "precision %.2f, recall %.2f, F1 %.2f (macro average)", score.precision,
      score.recall, score.f1)
  }
}
