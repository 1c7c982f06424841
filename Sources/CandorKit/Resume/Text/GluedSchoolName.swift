import Foundation

/// Takes apart a school name into which a flattened resume export glued the degree, the
/// field or the place: "Bachelor's Commerce India Guru Nanak high school" is a Bachelor's
/// in Commerce at "Guru Nanak high school"; "Tamil Nadu SNS College" is "SNS College".
enum GluedSchoolName {
  /// The field found before a glued place (when there is one), the school's own name and
  /// the place; nil when the name has nothing glued to it. A place that opens the name
  /// counts as glued only `afterCity` ("Chidambaram, Tamil Nadu SNS College"): alone it
  /// may be the name's own ("Texas A&M University").
  static func unglued(_ institution: String, studyType: String?, afterCity: Bool = false)
    -> (area: String?, school: String, place: String?)?
  {
    var words = institution.split(separator: " ").map(String.init)
    let degree = (studyType ?? "").split(separator: " ").map(String.init)
    let hadDegree = !degree.isEmpty && words.starts(with: degree) && words.count > degree.count
    if hadDegree { words.removeFirst(degree.count) }
    // "The Ohio State University": a place after the name's own article opens the name.
    guard let (start, end) = gluedPlace(in: words), start > 0 || hadDegree || afterCity,
      start == 0 || !words[..<start].allSatisfy(isArticle)
    else {
      return hadDegree ? (nil, words.joined(separator: " "), nil) : nil
    }
    let school = words[end...].joined(separator: " ")
    let before = words[..<start].joined(separator: " ")
    // A city before the place ("Chidambaram, Tamil Nadu") is more of the place, not a field.
    let area = before.isEmpty || before.hasSuffix(",") ? nil : before
    let place = words[start..<end].joined(separator: " ")
      .trimmingPunctuation()
    return (area, school, place)
  }

  private static func isArticle(_ word: String) -> Bool {
    ["the", "la", "el", "le"].contains(word.lowercased())
  }

  /// The first run of one to three words that names a country or region and is followed by
  /// a school's name: its word bounds.
  private static func gluedPlace(in words: [String]) -> (Int, Int)? {
    for start in words.indices {
      for length in [3, 2, 1] where start + length < words.count {
        let place = words[start..<start + length].joined(separator: " ")
          .trimmingPunctuation()
        let rest = words[(start + length)...].joined(separator: " ")
        guard LocationParser.countryCode(for: place) != nil || LocationParser.isRegion(place),
          RoleWords.isSchool(rest), !isGeneric(words[(start + length)...])
        else { continue }
        return (start, start + length)
      }
    }
    return nil
  }

  /// "State University", "Community College", "Institute of Technology": words that name
  /// no school alone, so the place before them is the school's own ("Colorado State
  /// University", "California State University, Fresno"). A note in brackets after them
  /// ("University (CAPTE-accredited)") is no part of the name.
  private static func isGeneric(_ words: ArraySlice<String>) -> Bool {
    words.prefix { !$0.hasPrefix("(") }.allSatisfy { word in
      genericWords.contains(word.lowercased().trimmingPunctuation())
    }
  }

  private static let genericWords: Set<String> = [
    "state", "university", "college", "community", "technical", "institute", "of",
    "technology", "polytechnic", "school", "tech", "a&m", "the", "and", "science",
    "sciences", "medical", "high",
  ]
}
