import Foundation

/// A referral the resume itself states for this company ("Referred by Marcus Lee, Staff SRE
/// at Quillstone"), so a letter can open on it without `--referrer`, and a reference who
/// works at the company, which the person may want to name.
///
/// A referral counts only when the same sentence names the posting's company: a resume
/// written for another job may state a referral there, and a letter saying so here would
/// invent it.
public struct StatedReferral: Sendable, Equatable {
  /// The referrer's name as the resume writes it.
  public let name: String
  /// Where the resume states it (`basics.summary`, `references[0].reference`).
  public let source: SourceRef

  /// The first referral to `company` the resume states, in its summary or references.
  public static func find(in resume: Resume, company: String?) -> StatedReferral? {
    guard let company, !company.isEmpty else { return nil }
    var texts: [(String, String)] = []
    if let summary = resume.basics?.summary { texts.append((summary, "basics.summary")) }
    for (index, reference) in resume.references.enumerated() {
      guard let text = reference.reference else { continue }
      texts.append((text, "references[\(index)].reference"))
    }
    for (text, path) in texts {
      for sentence in SentenceSplitter.split(text) where names(company, in: sentence) {
        if let name = referrer(in: sentence) {
          return StatedReferral(name: name, source: .resume(path))
        }
      }
    }
    return nil
  }

  /// The name of a reference whose note places them at `company` ("now a staff engineer at
  /// Tallyfin"), when the resume states no referral: the person may have been referred.
  public static func referenceAt(_ company: String?, in resume: Resume) -> String? {
    guard let company, !company.isEmpty else { return nil }
    for reference in resume.references {
      let text = [reference.name, reference.reference].compactMap { $0 }.joined(separator: " ")
      guard names(company, in: text) else { continue }
      // A Markdown or text reference is one line: "Ana Ruiz, Data Lead at Acme".
      let name = (reference.name ?? "").split(
        whereSeparator: { ",(—–".contains($0) }
      ).first.map { $0.trimmingCharacters(in: .whitespaces) }
      if let name, name.split(separator: " ").count >= 2 { return name }
    }
    return nil
  }

  /// The capitalised words after "referred by" or "referral from" ("Referred by Marcus
  /// Delacroix-Ibe, Staff SRE at …" gives "Marcus Delacroix-Ibe"); two to four of them.
  static func referrer(in sentence: String) -> String? {
    for cue in cues {
      guard let range = sentence.range(of: cue, options: .caseInsensitive) else { continue }
      var words: [Substring] = []
      for word in sentence[range.upperBound...].split(separator: " ") {
        // "Dr." and "Ms." open a name and keep their full stop.
        if words.isEmpty, honorifics.contains(word.lowercased()) {
          words.append(word)
          continue
        }
        // "(Acme)" after a name is its place, not part of it.
        if word.first == "(" { break }
        let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()"))
        guard let first = trimmed.first, first.isUppercase, words.count < 4 else { break }
        words.append(Substring(trimmed))
        // A comma or bracket after a word ends the name: "Marcus Lee, Staff SRE".
        if word.last.map({ ",.;:(".contains($0) }) == true { break }
      }
      if words.count >= 2 { return words.joined(separator: " ") }
    }
    return nil
  }

  private static let cues = ["referred by ", "referral from ", "referral: "]
  private static let honorifics: Set<String> = ["dr.", "mr.", "mrs.", "ms.", "mx.", "prof."]

  /// True when `text` names the company as a whole word run, in any case.
  private static func names(_ company: String, in text: String) -> Bool {
    let wanted = Tokenizer.foldedWords(in: company)
    let words = Tokenizer.foldedWords(in: text)
    guard !wanted.isEmpty, words.count >= wanted.count else { return false }
    return (0...(words.count - wanted.count)).contains {
      Array(words[$0..<($0 + wanted.count)]) == wanted
    }
  }
}
