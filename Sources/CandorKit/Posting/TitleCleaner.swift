/// Removes the noise job boards and exports put around a title.
enum TitleCleaner {
  private static let runOfSpaces = Pattern("  +", caseSensitive: true)

  /// `raw` without its noise; a department said after the title ("CLAIMS ADJUSTER II -
  /// Property") or a part of the employer ("— The Harbour Inn") is set apart
  /// (``TitleDepartment``).
  static func clean(_ raw: String, company: String?) -> (title: String, department: String?) {
    let (title, shoutedHead) = tidy(raw, company: company)
    if let company, let (head, unit) = TitleDepartment.unit(in: title, company: company) {
      return (head, unit)
    }
    guard let (head, department) = TitleDepartment.split(title, shoutedHead: shoutedHead)
    else { return (title, nil) }
    return (head, department)
  }

  /// The title less its noise, and whether it was shouted before a dash and not after
  /// ("CLAIMS ADJUSTER II - Property"), which marks what follows as a department.
  private static func tidy(_ raw: String, company: String?) -> (String, shoutedHead: Bool) {
    var title = removeRequisition(raw.trimmed)
    for pattern in prefixes { title = pattern.replacing(in: title, with: "") }
    title = genderMarker.replacing(in: title, with: "")
    for pattern in scheduleQualifiers { title = pattern.replacing(in: title, with: "") }
    if endsInArrangement(title) { title = arrangementSuffix.replacing(in: title, with: "") }
    if let company { title = removeCompanySuffix(title, company: company) }
    title = runOfSpaces.replacing(in: title, with: " ")
    title = title.trimming(charactersIn: " :-–—|,")
    if isShouting(title) { return (TitleCase.fromCapitals(title), false) }
    // "CLAIMS ADJUSTER II - Property": the shouted title before its department.
    if let dash = TitleDepartment.dash(in: title), isShouting(String(title[..<dash.lowerBound])) {
      return (
        TitleCase.fromCapitals(String(title[..<dash.lowerBound])) + title[dash.lowerBound...],
        true
      )
    }
    return (title, false)
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

  /// " — Freelance/Remote", " (Full-Time)", " | Part Time": how the job is worked, said
  /// after the title, no part of it.
  /// True when the title's last word is one of `arrangementWords`' last words: a test that
  /// passes over most titles before the pattern runs.
  private static func endsInArrangement(_ title: String) -> Bool {
    let last = title.utf8.reversed().drop { $0 == 0x29 || $0 == 0x20 }
      .prefix { $0 != 0x20 && $0 != 0x2F && $0 != 0x2D }
    return arrangementEnds.contains(String(decoding: last.reversed(), as: UTF8.self).lowercased())
  }

  private static let arrangementEnds: Set<String> = [
    "freelance", "remote", "hybrid", "onsite", "site", "time", "fulltime", "parttime",
    "contract", "temporary", "vollzeit", "teilzeit",
  ]

  private static let arrangementSuffix = Pattern(
    #"\s*(?:[-–—|,]\s+|\()(?:"# + arrangementWords + #")(?:\s*(?:/|,|&|or|and)\s*(?:"#
      + arrangementWords + #"))*\s*\)?$"#,
    requiring: [
      "freelance", "remote", "hybrid", "site", "time", "contract", "temporary", "zeit",
    ])
  private static let arrangementWords =
    #"freelance|remote|hybrid|on-?site|full[- ]?time|part[- ]?time|contract|temporary"#
    + #"|vollzeit|teilzeit"#

  /// "- 2nd Shift", "(Nights)", "(Grades 9–12)", "(K-5)", "(1.0 FTE)": which shift, grades
  /// or share of a week, said after the title; the role a letter names is the title before.
  private static let scheduleQualifiers = [
    Pattern(
      #"\s*(?:[-–—,|/]\s*|\()(?:(?:1st|2nd|3rd|first|second|third|day|night|evening|overnight"#
        + #"|graveyard|swing|weekend|rotating|split|mid|morning|afternoon)\s+shift"#
        + #"|shift\s+[a-d1-3]|days|nights|evenings|overnights|weekends)\s*\)?$"#),
    Pattern(
      #"\s*(?:[-–—,|]\s*|\()(?:grades?|gr\.)\s*(?:k|pk|pre-?k|\d{1,2})(?:\s*(?:[-–—/]|to"#
        + #"|through|and|&)\s*\d{1,2})?\s*\)?$"#),
    Pattern(
      #"\s*\((?:k|pk|pre-?k|\d{1,2}(?:st|nd|rd|th)?)\s*[-–—]\s*"#
        + #"\d{1,2}(?:st|nd|rd|th)?(?:\s+grades?)?\s*\)$"#),
    // "(1.0 FTE)", "(FTE 0.8)": how much of a full week the post is.
    Pattern(
      #"\s*\((?:\d(?:\.\d{1,2})?\s*FTE|FTE:?\s*\d(?:\.\d{1,2})?)\)$"#, requiring: ["fte"]),
  ]

  private static func removeCompanySuffix(_ title: String, company: String) -> String {
    for separator in [" - ", " – ", " — ", " | ", " at ", " @ "] {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      let suffix = String(title[range.upperBound...])
      // "Larch & Finch" and "Larch & Finch Distribution" name the same company.
      let (short, long) =
        suffix.count < company.count
        ? (suffix.folded, company.folded)
        : (company.folded, suffix.folded)
      if short == long || long.hasPrefix(short + " ") {
        return String(title[..<range.lowerBound])
      }
    }
    return title
  }

  static func isShouting(_ text: String) -> Bool {
    let letters = text.filter(\.isLetter)
    return letters.count > 6 && letters.allSatisfy(\.isUppercase)
  }
}
