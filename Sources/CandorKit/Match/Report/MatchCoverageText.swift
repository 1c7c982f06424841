/// The resume-and-letter part of a match report as text.
enum MatchCoverageText {
  static func lines(_ coverage: Coverage) -> [String] {
    var lines = ["Requirements and the documents that cover them"]
    for requirement in coverage.requirements {
      let covered = [
        requirement.inResume ? "resume" : nil, requirement.inLetter ? "letter" : nil,
      ].compactMap { $0 }
      let documents = covered.isEmpty ? "neither" : covered.joined(separator: ", ")
      lines.append(
        "  \(MatchReportText.pad("line \(requirement.line)", 9)) "
          + "\(MatchReportText.pad(requirement.tier.rawValue, 9)) "
          + "\(MatchReportText.pad(documents, 14)) \(short(requirement.text))")
    }
    if !coverage.missingMustHaves.isEmpty {
      lines.append("")
      lines.append("Must-haves in neither document:")
      lines += MatchReportText.wrapped(
        coverage.missingMustHaves.joined(separator: ", "), indent: "  ")
    }
    if !coverage.repeatedBullets.isEmpty {
      lines.append("")
      lines.append("Letter sentences that repeat a resume line:")
      for bullet in coverage.repeatedBullets {
        lines.append("  paragraph \(bullet.paragraph): \"\(short(bullet.sentence))\"")
        lines.append("    repeats \"\(short(bullet.resumeText))\"")
      }
    }
    if coverage.letterOnlyRepeats {
      lines.append(
        "The letter mostly repeats the resume: use it for what the bullets cannot say — why "
          + "this job, and what you would do in it.")
    }
    return lines
  }

  /// A long text cut to about 70 characters at a word boundary.
  static func short(_ text: String) -> String {
    guard text.count > 72 else { return text }
    let cut = text.prefix(70)
    let end = cut.lastIndex(of: " ") ?? cut.endIndex
    return String(cut[..<end]) + " …"
  }
}
