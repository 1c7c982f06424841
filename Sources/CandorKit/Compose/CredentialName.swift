import Foundation

/// A credential as a letter names it: without the status a resume notes after it ("CPR —
/// current", "BLS (active)", "License (active, renewed)") and without its licence or
/// certificate number ("Washington License #RN-448812" → "Washington License"). A letter
/// names the credential; its number belongs on the application form.
enum CredentialName {
  static func cleaned(_ name: String) -> String {
    let name = name.contains("(") ? withoutNotes(name) : name
    guard name.contains(where: { $0.isNumber || $0 == "#" }) || endsInStatus(name) else {
      return name
    }
    var words: [Substring] = []
    for word in name.split(separator: " ") {
      let previous = words.last.map {
        $0.lowercased().trimmingPunctuation()
      }
      if isNumber(word, after: previous) {
        if numberMarkers.contains(words.last?.lowercased() ?? "") { words.removeLast() }
        continue
      }
      words.append(word)
    }
    while let last = words.last, isStatus(last) || separators.contains(String(last)) {
      words.removeLast()
    }
    // "…, Wisconsin, license no. 21457": the noun the number belonged to, alone after a
    // comma, names nothing once the number is gone. After the name itself it is the name's
    // noun: "Ohio Registered Pharmacist, License #03-2-1" is the Ohio Registered Pharmacist
    // License, never a bare title.
    if words.count >= 2, let last = words.last, credentialNouns.contains(last.lowercased()),
      words[words.count - 2].hasSuffix(",")
    {
      let commas = words.dropLast().count { $0.hasSuffix(",") }
      if commas == 1 {
        words[words.count - 2] = words[words.count - 2].dropLast()
      } else {
        words.removeLast()
      }
    }
    let cleaned = ClauseBuilder.trimmedStatement(words.joined(separator: " "))
    return cleaned.isEmpty ? name : cleaned
  }

  /// The name without a note in brackets that tells its status or history, which is no part
  /// of it: "PPS Credential (clear)", "… training (completed during career break)", "BLS
  /// (renewed 2025)". A bracket naming a part of the credential stays: "Hazmat (H)".
  static func withoutNotes(_ name: String) -> String {
    var result = ""
    var rest = Substring(name)
    while let open = rest.firstIndex(of: "("),
      let close = rest[open...].firstIndex(of: ")")
    {
      let inside = rest[rest.index(after: open)..<close]
      result += rest[..<open]
      if !isNote(inside) { result += rest[open...close] }
      rest = rest[rest.index(after: close)...]
    }
    result += rest
    let joined = result.split(separator: " ").joined(separator: " ")
    return joined.replacingOccurrences(of: " ,", with: ",")
  }

  private static func isNote(_ text: Substring) -> Bool {
    let words = text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }
    return words.contains {
      statuses.contains(String($0)) || noteWords.contains(String($0))
        || ($0.count == 4 && $0.allSatisfy(\.isNumber))
    }
  }

  /// "Clean driving record (no violations since 2012)" → "My driving record is clean, with no
  /// violations since 2012.": a resume's line that rates a record names no credential, so
  /// it is said as the statement it is; nil for any other line.
  static func recordStatement(_ line: String) -> String? {
    let open = line.firstIndex(of: "(")
    let core = line[..<(open ?? line.endIndex)].split(separator: " ")
    guard (2...5).contains(core.count),
      let quality = core.first.map({ $0.lowercased() }), recordQualities.contains(quality),
      let noun = core.last.map({ $0.lowercased() }), recordNouns.contains(noun)
    else { return nil }
    // "DOT" stays in capitals; "Driving Record" is lowered.
    let record = core.dropFirst().map {
      $0.allSatisfy(\.isUppercase) ? String($0) : $0.lowercased()
    }
    var text = "My \(record.joined(separator: " ")) is \(quality)"
    if let open, line.last == ")" {
      let detail = line[line.index(after: open)..<line.index(before: line.endIndex)]
        .trimmingSpaces()
      let isAbsence = detail.lowercased().hasPrefix("no ")
      text += isAbsence ? ", with \(detail)" : " (\(detail))"
    }
    return text + "."
  }

  private static let recordQualities: Set<String> = [
    "clean", "spotless", "clear", "excellent", "perfect", "good", "safe",
  ]
  private static let recordNouns: Set<String> = ["record", "history", "check", "report"]

  /// "#RN-448812", or a word of four digits or more after "License", "No." or "#".
  private static func isNumber(_ word: Substring, after previous: String?) -> Bool {
    if word.hasPrefix("#"), word.contains(where: \.isNumber) { return true }
    guard let previous, word.filter(\.isNumber).count >= 4 else { return false }
    return numberMarkers.contains(previous) || credentialNouns.contains(previous)
  }

  private static func endsInStatus(_ name: String) -> Bool {
    name.split(separator: " ").last.map(isStatus) ?? false
  }

  private static func isStatus(_ word: Substring) -> Bool {
    statuses.contains(word.lowercased().trimmingPunctuation())
  }

  private static let statuses: Set<String> = [
    "current", "active", "valid", "up-to-date", "renewed", "clear", "completed", "expected",
    "pending",
  ]
  /// Words of a bracketed note on a credential's history.
  private static let noteWords: Set<String> = [
    "during", "since", "expires", "expired", "expiring", "renewal", "issued", "until",
  ]
  private static let separators: Set<String> = ["—", "–", "-", ":", "#", "|"]
  private static let numberMarkers: Set<String> = ["#", "no", "no.", "number", "num", "nr"]
  private static let credentialNouns: Set<String> = [
    "license", "licence", "certificate", "certification", "registration", "permit", "card",
  ]
}
