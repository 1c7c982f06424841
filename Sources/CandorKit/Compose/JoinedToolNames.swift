/// Tools a resume writes side by side as one product's name: "logged hours on Samsara ELD"
/// names one device, which a list says once ("Samsara ELD"), never as two ("Samsara and
/// ELD").
enum JoinedToolNames {
  /// `names` with each pair that `text` writes as neighbouring whole words joined, in the
  /// order the text gives them; the text is matched without regard to case.
  static func joined(_ names: [String], in text: String) -> [String] {
    joined(names, inLowered: text.lowercased())
  }

  /// `joined(_:in:)` on a text already lowercased.
  static func joined(_ names: [String], inLowered lowered: String) -> [String] {
    var result = names
    var index = 0
    while index < result.count {
      let first = result[index]
      let partner = result.indices.first { other in
        other != index
          && RequirementOptions.contains(lowered, word: (first + " " + result[other]).lowercased())
      }
      if let partner {
        result[index] = first + " " + result[partner]
        result.remove(at: partner)
        if partner < index { index -= 1 }
      } else {
        index += 1
      }
    }
    return result
  }
}
