import Foundation

/// The credentials a resume writes after the person's name ("Chloe Dubois, RVT", "ANGELA
/// BROOKS, LCSW-C"), which JSON Resume's `basics.name` leaves out, so a match finds them.
enum PostNominals {
  /// "RVT" for the line "Chloe Dubois, RVT" among the first lines of `source`; nil when the
  /// name is followed by anything but acronyms ("Dana Reyes, Denver, CO").
  static func credentials(after name: String?, in source: String?) -> String? {
    guard let name, !name.isEmpty, let source else { return nil }
    for line in source.split(separator: "\n").prefix(6) {
      guard let range = line.range(of: name + ",", options: .caseInsensitive) else { continue }
      // A two-column layout puts the next column after a run of spaces.
      let column = line[range.upperBound...].components(separatedBy: "  ")[0]
      let items = column.split(separator: ",").map { $0.trimmingSpaces() }
      guard !items.isEmpty, items.allSatisfy(isCredential) else { return nil }
      return items.joined(separator: ", ")
    }
    return nil
  }

  /// "RVT", "LCSW-C", "Ph.D": two to ten capitals, digits, dots or hyphens.
  private static func isCredential(_ item: String) -> Bool {
    (2...10).contains(item.count) && item.contains(where: \.isUppercase)
      && item.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" || $0 == "." }
  }
}
