@testable import CandorKit

/// The excerpts of `unsupported-claim` findings for a letter body reviewed against a resume
/// given as plain text, signed by `signer`, and a posting in Markdown when one is given.
enum UnsupportedClaims {
  static func excerpts(
    letter body: String, resume text: String, signer: String, job: String? = nil
  ) throws -> [String] {
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: text))
    let posting = try job.map { try PostingReader.read(InputFile(name: "job.md", text: $0)) }
    let letter = "Dear Ms. Lane,\n\n\(body)\n\nSincerely,\n\(signer)\n"
    return LetterReviewer(spellChecker: nil).review(text: letter, job: posting, resume: resume)
      .findings.filter { $0.rule == "unsupported-claim" }.map(\.excerpt)
  }
}
