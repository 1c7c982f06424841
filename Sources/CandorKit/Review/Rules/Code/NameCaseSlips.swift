/// A name the resume or posting writes with capitals, written with its first word in lower
/// case: "open Transit Lab is where I led…" for Open Transit Lab. A pasted field that lost
/// its capital reads as a broken sentence. A name opening on a function word ("The Marlowe
/// Citadel") is left alone: "at the Marlowe Citadel" is how English writes it.
enum NameCaseSlips {
  static func hits(_ context: ReviewContext) -> [Hit] {
    let names = Set(
      (context.resume?.evidence ?? []).compactMap(\.organization)
        + [context.job?.company]
        .compactMap { $0 })
    let text = context.letter.text
    let written = names.map { (name: $0, keys: NameMatching.keys($0)) }.filter { name in
      name.keys.count >= 2 && name.name.first?.isUppercase == true
        && !ContentWords.stopWords.contains(name.keys[0])
    }
    guard !written.isEmpty else { return [] }
    var hits: [Hit] = []
    for (_, sentence) in context.bodySentences {
      let words = sentence.words
      for index in words.indices where text[words[index].range].first?.isLowercase == true {
        guard
          let name = written.first(where: { name in
            index + name.keys.count <= words.count
              && words[index..<(index + name.keys.count)].map { NameMatching.nameKey($0.key) }
                == name.keys
              && words[index + 1].isCapitalized
          })
        else { continue }
        let first = String(text[words[index].range])
        let fixed = first.prefix(1).uppercased() + first.dropFirst()
        hits.append(
          Hit(
            range: words[index].range,
            message: "write '\(first)' with its capital: '\(name.name)' is a name",
            suggestion: "write '\(fixed)'"))
      }
    }
    return hits
  }
}
