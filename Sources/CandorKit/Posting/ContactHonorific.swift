/// The honorific a posting writes before its contact's name or surname: "Dr." in "Dr.
/// Rosalind Vance", "Ms" in "Ms Shah". A letter may use it; one the posting never writes is
/// a guess.
enum ContactHonorific {
  /// Honorifics, as word keys ("Dr." is "dr").
  static let keys: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof"]

  /// The honorific before `contact` or its surname in `lines`, as written, or nil.
  static func written(before contact: String, in lines: [TextLine]) -> String? {
    guard let surname = contact.split(separator: " ").last else { return nil }
    let word = wordsBefore([contact, String(surname)], in: lines).first {
      keys.contains($0.lowercased().filter(\.isLetter)) && $0.first?.isUppercase == true
    }
    return word.map(String.init)
  }

  /// The word `lines` write right before each occurrence of one of `names` ("Dr." and
  /// "Principal" in "Dr. Vance", "Principal Marcus Lee").
  static func wordsBefore(_ names: [String], in lines: [TextLine]) -> [Substring] {
    var words: [Substring] = []
    for line in lines {
      for name in names {
        var rest = line.text[...]
        while let found = rest.range(of: name) {
          let head = line.text[..<found.lowerBound]
          if head.last == " ", let word = head.dropLast().split(separator: " ").last {
            words.append(word)
          }
          rest = line.text[found.upperBound...]
        }
      }
    }
    return words
  }
}
