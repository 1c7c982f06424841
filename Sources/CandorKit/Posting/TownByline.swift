/// A town without its region, first in a byline whose other parts are only the terms of the
/// job and its pay: "Hamburg · Vollzeit oder Teilzeit · 3.800 € – 4.500 € brutto monatlich",
/// "Lyon (69) · CDI · 38 000 € brut annuel". Only the parts beside it show it is a place,
/// so a name that could be the employer's is never taken.
enum TownByline {
  /// The town, without a French département's number ("Lyon"), or nil.
  static func find(_ top: [TextLine], company: String?) -> SourcedValue? {
    guard let company else { return nil }
    for line in top where line.kind == .text && line.text.hasAtMostCharacters(160) {
      let parts = PlaceLine.bylineParts(line.text).map { String($0).trimmed }
      guard (2...5).contains(parts.count), parts.dropFirst().allSatisfy(isTermOrPay),
        let town = town(parts[0], company: company)
      else { continue }
      return SourcedValue(text: town, line: line.line)
    }
    return nil
  }

  /// "Lyon (69)" → "Lyon": one to three capitalised words, no term of the job, no title,
  /// no organisation and nothing of the company's name.
  private static func town(_ part: String, company: String) -> String? {
    let name = departement.replacing(in: part, with: "").trimmed
    let words = name.split(separator: " ").map(String.init)
    guard (1...3).contains(words.count),
      words.allSatisfy({ word in
        word.first?.isUppercase == true
          && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
      }),
      !isTermOrPay(name), !PostingRoleWords.isTitleLike(name),
      !OrganisationNames.named(by: words),
      !company.folded.contains(name.folded), !name.folded.contains(company.folded)
    else { return nil }
    return name
  }

  private static let departement = Pattern(#"\s*\((?:\d{2,3}|2[AB])\)$"#)

  /// "Vollzeit oder Teilzeit", "CDI", "Full-time", "38 000 € brut annuel".
  private static func isTermOrPay(_ part: String) -> Bool {
    if part.hasDigit, "€$£".contains(where: part.contains) { return true }
    return terms.matches(part)
  }

  private static let terms = Pattern(
    #"^(?:(?:"#
      + Pattern.anyOf([
        "full[- ]time", "part[- ]time", "vollzeit", "teilzeit", "cdi", "cdd", "temps plein",
        "temps partiel", "intérim", "alternance", "jornada completa", "media jornada",
        "tiempo completo", "tiempo parcial", "contrato indefinido", "indefinido", "contract",
        "permanent", "temporary", "seasonal", "internship", "befristet", "unbefristet",
        "festanstellung", "remote", "hybrid", "on-?site", "per diem",
      ]) + #")(?:\s+(?:oder|ou|o|or|/)\s+|\s*/\s*|\s*,\s*)?)+$"#)
}
