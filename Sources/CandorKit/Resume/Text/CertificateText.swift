import Foundation

/// The wording around a certificate's date and issuer: "(expires 08/2027)", "valid
/// through June 2030", "completed March 2026", "…, American Heart Association".
enum CertificateText {
  /// True when the words just before the date say it is when the certificate runs out.
  static func isExpiry(before span: DateSpan, in text: String) -> Bool {
    let before = text[..<span.range.lowerBound].lowercased()
    let words = before.split { !$0.isLetter }.suffix(2).map(String.init)
    guard let last = words.last else { return false }
    return expiryWords.contains(last)
      || (["through", "thru", "until", "till"].contains(last) && words.first == "valid")
  }

  /// True when the year ends a statement rather than dating the item: "Clean driving record
  /// (no violations since 2012)". A year after "since" or "in" whose clause holds lowercase
  /// words other than a credential's cue is part of what the item says; "certified since
  /// 2019" and "Licensed in 2020" stay dates.
  static func isStatement(before span: DateSpan, in text: String) -> Bool {
    let before = text[..<span.range.lowerBound]
    let clauseStart = before.lastIndex { "(,;".contains($0) }.map(before.index(after:))
    var words = before[(clauseStart ?? before.startIndex)...].split { !$0.isLetter }
    guard let last = words.popLast(), statementWords.contains(last.lowercased()) else {
      return false
    }
    return words.contains { word in
      word.first?.isLowercase == true && !credentialCues.contains(String(word))
    }
  }

  private static let statementWords: Set<String> = ["since", "in", "during", "from"]

  /// Words that say what happened to a credential on the date after them.
  static let credentialCues: Set<String> = [
    "certified", "licensed", "registered", "issued", "earned", "obtained", "completed",
    "passed", "awarded", "received", "renewed", "valid", "active", "held", "member",
    "recertified", "credentialed", "exp", "expires", "expired",
  ]

  /// The name without the test code or score in brackets after it: "Reading endorsement
  /// (148)" → "Reading endorsement", "Praxis II Mathematics (Score 172)" → "Praxis II
  /// Mathematics". An acronym in brackets, "(CKA)", names the credential and stays.
  static func withoutCode(_ name: String) -> String {
    guard name.hasSuffix(")"), let range = bracketedCode.firstRange(in: name),
      range.lowerBound > name.startIndex
    else { return name }
    return String(name[..<range.lowerBound]).trimmingSpaces()
  }

  private static let bracketedCode = Pattern(
    #"\s*\((?:score[ds]?|code|test|no\.?|id|#)?\s*[:#]?\s*[A-Za-z]{0,4}-?\d[\d.-]*\)$"#,
    requiring: [")"])

  private static let spaceRun = Pattern(#"\s{2,}"#, caseSensitive: true)

  /// The text without the words a removed date leaves behind: "(expires  )",
  /// "(renewed )", ", completed", a comma before brackets, and doubled spaces.
  static func tidy(_ text: String) -> String {
    var result = emptyAside.replacing(in: text, with: "")
    // "(clear, renewed )": the cue a removed date leaves inside an aside that says more.
    result = asideCue.replacing(in: result, with: ")")
    // "…, issued, renew": each cue a removed date leaves.
    for _ in 0..<2 { result = trailingCue.replacing(in: result, with: "") }
    result = spaceRun.replacing(in: result, with: " ")
    result = result.replacingOccurrences(of: " ,", with: ",")
    // "Passed the exam, October 2026 (application pending)": the comma went with the date.
    result = result.replacingOccurrences(of: ", (", with: " (")
    return result.trimming(charactersIn: " ,;:-–—")
  }

  /// "BLS Provider, American Heart Association" → ("BLS Provider", "American Heart
  /// Association"): a name, then an organisation after its last comma.
  static func issuerAfterComma(_ text: String) -> (String, String)? {
    guard let comma = text.range(of: ", ", options: .backwards) else { return nil }
    let name = String(text[..<comma.lowerBound]).trimmingSpaces()
    let issuer = String(text[comma.upperBound...]).trimmingSpaces()
    let words = RoleWords.folded(issuer)
    guard !name.isEmpty, (1...6).contains(words.count), issuer.first?.isUppercase == true,
      !issuer.contains(where: \.isNumber),
      RoleWords.isOrganization(issuer) || words.contains(where: issuerWords.contains)
        || isCourseByAcronym(name, issuer)
    else { return nil }
    return (name, issuer)
  }

  /// "Completed CPCU 500" → "CPCU 500": the verb that says a credential was earned is no
  /// part of its name.
  static func withoutVerb(_ name: String) -> String {
    guard let space = name.firstIndex(of: " "),
      leadingVerbs.contains(name[..<space].lowercased())
    else { return name }
    let rest = name[name.index(after: space)...].trimmingSpaces()
    return rest.first?.isUppercase == true ? rest : name
  }

  private static let leadingVerbs: Set<String> = [
    "completed", "passed", "earned", "obtained", "achieved", "received", "holds", "hold",
  ]

  /// "Facilitator training, IIRP (completed during career break)" → the text before the
  /// note in brackets and the note, which opens in lowercase; the text alone otherwise.
  static func trailingNote(_ text: String) -> (String, String?) {
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex
    else { return (text, nil) }
    let note = text[text.index(after: open)..<text.index(before: text.endIndex)]
    guard note.first?.isLowercase == true, note.split(separator: " ").count >= 2 else {
      return (text, nil)
    }
    return (text[..<open].trimmingSpaces(), String(note))
  }

  /// "Facilitator training, IIRP": a course, then the body that gave it, in capitals.
  private static func isCourseByAcronym(_ name: String, _ issuer: String) -> Bool {
    let last = name.split(separator: " ").last?.lowercased() ?? ""
    return ["training", "course", "workshop", "program", "programme"].contains(last)
      && (2...6).contains(issuer.count) && issuer.allSatisfy(\.isUppercase)
  }

  /// True for a piece that only numbers a credential: "Certification #24418806", "License
  /// No. 190045512", "ID: 4432", "Credential ID 8XK2", "certificate #A-2218840".
  static func isNumberLabel(_ text: String) -> Bool {
    let words = text.split { $0 == " " || $0 == ":" || $0 == "," }
    guard let number = words.last, words.count <= 4, number.contains(where: \.isNumber) else {
      return false
    }
    let labels = words.dropLast().map { $0.lowercased().trimming(charactersIn: ".") }
    let isMarked =
      number.hasPrefix("#") || labels.contains { $0.hasSuffix("#") || numberWords.contains($0) }
    return isMarked
      && labels.allSatisfy { label in
        let bare = label.trimming(charactersIn: "#")
        return bare.isEmpty || numberWords.contains(bare) || numberedThings.contains(bare)
      }
  }

  /// True when `text`, the next line of a certifications list, carries on the name that
  /// `above` stops in: a narrow column wrapped it before words that name no credential
  /// alone ("Fundamental Payroll" / "Certification (FPC),", "Certified Kubernetes" /
  /// "Administrator"). The line above stops on a word, holds no figure and no such word of
  /// its own, so "BLS Certification" / "Certificate in Phlebotomy" stay two.
  static func isWrappedTail(_ text: String, after above: String) -> Bool {
    guard above.last?.isLetter == true, !above.contains(where: \.isNumber),
      text.first?.isUppercase == true
    else { return false }
    var head = text.prefix { !",(;:–—".contains($0) }
    if let dash = head.range(of: " - ") { head = head[..<dash.lowerBound] }
    let words = head.split(separator: " ").map { $0.lowercased() }
    return (1...2).contains(words.count) && words.allSatisfy(tailWords.contains)
      && !RoleWords.folded(above).contains(where: tailWords.contains)
  }

  /// The last words of a credential's name, which a wrapped line may open with.
  private static let tailWords: Set<String> = [
    "certification", "certificate", "license", "licence", "credential", "registration",
    "designation", "endorsement", "administrator", "professional", "specialist", "associate",
    "practitioner", "technician", "developer", "architect", "engineer", "analyst", "manager",
    "provider", "instructor", "operator", "expert",
  ]

  /// The text without its pieces that only number the credential: "ServSafe Manager,
  /// Certification #24418806" → "ServSafe Manager"; "" when nothing else is left.
  static func withoutNumbers(_ text: String) -> String {
    guard text.contains(where: \.isNumber) else { return text }
    let pieces = text.components(separatedBy: ", ")
    let kept = pieces.filter { !isNumberLabel($0) }
    return kept.count == pieces.count ? text : kept.joined(separator: ", ")
  }

  /// True when the line names a credential by its noun or its body ("Valid Missouri
  /// driver's license", "Forklift card, expires 2026", "CPR/AED") or a safety course by its
  /// hours ("OSHA 10-Hour Construction"): a certificate in whatever section lists it.
  static func namesCredential(_ text: String) -> Bool {
    text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }.contains { word in
      credentialWords.contains(String(word)) || isHourCourse(word)
    }
  }

  /// Header lines that list the person's licences ("Class A CDL (Illinois), Hazmat and
  /// Tanker endorsements, clean MVR"): after the name's line, a credential named, and no
  /// contact data, job title or sentence on the line.
  static func headerCredentials(_ header: [ResumeLine]) -> [ResumeLine] {
    header.filter { !$0.isBlank }.dropFirst().filter { line in
      let text = line.text
      return namesCredential(text) && !LineShape.endsSentence(text)
        && !["@", "http", "www.", "|", "•", "·", ":"].contains { text.hasBytes($0) }
        && !RoleWords.hasTitleWord(text) && text.split(separator: " ").count <= 24
    }
  }

  /// "Class A CDL (Illinois), Hazmat and Tanker endorsements" → one line for each item,
  /// split at the commas outside brackets.
  static func listItems(_ line: ResumeLine) -> [ResumeLine] {
    var items: [String] = [""]
    var depth = 0
    for character in line.text {
      if character == "(" { depth += 1 }
      if character == ")" { depth = max(0, depth - 1) }
      if character == ",", depth == 0 {
        items.append("")
      } else {
        items[items.count - 1].append(character)
      }
    }
    return items.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.map {
      ResumeLine(text: $0, kind: .text, line: line.line)
    }
  }

  /// "10-hour", "30-hr": a course counted by its hours.
  private static func isHourCourse(_ word: Substring) -> Bool {
    guard let dash = word.firstIndex(of: "-"), dash > word.startIndex,
      word[..<dash].allSatisfy(\.isNumber)
    else { return false }
    return ["hour", "hr", "hours"].contains(word[word.index(after: dash)...])
  }

  private static let credentialWords: Set<String> = [
    "license", "licence", "licensed", "licensure", "certified", "certification",
    "certificate", "cert", "card", "permit", "endorsement", "endorsements", "registration",
    "registered", "credential", "clearance", "cdl", "cpr", "osha", "servsafe", "twic",
    "hazmat", "bls", "acls", "pals",
  ]

  private static let numberWords: Set<String> = ["#", "no", "nr", "num", "number", "id"]

  private static let numberedThings: Set<String> = [
    "certification", "certificate", "cert", "license", "licence", "credential",
    "registration", "member", "membership", "card", "permit", "exam", "candidate",
  ]

  private static let expiryWords: Set<String> = [
    "expires", "expire", "expiring", "expired", "exp", "expiry", "expiration", "renew",
    "vence", "vencimiento", "expire", "gultig",
  ]

  private static let cueWords =
    #"(?:expires?|expiring|expired|exp\.?|expiry|expiration(?: date)?|valid(?: through| thru"#
    + #"| until| till| to)?|renewed|issued|earned|obtained|completed|passed|awarded|received"#
    + #"|certified|recertified|renews?|renewal|since|until|through|date|vence)"#

  /// "( expires )", "(renewed)", "()": parentheses the date was taken out of.
  private static let emptyAside = Pattern(#"\s*\(\s*(?:"# + cueWords + #")?\s*[:,.]?\s*\)"#)
  private static let asideCue = Pattern(#"[,;]\s*"# + cueWords + #"\s*\)"#)
  /// ", completed" or " issued" left at the end.
  private static let trailingCue = Pattern(#"[,;]?\s*\b"# + cueWords + #"\s*[:.]?\s*$"#)

  private static let issuerWords: Set<String> = [
    "association", "society", "institute", "council", "board", "academy", "cross", "college",
    "university", "commission", "foundation", "agency", "bureau", "coursera", "udemy", "edx",
    "linkedin", "osha", "pmi", "comptia", "isaca", "hrci", "shrm", "aicpa", "nbcot", "ancc",
    "aacn", "nremt", "aama", "nha", "aha", "amt", "ncct", "aapc", "ahima", "ptcb", "nccer",
    "google", "microsoft", "amazon", "cisco", "oracle", "salesforce",
  ]
}
