import Foundation

/// Numbers that give people's ages ("children aged 3-12", "niños de 3- 12 años"): they
/// describe who was served, not a result, so they are not a measured achievement.
enum AgeRange {
  /// True when `quantity`, as written in `statement`, is followed by an age word within
  /// two words, or is preceded by "aged" or "ages".
  static func isAge(_ quantity: Quantity, in statement: String) -> Bool {
    let words = statement.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
      .map { $0.trimmingPunctuation() }
    let number = quantity.text.lowercased()
    for (index, word) in words.enumerated() where word == number {
      let after = words[(index + 1)..<min(words.count, index + 4)]
      let before = words[max(0, index - 2)..<index]
      if after.contains(where: ageWords.contains)
        || before.contains(where: { ["aged", "ages", "age", "edad", "edades"].contains($0) })
      {
        return true
      }
    }
    return false
  }

  private static let ageWords: Set<String> = [
    "años", "anos", "olds", "ans", "anni", "jahre", "jahren",
  ]
}
