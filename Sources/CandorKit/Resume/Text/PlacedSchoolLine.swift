import Foundation

/// Reads a resume builder's education line that names no school word: "<field> <City>,
/// <Region> <School>", the dates already taken off. The school is what follows the region.
enum PlacedSchoolLine {
  /// The field studied (nil when none is written) and the school; nil when the line does
  /// not have that shape.
  static func read(_ text: String) -> (area: String?, school: String)? {
    let halves = text.components(separatedBy: ", ")
    guard halves.count == 2 else { return nil }
    let before = halves[0].split(separator: " ").map(String.init)
    let after = halves[1].split(separator: " ").map(String.init)
    for length in [3, 2, 1] where length < after.count {
      let place = after[..<length].joined(separator: " ")
      guard LocationParser.isRegion(place) || LocationParser.countryCode(for: place) != nil
      else { continue }
      // FIXME: a city of two words leaves its first word on the field.
      let area = before.dropLast().joined(separator: " ")
      return (area.isEmpty ? nil : area, after[length...].joined(separator: " "))
    }
    return nil
  }
}
