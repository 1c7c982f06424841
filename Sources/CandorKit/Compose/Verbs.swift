/// The small piece of English morphology the clause builder needs: resume bullets start
/// with action verbs in the past, present or base form.
enum Verbs {
  static func isPastTense(_ word: String) -> Bool {
    if irregularPast.contains(word) { return true }
    guard word.hasSuffix("ed"), word.count > 4 else { return false }
    return !notVerbsEndingInEd.contains(word)
  }

  static func isBase(_ word: String) -> Bool {
    base.contains(word)
  }

  /// "manages" → "manage", "oversees" → "oversee", "processes" → "process".
  static func baseOfThirdPerson(_ word: String) -> String? {
    let word = word.lowercased()
    guard word.hasSuffix("s"), word.count > 3 else { return nil }
    let candidates = [
      String(word.dropLast()), String(word.dropLast(2)),
      word.hasSuffix("ies") ? String(word.dropLast(3)) + "y" : "",
    ]
    return candidates.first { base.contains($0) }
  }

  private static let notVerbsEndingInEd: Set<String> = [
    "need", "seed", "speed", "feed", "bed", "red", "shed", "hundred", "detailed-oriented",
  ]

  static let irregularPast: Set<String> = [
    "led", "built", "ran", "wrote", "grew", "cut", "drove", "made", "won", "took", "set",
    "kept", "began", "brought", "taught", "sold", "spoke", "oversaw", "rebuilt", "rewrote",
    "found", "founded", "held", "met", "paid", "put", "shipped", "spent", "stood", "sent",
    "told", "thought", "understood", "upheld", "withdrew", "won", "gave", "got", "saw",
    "chose", "became", "did", "helped", "flew", "hired", "lent", "overhauled",
  ]

  /// Common action verbs in base form.
  static let base: Set<String> = [
    "achieve", "administer", "advise", "analyse", "analyze", "architect", "assess", "assist",
    "audit", "automate", "build", "coach", "collaborate", "communicate", "conduct", "configure",
    "consult", "contribute", "coordinate", "create", "debug", "define", "deliver", "deploy",
    "design", "develop", "diagnose", "direct", "document", "drive", "educate", "enable",
    "engineer", "enhance", "ensure", "establish", "evaluate", "execute", "expand", "facilitate",
    "forecast", "generate", "grow", "guide", "handle", "help", "hire", "identify", "implement",
    "improve", "increase", "install", "instruct", "integrate", "interview", "introduce", "launch",
    "lead", "maintain", "manage", "mentor", "migrate", "model", "monitor", "negotiate",
    "operate", "optimise", "optimize", "organise", "organize", "oversee", "own", "partner",
    "perform", "pilot", "plan", "prepare", "present", "prioritise", "prioritize", "process",
    "produce", "program", "provide", "publish", "recruit", "redesign", "reduce", "refactor",
    "report", "research", "resolve", "review", "run", "scale", "schedule", "secure", "sell",
    "serve", "ship", "simplify", "solve", "source", "spearhead", "standardise", "standardize",
    "streamline", "supervise", "support", "teach", "test", "track", "train", "transform",
    "troubleshoot", "tutor", "update", "upgrade", "use", "utilise", "utilize", "validate",
    "write", "work", "care", "treat", "administer", "assemble", "pack", "pick", "ship", "load",
    "unload", "greet", "answer", "close", "prospect", "reconcile", "file", "book", "draft",
    "litigate", "represent", "counsel", "onboard", "screen", "recruit", "tend", "cook",
  ]
}

extension Verbs {
  /// "Own the design and lead reviews" → "owning the design and leading reviews"; nil when
  /// the phrase does not start with a base-form verb.
  static func gerundPhrase(_ phrase: String) -> String? {
    var words = phrase.split(separator: " ").map(String.init)
    guard let first = words.first, isBase(first.lowercased()) else { return nil }
    words[0] = gerund(first.lowercased())
    for index in words.indices.dropFirst() where ["and", "or"].contains(words[index - 1]) {
      let word = words[index].trimmingCharacters(in: .punctuationCharacters)
      if isBase(word.lowercased()), word.first?.isLowercase == true {
        words[index] = words[index].replacingOccurrences(of: word, with: gerund(word))
      }
    }
    return words.joined(separator: " ")
  }

  /// "own" → "owning", "make" → "making", "cut" → "cutting", "see" → "seeing".
  static func gerund(_ verb: String) -> String {
    if verb.hasSuffix("ie") { return String(verb.dropLast(2)) + "ying" }
    if verb.hasSuffix("e"), !verb.hasSuffix("ee"), verb.count > 2 {
      return String(verb.dropLast()) + "ing"
    }
    let letters = Array(verb)
    let vowels = Set("aeiou")
    if letters.count == 3, !vowels.contains(letters[2]), vowels.contains(letters[1]),
      !vowels.contains(letters[0]), !"wxy".contains(letters[2])
    {
      return verb + String(letters[2]) + "ing"
    }
    if ["plan", "ship", "run", "cut", "set", "get", "put", "drop", "stop", "admit"].contains(verb),
      letters.count > 3
    {
      return verb + String(letters.last!) + "ing"
    }
    return verb + "ing"
  }
}
