import Foundation

/// The education a letter can mention, one entry per course of study.
extension LetterPlanner {
  /// The highest degree, one that names its field first.
  func education() -> PlannedEducation? {
    let entries = educationEntries()
    let ranks = entries.map { DegreeRank.rank($0.studyType) }
    let topRank = ranks.max() ?? 0
    let top = entries.indices.filter { ranks[$0] == topRank }.map { entries[$0] }
    return top.first { $0.area != nil } ?? top.first
  }

  /// The other education entries, one per distinct course of study, at most two (a longer
  /// comma list runs institution names together).
  func furtherEducation() -> [PlannedEducation] {
    guard let first = education() else { return [] }
    var seen: Set<String> = [Self.studyKey(first)]
    let entries = educationEntries()
    let ranks = entries.map { DegreeRank.rank($0.studyType) }
    let rest = entries.indices.sorted { (-ranks[$0], $0) < (-ranks[$1], $1) }.map { entries[$0] }
    return rest.filter {
      $0.path != first.path && seen.insert(Self.studyKey($0)).inserted
    }.prefix(2).map { $0 }
  }

  func educationEntries() -> [PlannedEducation] {
    resume.resume.education.enumerated().compactMap { index, entry in
      guard let institution = entry.institution?.trimmingSpaces(),
        !institution.isEmpty, !PlaceholderCheck.containsPlaceholder(institution)
      else { return nil }
      func field(_ text: String?) -> String? {
        // "Civil Engineering," before a year of study the reader took out: the comma
        // separated fields and is no part of the name.
        let trimmed = text?.trimming(where: Self.isFieldEdge) ?? ""
        return trimmed.isEmpty ? nil : trimmed
      }
      var planned = PlannedEducation(
        institution: institution, studyType: field(entry.studyType), area: field(entry.area),
        path: "education[\(index)]")
      planned.yearOfStudy = field(entry.yearOfStudy)
      if let end = entry.endDate.flatMap(MonthStamp.init), let now = MonthStamp(today),
        end > now
      {
        planned.isExpected = true
      }
      return planned
    }
  }

  /// `CharacterSet.whitespaces` with "," and ";".
  private static func isFieldEdge(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "," || scalar == ";" || TrimSet.isSpace(scalar)
  }

  /// One key per course of study: "MBA" at "Tamil Nadu SNS College" and at "SNS College" is
  /// the same degree read twice.
  static func studyKey(_ entry: PlannedEducation) -> String {
    (entry.studyType ?? entry.area ?? entry.institution).lowercased()
  }
}
