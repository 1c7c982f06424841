/// The names of the organisations a resume names (employers, schools, volunteer bodies),
/// whose words are part of a name, not skills: "Puget Sound Site Design" claims no web
/// design, "Harbor Data Analytics Group" no data analytics.
enum ResumeOrganizations {
  /// Every employer, school and volunteer organisation of `resume` of two words or more.
  static func of(_ resume: Resume) -> [String] {
    let names =
      resume.work.compactMap(\.name) + resume.volunteer.compactMap(\.organization)
      + resume.education.compactMap(\.institution)
    return names.filter { $0.contains(" ") }
  }

  /// Where each of `names` stands in `text`.
  static func ranges(of names: [String], in text: String) -> [Range<String.Index>] {
    names.compactMap { text.byteRange(of: $0) }
  }

  /// True when `range` lies within one of `names` and is not the whole name: a word of
  /// the name. A name that is only a product ("Salesforce") is left to the reader.
  static func isInside(_ range: Range<String.Index>, _ names: [Range<String.Index>]) -> Bool {
    names.contains { name in
      name != range && name.contains(range.lowerBound) && range.upperBound <= name.upperBound
    }
  }
}
