/// The pieces of an education line that name the field, a concentration or a detail.
extension EducationParser {
  /// "Aviation Maintenance Technology, A.A.S.": the field written first, before a degree
  /// named by its letters alone.
  static func precedesBareDegree(_ index: Int, in pieces: [EntryFields.Piece]) -> Bool {
    guard index == 0, pieces.count > 1, pieces[1].separator == ", ",
      DegreeWords.isDegree(pieces[1].text), DegreeWords.split(pieces[1].text).area == nil
    else { return false }
    return isFieldName(pieces[0].text) && !RoleWords.isTitle(pieces[0].text)
  }

  /// A field's name: a few words without figures, starting in capitals ("Counseling"),
  /// unlike a detail line under the degree ("1,920 hours of FAA Part 147 training").
  static func isFieldName(_ text: String) -> Bool {
    text.first?.isUppercase == true && !text.contains(where: \.isNumber)
      && text.split(separator: " ").count <= 6
  }

  /// A line under an entry that states what the study held: words and a figure ("1,920
  /// hours of FAA Part 147 training; graduated with a 3.8 GPA").
  static func isDetail(_ text: String) -> Bool {
    text.contains(where: \.isNumber) && text.split(separator: " ").count >= 4
  }

  /// "option in School Counseling", "concentration in Finance", "emphasis: Voice": the
  /// concentration's field, nil for any other piece.
  static func concentration(in piece: String) -> String? {
    let lower = piece.lowercased()
    for opener in concentrationOpeners where lower.hasPrefix(opener) {
      let field = piece.dropFirst(opener.count).trimmingSpaces()
      return field.isEmpty ? nil : field
    }
    return nil
  }

  static let concentrationOpeners = [
    "option in ", "concentration in ", "emphasis in ", "specialization in ",
    "specialisation in ", "track in ", "focus in ", "concentration: ", "emphasis: ",
    "specialization: ", "option: ", "track: ",
  ]
}
