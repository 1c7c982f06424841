/// Tests on a line's lowercased text that tell letter parts apart.
enum LetterLineShape {
  private static let greetingOpeners = [
    "dear", "hi", "hello", "hey", "greetings", "good morning", "good afternoon",
    "good evening", "good day", "to whom it may concern", "attention", "attn", "hola",
    "estimado", "estimada", "sehr geehrte", "bonjour", "madame", "monsieur",
    // Salutations of other languages: "Sehr geehrter Herr Mensah,", "Liebe Frau Ott,".
    "sehr geehrter", "liebe", "lieber", "hallo",
    "guten tag", "estimados", "estimadas", "querido", "querida", "buenos días", "chère",
    "gentile", "gentili", "egregio", "prezado", "prezada", "geachte", "beste",
  ]

  /// "Dear Ms. Chen,", "Hello:", "To whom it may concern," — short and without a full stop.
  static func isGreeting(_ plain: String, words: Int) -> Bool {
    guard words >= 1, words <= 12 else { return false }
    if plain.hasSuffix(".") && words > 4 { return false }
    return greetingOpeners.contains { startsWithWord(plain, $0) } || isAddressedTo(plain)
  }

  private static let addressees: Set<String> = [
    "team", "department", "committee", "panel", "manager", "recruiter", "recruiters",
    "office", "staff", "board", "director", "officer", "partner", "partners", "principal",
    "lead", "coordinator", "supervisor", "unit",
  ]

  /// "To the St. Brigid nurse recruiting team," or "To the hiring manager:": a greeting
  /// that names a team or a role, ended by a comma or colon.
  private static func isAddressedTo(_ plain: String) -> Bool {
    guard plain.hasPrefix("to "), let last = plain.last, last == "," || last == ":" else {
      return false
    }
    let words = plain.dropLast().split(separator: " ")
    return words.count >= 3 && words.last.map { addressees.contains(String($0)) } == true
  }

  private static let signOffs: Set<String> = [
    "sincerely", "sincerely yours", "yours sincerely", "yours truly", "yours faithfully",
    "yours", "best", "best regards", "kind regards", "kindest regards", "warm regards",
    "warmest regards", "warm wishes", "regards", "respectfully", "respectfully yours",
    "best wishes", "all the best", "cheers", "thanks", "thank you", "many thanks",
    "with thanks", "with gratitude", "with appreciation", "cordially", "take care",
    "thanks again", "thank you again", "atentamente", "saludos", "saludos cordiales",
    "mit freundlichen grüßen", "cordialement", "thanks for reading", "thank you for reading",
  ]

  /// "Sincerely,", "Best regards", "Kind Regards, Sam".
  static func isSignOff(_ plain: String, words: Int) -> Bool {
    guard words <= 6 else { return false }
    let head = plain.split(separator: ",", maxSplits: 1).first.map(String.init) ?? plain
    let trimmed = head.trimming(charactersIn: " .!:-–—")
    guard signOffs.contains(trimmed) else { return false }
    return head.count == plain.count || words <= 5
  }

  /// The common sign-off `written` is one slip from ("Sincerly" → "Sincerely"), in its
  /// case; nil when it is one already or none is near.
  static func signOff(nearest written: String) -> String? {
    let plain = written.lowercased().trimming(charactersIn: " ")
    guard plain.count >= 6, !signOffs.contains(plain),
      plain.allSatisfy({ $0.isLetter || $0 == " " })
    else { return nil }
    let near = signOffs.filter { $0.first == plain.first && abs($0.count - plain.count) <= 2 }
      .map { (word: $0, cost: SpellingFixes.cost(plain, $0)) }.filter { $0.cost <= 1 }
      .min { ($0.cost, $0.word) < ($1.cost, $1.word) }
    return near.map { SpellingFixes.inCase(of: written, $0.word) }
  }

  /// The end of a sign-off that opens a longer line ("Sincerely, Sam Ortiz
  /// sam@example.com"), just after its comma; nil when the line does not open with one or
  /// goes on as a sentence ("Thank you, Dana, for your time.").
  static func signOffEnd(in line: String) -> String.Index? {
    guard let comma = line.firstIndex(of: ","),
      line.distance(from: line.startIndex, to: comma) <= 30
    else { return nil }
    let head = line[..<comma].lowercased().trimming(charactersIn: " .!:-–—")
    guard signOffs.contains(head) else { return nil }
    let end = line.index(after: comma)
    let rest = line[end...]
    let words = rest.split(separator: " ").count
    guard rest.contains(where: \.isLetter), words <= 12,
      let last = rest.last(where: { !$0.isWhitespace }), !".!?".contains(last)
    else { return nil }
    return end
  }

  private static let contactLabels = [
    "email", "e-mail", "phone", "tel", "mobile", "cell", "linkedin", "github", "portfolio",
    "website", "web:", "location:", "address:", "loom:", "twitter", "skype", "enclos",
    "attachment", "cc:", "p.s",
  ]

  /// Email addresses, links, phone numbers and labelled contact fields.
  static func isContact(_ plain: String) -> Bool {
    let text = Substring(plain)
    if ScalarClass.containsFolded(text, "http") || ScalarClass.containsFolded(text, "www.") {
      return true
    }
    if let at = plain.utf8.firstIndex(of: 0x40), plain.utf8[at...].contains(0x2E) { return true }
    if contactLabels.contains(where: { plain.hasPrefix($0) }) { return true }
    var digits = 0
    var visible = 0
    for byte in plain.utf8 where byte != 0x20 {
      visible += 1
      if byte &- 0x30 < 10 { digits += 1 }
    }
    return digits >= 7 && digits * 2 >= visible
  }

  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan ", "feb ", "mar ", "apr ", "jun ", "jul ",
    "aug ", "sep ", "sept ", "oct ", "nov ", "dec ",
  ]

  /// "May 30, 2008", "29 April 2025", "2025-04-29", "04/29/2025".
  static func isDate(_ plain: String, words: Int) -> Bool {
    guard words <= 6, plain.contains(where: \.isNumber) else { return false }
    if months.contains(where: { ScalarClass.containsFolded(Substring(plain), $0) }) {
      return plain.split(separator: " ").contains { $0.filter(\.isNumber).count == 4 }
        || words <= 3
    }
    let shape = plain.map { $0.isNumber ? "9" : String($0) }.joined()
    return ["9999-99-99", "99/99/9999", "9/99/9999", "99/9/9999", "9/9/9999", "99.99.9999"]
      .contains(shape)
  }

  /// A line of three or more of `-`, `=`, `_`, `*`, `~` or `#` and nothing else.
  static func isSeparator(_ line: Substring) -> Bool {
    guard let head = line.unicodeScalars.first, "-=_*~#—–".unicodeScalars.contains(head) else {
      return false
    }
    let marks = line.filter { !$0.isWhitespace }
    guard marks.count >= 3, let first = marks.first, "-=_*~#—–".contains(first) else {
      return false
    }
    return marks.allSatisfy { $0 == first }
  }

  /// The length of a Markdown heading's marks and the space after them ("## ").
  static func headingMarks(_ line: Substring) -> Int? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes) else { return nil }
    let rest = line.dropFirst(hashes)
    guard rest.first == " " else { return nil }
    return hashes + rest.prefix { $0 == " " }.count
  }

  static func startsWithWord(_ text: String, _ word: String) -> Bool {
    guard text.hasPrefix(word) else { return false }
    let rest = text.dropFirst(word.count)
    return rest.first.map { !$0.isLetter } ?? true
  }
}
