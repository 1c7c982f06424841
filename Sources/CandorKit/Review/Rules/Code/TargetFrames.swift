/// Frames that name a company as the letter's target without "at" or "join": "Dwyer
/// Halvorsen CPAs is my first choice", "Dwyer Halvorsen is where I want to do it", "the
/// clients of Dwyer Halvorsen CPAs" (`WrongCompanyCheck` excuses the posting's company and
/// any name the resume, the posting or the lexicon gives).
enum TargetFrames {
  /// The names such frames give in `words`, as word index ranges.
  static func names(in words: [LetterWord], _ text: String) -> [Range<Int>] {
    var found: [Range<Int>] = []
    for index in words.indices {
      if words[index].key == "is", isChoice(words, after: index),
        let name = NameMatching.properName(in: words, endingBefore: index, text: text)
      {
        found.append(name)
      }
      guard words[index].key == "of", index > 0, served.contains(words[index - 1].key)
      else { continue }
      var start = index + 1
      if start < words.count, words[start].key == "the" { start += 1 }
      if start < words.count,
        let name = NameMatching.properName(in: words, from: start, text: text)
      {
        found.append(name)
      }
    }
    return found
  }

  /// The people a company serves or employs: "the clients of X".
  private static let served: Set<String> = [
    "clients", "customers", "patients", "students", "families", "members", "team", "staff",
  ]

  /// Words after "is" that make the name before it the writer's choice of employer.
  private static let choices: [[String]] = [
    ["my", "first", "choice"], ["my", "top", "choice"], ["my", "choice"],
    ["my", "first", "pick"], ["where", "i", "want", "to"], ["where", "i", "would", "like", "to"],
    ["where", "i", "hope", "to"],
  ]

  /// Verbs of work after "where I want to": "work", "do it", "build my career".
  private static let workVerbs: Set<String> = [
    "work", "do", "build", "grow", "spend", "start", "practise", "practice",
  ]

  private static func isChoice(_ words: [LetterWord], after index: Int) -> Bool {
    let next = words[(index + 1)...].prefix(6).map(\.key)
    return choices.contains { choice in
      guard next.starts(with: choice) else { return false }
      guard choice.last == "to" else { return true }
      return next.count > choice.count && workVerbs.contains(next[choice.count])
    }
  }
}
