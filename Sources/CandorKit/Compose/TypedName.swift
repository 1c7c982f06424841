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

  /// Small words inside a surname that stay small ("Ludwig van Beethoven").
  private static let particles: Set<String> = [
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "la",
    "le", "ter", "ten", "bin", "binti",
  ]
}
