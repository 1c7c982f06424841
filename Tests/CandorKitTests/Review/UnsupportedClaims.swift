@testable import CandorKit

/// The excerpts of `unsupported-claim` findings for a letter body reviewed against a resume
/// given as plain text, signed by `signer`.
enum UnsupportedClaims {
  static func excerpts(letter body: String, resume text: String, signer: String) throws
    -> [String]
  {
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: text))
    let letter = "Dear Ms. Lane,\n\n\(body)\n\nSincerely,\n\(signer)\n"
    return LetterReviewer(spellChecker: nil).review(text: letter, resume: resume).findings
      .filter { $0.rule == "unsupported-claim" }.map(\.excerpt)
  }
}
