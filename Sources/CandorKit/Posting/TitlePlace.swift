/// A place in brackets at the end of a title heading: "HR Generalist — Larch & Finch
/// Distribution (Reno, NV)", "Store Manager – Harbor Point Outfitters (Store #214,
/// Annapolis, MD)". The place is where the job is, and no part of the title; the
/// words between the title and the place, after " — ", " - ", " | " or " at ", name the
/// company.
enum TitlePlace {
  /// The heading without its place, the company it names if any, and the place; nil when
  /// the heading ends in no place.
  static func split(_ heading: String) -> (title: String, company: String?, place: String)? {
    let text = heading.trimmed
    // Every such heading ends with its bracket, so most titles fail on their last byte.
    guard text.utf8.last == UInt8(ascii: ")"), text.hasBytes(", "),
      let open = text.range(of: " (", options: .backwards)
    else { return nil }
    let inside = String(text[open.upperBound...].dropLast())
    // "(Backend, Platform)" is a speciality; a place ends with its region's code.
    guard let code = inside.split(separator: " ").last, code.count == 2,
      code.allSatisfy(\.isUppercase), let place = place(in: inside)
    else { return nil }
    let title = String(text[..<open.lowerBound]).trimmed
    return (title, company(after: title), place)
  }

  /// "Annapolis, MD" in "(Annapolis, MD)" or in "(Store #214, Annapolis, MD)", where a
  /// store or branch number comes before the town.
  private static func place(in inside: String) -> String? {
    if let place = PlaceLine.place(in: inside) { return place }
    guard let comma = inside.range(of: ", "), String(inside[..<comma.lowerBound]).hasDigit else {
      return nil
    }
    return PlaceLine.place(in: String(inside[comma.upperBound...]))
  }

  /// "Larch & Finch Distribution" in "HR Generalist — Larch & Finch Distribution".
  private static func company(after title: String) -> String? {
    for separator in [" — ", " – ", " - ", " | ", " at "] {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      let head = String(title[..<range.lowerBound])
      let tail = String(title[range.upperBound...]).trimmed
      guard tail.first?.isUppercase == true, PostingRoleWords.isTitleLike(head),
        !PostingRoleWords.isTitleLike(tail)
      else { continue }
      return tail
    }
    return nil
  }
}
