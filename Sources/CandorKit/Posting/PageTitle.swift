/// Reads the title a browser prints at the top of each page of a saved web page:
/// "Title en Company - Section - Site", "COMPANY: Convocatoria para Title en Place",
/// "company jobs".
struct PageTitle: Equatable {
  var title: String?
  var company: String?
  var location: String?

  init(_ text: String) {
    if let groups = Self.callPattern.groups(in: text) {
      company = groups[1].trimmedValue
      title = groups[2].trimmedValue
      location = groups[3].isEmpty ? nil : groups[3].trimmedValue
      return
    }
    if let groups = Self.jobsPattern.groups(in: text) {
      company = groups[1].trimmedValue
      return
    }
    var parts = text.components(separatedBy: " - ").flatMap { $0.components(separatedBy: " | ") }
    if parts.count >= 3 { parts.removeLast() }  // the site's name
    let head = TitleCleaner.removeRequisition(parts.first ?? text)
    if let groups = Self.atPattern.groups(in: head), RoleWords.isTitleLike(groups[1]) {
      title = groups[1].trimmedValue
      company = groups[2].trimmedValue
    } else if RoleWords.isTitleLike(head) {
      title = head.trimmedValue
      company = parts.count >= 2 ? parts[1].trimmedValue : nil
    }
  }

  private static let callPattern = Pattern(
    #"^(.{2,60}?):\s*(?:convocatoria|oferta|vacante)\s+(?:para|de)\s+(.+?)(?:\s+en\s+(.+))?$"#)
  private static let jobsPattern = Pattern(
    #"^(\S+(?:\s\S+){0,3})\s+(?:jobs|careers|career site|empleos|stellenangebote|emplois)$"#)
  private static let atPattern = Pattern(
    #"^(.+?)\s+(?:en|at|bei|chez|em|presso|@)\s+(\S.*)$"#)
}

/// Removes the noise job boards and exports put around a title.
enum TitleCleaner {
  static func clean(_ raw: String, company: String?) -> String {
    var title = removeRequisition(raw.trimmed)
    for pattern in prefixes { title = pattern.replacing(in: title, with: "") }
    title = genderMarker.replacing(in: title, with: "")
    if let company { title = removeCompanySuffix(title, company: company) }
    title = title.replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
    title = title.trimmingCharacters(in: .init(charactersIn: " :-–—|,"))
    return isShouting(title) ? TitleCase.apply(title.lowercased()) : title
  }

  /// "RQ-0950-2023-1-Practicante…" → "Practicante…"; "(Req #1234)" and "Job ID: 55" go too.
  static func removeRequisition(_ text: String) -> String {
    let leading = leadingCode.replacing(in: text, with: "")
    return trailingCode.replacing(in: leading, with: "").trimmed
  }

  private static let leadingCode = Pattern(#"^[A-Z]{1,4}-?\d[\d-]*-(?=\p{L})"#, caseSensitive: true)
  private static let trailingCode = Pattern(
    #"\s*[-–(|]\s*(req(uisition)?|job id|ref)\.?\s*(#|no\.?|:)?\s*[\w-]+\)?\s*$"#)
  private static let prefixes = [
    Pattern(#"^(job|career|employment) (opportunity|opening|offer) at [^:–—-]+[:–—-]\s*"#),
    Pattern(#"^(job|career|employment) (opportunity|opening|offer|vacancy)\s*[:–—-]\s*"#),
    Pattern(
      #"^(now hiring|we('re| are) hiring|hiring|vacancy|job title|title|position)"#
        + #"\s*[:–—-]\s*"#),
    Pattern(
      #"^(oferta de (empleo|trabajo)|convocatoria|stellenangebot|offre d'emploi)\s*[:–—-]\s*"#),
    Pattern(#"^(convocatoria|oferta|vacante) (para|de)\s+"#),
  ]
  private static let genderMarker = Pattern(
    #"\s*\((?:[mwfdxh]\s*/\s*)+[mwfdxh]\)|\s*\((?:all genders|mwd|gn\*?)\)"#)

  private static func removeCompanySuffix(_ title: String, company: String) -> String {
    for separator in [" - ", " – ", " — ", " | ", " at ", " @ "] {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      let suffix = String(title[range.upperBound...])
      if suffix.folded == company.folded || company.folded.hasPrefix(suffix.folded + " ") {
        return String(title[..<range.lowerBound])
      }
    }
    return title
  }

  private static func isShouting(_ text: String) -> Bool {
    let letters = text.filter(\.isLetter)
    return letters.count > 6 && letters.allSatisfy(\.isUppercase)
  }
}

/// Title case for words found in running text ("senior software engineer").
enum TitleCase {
  private static let small: Set<String> = [
    "of", "and", "for", "the", "in", "at", "to", "with", "on", "a", "an", "or", "de", "y", "la",
    "el", "del", "und", "für", "et", "du", "des",
  ]
  private static let acronyms: Set<String> = [
    "ux", "ui", "qa", "it", "hr", "vp", "sre", "cto", "ceo", "cfo", "rn", "lpn", "icu", "api",
    "aws", "sql", "ml", "ai", "bi", "etl", "seo", "pr", "erp", "crm", "ios", "pacu", "ti",
  ]

  static func apply(_ text: String) -> String {
    text.split(separator: " ").enumerated().map { index, word in
      let lower = word.lowercased()
      if acronyms.contains(lower) { return lower == "ios" ? "iOS" : lower.uppercased() }
      if index > 0, small.contains(lower) { return lower }
      guard word.first?.isLowercase == true || word == word.uppercased() else {
        return String(word)
      }
      return lower.prefix(1).uppercased() + lower.dropFirst()
    }.joined(separator: " ")
  }
}
