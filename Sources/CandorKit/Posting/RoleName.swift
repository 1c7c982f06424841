import Foundation

/// The posting's title as a letter names the role: the terms of employment a board adds in
/// brackets or after a dash ("Staff Pharmacist (Part-Time, 24 hrs/week)", "Truck Driver -
/// Seasonal Peak (Oct-Jan)") describe the job's hours, not the role one applies for, and a
/// board's category ("General Manager - Full Service Restaurant") the kind of workplace.
enum RoleName {
  /// `title` without its trailing terms of employment; the title itself when none trail it
  /// or nothing would be left.
  static func forProse(_ title: String) -> String {
    var name = title.trimmingSpaces()
    while let shorter = withoutTerms(name), !shorter.isEmpty { name = shorter }
    return name
  }

  /// ``forProse(_:)`` without a last part that names `company`, which the sentence around
  /// the role names already: "Senior Software Engineer, Tendermint" at Tendermint is the
  /// "Senior Software Engineer position at Tendermint", never "… Tendermint position at
  /// Tendermint".
  static func forProse(_ title: String, company: String?) -> String {
    let name = forProse(title)
    guard let company = company?.trimmingSpaces().lowercased(), !company.isEmpty else {
      return name
    }
    for marker in [", ", " - ", " – ", " — ", " | ", " at "] {
      guard let cut = name.range(of: marker, options: .backwards),
        name[cut.upperBound...].trimmingSpaces().lowercased() == company
      else { continue }
      let shorter = name[..<cut.lowerBound].trimmingSpaces()
      return shorter.isEmpty ? name : shorter
    }
    return name
  }

  /// `name` with its last bracket or dash-separated part dropped when that part only states
  /// terms of employment; nil when it does not.
  private static func withoutTerms(_ name: String) -> String? {
    if name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) {
      let inner = name[open.upperBound..<name.index(before: name.endIndex)]
      let drops = statesTerms(inner) || namesCredentials(inner) || namesWorkplace(inner)
      return drops ? name[..<open.lowerBound].trimmingSpaces() : nil
    }
    for marker in [" - ", " – ", " — ", " | ", ", "] {
      guard let cut = name.range(of: marker, options: .backwards) else { continue }
      let part = name[cut.upperBound...]
      let drops = statesTerms(part) || namesCredentials(part) || namesWorkplace(part)
      return drops ? name[..<cut.lowerBound].trimmingSpaces() : nil
    }
    return nil
  }

  /// True when a bracket only names credentials ("LCSW", "RN or LPN", "CMA/RMA"): what the
  /// posting asks of the applicant, which a letter must not seem to claim with the title.
  private static func namesCredentials(_ part: Substring) -> Bool {
    let names = part.replacingOccurrences(of: " or ", with: "/").split { "/,".contains($0) }
      .map { $0.trimmingSpaces() }
    return !names.isEmpty
      && names.allSatisfy { Lexicon.standard.entry(for: $0)?.category == .certification }
  }

  /// True when `part` ends in a kind of workplace ("Full Service Restaurant", "Retail
  /// Store"): the board's category for the job, not a word of its title.
  private static func namesWorkplace(_ part: Substring) -> Bool {
    let words = part.split(whereSeparator: { !$0.isLetter })
    guard let last = words.last?.lowercased(), words.count <= 4 else { return false }
    return workplaces.contains(last)
  }

  private static let workplaces: Set<String> = [
    "restaurant", "restaurants", "store", "stores", "hotel", "clinic", "hospital", "warehouse",
    "cafe", "café", "pub", "branch", "facility", "kitchen",
  ]

  /// True when a word of `part` is a term of employment ("part-time", "seasonal", "hrs",
  /// "Oct"), so the part speaks of hours, contract or season.
  private static func statesTerms(_ part: Substring) -> Bool {
    let lower = part.lowercased()
    if lower.contains("part time") || lower.contains("full time") { return true }
    return part.split(whereSeparator: { !$0.isLetter && $0 != "-" }).contains { word in
      let word = word.lowercased()
      return terms.contains(word)
        || word.split(separator: "-").contains { terms.contains(String($0)) }
    }
  }

  private static let terms: Set<String> = [
    "part-time", "full-time", "contract", "contractor", "temporary", "temp",
    "seasonal", "season", "peak", "prn", "diem", "remote", "hybrid", "on-site", "onsite",
    "hrs", "hours", "hour", "weekly", "months", "month", "weeks", "nights", "overnight",
    "weekends", "weekend", "evenings", "fixed-term", "fte", "locum", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "summer", "winter",
    "holiday",
  ]
}
