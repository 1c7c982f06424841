/// A person's name as typed in an option (`--referrer`, `--to`): one typed all in small
/// letters ("imani okafor-bell") is capitalised word by word and at each hyphen or
/// apostrophe ("Imani Okafor-Bell", "O'Brien"), with a surname's particles ("van", "de la")
/// left small; a name with any capital is kept as typed ("McKay", "de Souza").
enum TypedName {
  static func cased(_ name: String) -> String {
    guard name.contains(where: \.isLetter), !name.contains(where: \.isUppercase) else {
      return name
    }
    let words = name.split(separator: " ", omittingEmptySubsequences: false)
    return words.enumerated().map { index, word in
      let lower = String(word)
      return index > 0 && index < words.count - 1 && particles.contains(lower)
        ? lower : EmployerName.capitalized(lower)
    }.joined(separator: " ")
  }

  /// "Peter Sandoval, PE" → "Peter Sandoval", "Ode Lind, PhD, MBA" → "Ode Lind": letters
  /// after a name are no part of a greeting; "Jr." and "III" are part of the name.
  static func withoutPostNominals(_ name: String) -> String {
    var pieces = name.split(separator: ",").map { $0.trimmingSpaces() }
    while pieces.count > 1, let last = pieces.last, isPostNominal(last) { pieces.removeLast() }
    return pieces.joined(separator: ", ")
  }

  /// "PE", "PhD", "M.B.A.": two to six letters, two of them capitals, not a roman numeral.
  private static func isPostNominal(_ piece: String) -> Bool {
    let letters = piece.filter { $0 != "." }
    guard (2...6).contains(letters.count), letters.allSatisfy(\.isLetter),
      letters.filter(\.isUppercase).count >= 2
    else { return false }
    return !letters.allSatisfy { "IVX".contains($0) }
  }

  /// Small words inside a surname that stay small ("Ludwig van Beethoven").
  private static let particles: Set<String> = [
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "la",
    "le", "ter", "ten", "bin", "binti",
  ]
}
