/// The small piece of English morphology the clause builder needs: resume bullets start
/// with action verbs in the past, present or base form.
enum Verbs {
  static func isPastTense(_ word: String) -> Bool {
    if irregularPast.contains(word) { return true }
    guard word.hasSuffix("ed"), word.count >= 4, !isCompoundOfBed(word) else { return false }
    return !notVerbsEndingInEd.contains(word)
  }

  /// A noun compounded on "bed" ("Flatbed loads of steel", "seabed", "testbed"), never a
  /// verb: a verb's "-bed" follows b, m, r or a vowel it keeps ("grabbed", "climbed",
  /// "absorbed", "described", "probed").
  private static func isCompoundOfBed(_ word: String) -> Bool {
    guard word.hasSuffix("bed"), word.count > 4, let before = word.dropLast(3).last else {
      return false
    }
    return !"bmriou".contains(before)
  }

  static func isBase(_ word: String) -> Bool {
    base.contains(word)
  }

  /// "working", "making", "running": an -ing form of a known verb.
  static func isGerund(_ word: String) -> Bool {
    baseOfGerund(word) != nil
  }

  /// "filling" → "fill", "making" → "make", "planning" → "plan"; nil for any other word.
  static func baseOfGerund(_ word: String) -> String? {
    guard word.hasSuffix("ing"), word.count > 4 else { return nil }
    let stem = String(word.dropLast(3))
    if base.contains(stem) { return stem }
    if base.contains(stem + "e") { return stem + "e" }
    if let last = stem.last, stem.dropLast().last == last, base.contains(String(stem.dropLast())) {
      return String(stem.dropLast())
    }
    return nil
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

  /// Words ending in "ed" that open statements as adjectives ("Registered nurse with…").
  private static let notVerbsEndingInEd: Set<String> = [
    "need", "seed", "speed", "feed", "bed", "red", "shed", "hundred", "experienced", "skilled",
    "seasoned", "dedicated", "motivated", "qualified", "registered", "licensed", "talented",
    "accomplished", "certified", "detailed", "advanced", "bilingual", "self-motivated",
    "results-oriented", "detail-oriented", "varied", "based", "interested",
  ]

  static let irregularPast: Set<String> = [
    "led", "built", "ran", "wrote", "grew", "cut", "drove", "made", "won", "took", "set",
    "kept", "began", "brought", "taught", "sold", "spoke", "oversaw", "rebuilt", "rewrote",
    "found", "founded", "held", "met", "paid", "put", "shipped", "spent", "stood", "sent",
    "told", "thought", "understood", "upheld", "withdrew", "won", "gave", "got", "saw",
    "chose", "became", "did", "helped", "flew", "hired", "lent", "overhauled", "drew", "fed",
    "bought", "caught", "dealt", "forecast", "hung", "laid", "left", "lost", "meant", "read",
    "rode", "shot", "shut", "sped", "spun", "stole", "struck", "swam", "swept", "threw", "wove",
    "wound", "undertook", "overcame", "oversold", "broadcast", "outsold", "beat",
  ]

  /// Common action verbs in base form, as resume statements start.
  static let base: Set<String> = [
    "make", "take", "give", "keep", "get", "see", "do", "bring", "hold", "meet", "pay", "send",
    "tell", "think", "find", "begin", "choose", "become", "buy", "catch", "deal", "draw",
    "fly", "lay", "leave", "lose", "mean", "ride", "speak", "spend", "stand", "swim", "throw",
    "accelerate", "accompany", "accomplish", "account", "achieve", "acquire", "act", "adapt",
    "add", "address", "adjust", "administer", "admit", "advance", "advise", "advocate", "align",
    "allocate", "ambulate", "analyse", "analyze", "answer", "anticipate", "apply", "appraise",
    "approve", "arrange", "articulate", "assemble", "assess", "assign", "assist", "attain",
    "attend", "audit", "augment", "author", "automate", "bake", "balance", "bathe", "benchmark",
    "bill", "book", "boost", "brief", "broker", "budget", "build", "calculate", "calibrate",
    "campaign", "care", "catalog", "catalogue", "chair", "champion", "change", "chart", "check",
    "clarify", "classify", "clean", "close", "coach", "code", "collaborate", "collect", "combine",
    "command", "communicate", "compile", "complete", "comply", "compose", "compound", "compute",
    "conceive", "conceptualise", "conceptualize", "conduct", "configure", "connect", "consolidate",
    "construct", "consult", "contact", "contract", "contribute", "control", "convert", "convince",
    "cook", "coordinate", "correct", "counsel", "count", "craft", "create", "cultivate", "curate",
    "customise", "customize", "cut", "debug", "decide", "decrease", "define", "delegate",
    "deliver", "demonstrate", "deploy", "deposit", "design", "detect", "determine", "develop",
    "devise", "diagnose", "direct", "discover", "disinfect", "dispatch", "dispense", "distribute",
    "document", "double", "draft", "dress", "drive", "earn", "edit", "educate", "effect",
    "eliminate", "empower", "enable", "encourage", "enforce", "engage", "engineer", "enhance",
    "enroll", "ensure", "enter", "escalate", "establish", "estimate", "evaluate", "examine",
    "exceed",
    "execute", "expand", "expedite", "experiment", "explain", "explore", "extend", "extract",
    "facilitate", "feed", "field", "file", "fill", "finalise", "finalize", "fix", "forecast",
    "form", "formulate", "foster", "found", "fulfil", "fulfill", "gather", "generate", "grade",
    "graduate", "greet", "grow", "guide", "handle", "haul", "head", "help", "hire", "host",
    "identify", "illustrate", "immunize", "implement", "improve", "increase", "influence", "inform",
    "initiate", "inject", "innovate", "insert", "inspect", "install", "instruct", "integrate",
    "interact", "interpret", "interview", "introduce", "inventory", "investigate", "invoice",
    "irrigate", "issue", "join", "judge", "label", "launch", "lead", "learn", "lecture",
    "leverage", "lift", "litigate", "load", "locate", "log", "lower", "maintain", "manage",
    "manufacture", "map", "market", "master", "maximise", "maximize", "measure", "mediate",
    "medicate", "mentor", "merge", "migrate", "minimise", "minimize", "mix", "model", "moderate",
    "modernise", "modernize", "monitor", "motivate", "move", "navigate", "negotiate", "nurse",
    "nurture", "observe", "obtain", "onboard", "open", "operate", "optimise", "optimize",
    "orchestrate", "order", "organise", "organize", "originate", "outline", "overhaul", "oversee",
    "own", "pack", "package", "participate", "partner", "patrol", "perform", "persuade",
    "photograph", "pick", "pilot", "pioneer", "pitch", "place", "plan", "polish", "post", "pour",
    "prep",
    "prepare", "prescribe", "present", "preserve", "prevent", "prioritise", "prioritize",
    "process", "procure", "produce", "program", "programme", "project", "promote", "proofread",
    "propose", "prospect", "protect", "prototype", "provide", "publish", "purchase", "qualify",
    "query", "quote", "raise", "rank", "rate", "reach", "receive", "recommend", "reconcile",
    "record", "recruit", "redesign", "reduce", "refactor", "refer", "refill", "refine", "register",
    "rehabilitate", "reinforce", "release", "remodel", "render", "renew", "reorganise",
    "reorganize", "repair", "replace", "report", "represent", "research", "reserve", "reshape",
    "resolve", "respond", "restock", "restore", "restructure", "retain", "retrieve", "revamp",
    "review", "revise", "revitalise", "revitalize", "rotate", "route", "run", "safeguard",
    "sanitise", "sanitize", "save", "scale", "scan", "schedule", "scope", "screen", "script",
    "seat", "secure", "select", "sell", "serve", "service", "set", "shape", "share", "shelve",
    "ship", "shorten", "simplify", "simulate", "sketch", "solve", "sort", "source", "spearhead",
    "specify", "sponsor", "staff", "stage", "standardise", "standardize", "start", "steer",
    "sterilise",
    "sterilize", "stock", "store", "strategize", "streamline", "strengthen", "structure", "study",
    "submit", "succeed", "summarise", "summarize", "supervise", "supply", "support", "survey",
    "sustain", "suture", "synthesise", "synthesize", "systematize", "tabulate", "tackle", "tally",
    "target", "teach", "tend", "test", "track", "trade", "train", "transcribe", "transfer",
    "transform", "transition", "translate", "transport", "treat", "triage", "troubleshoot",
    "tutor", "type", "uncover", "underwrite", "unify", "unload", "update", "upgrade", "upsell",
    "use", "utilise", "utilize", "vaccinate", "validate", "verify", "visit", "visualise",
    "visualize", "volunteer", "wash", "weld", "win", "wire", "work", "wrap", "write",
    // Trades, care and service work.
    "attach", "bend", "carry", "chop", "climb", "de-escalate", "dig", "drill", "escort",
    "fasten", "fold", "follow", "fry", "grill", "guard", "hang", "lubricate", "mop", "mount",
    "paint", "plate", "pull", "read", "reposition", "sand", "solder", "splice", "stack",
    "strip", "sweep", "vacuum", "wear", "weigh", "wipe",
  ]
}

extension Verbs {
  /// "Monitor and interpret telemetry" → "monitoring and interpreting telemetry"; "Mentor two
  /// engineers and lead reviews" → "mentoring two engineers" (a second verb later in the
  /// phrase could as well be a noun, so the phrase stops before it). Nil when the phrase does
  /// not start with a base-form verb.
  static func gerundPhrase(_ phrase: String) -> String? {
    var words = phrase.split(separator: " ").map(String.init)
    guard let first = words.first, isBase(first.lowercased()) else { return nil }
    words[0] = gerund(first.lowercased())
    var start = 1
    // "Take and position digital radiographs": a word between "and" and the shared object
    // is a verb too, known or not; never "taking and position".
    if words.count > 3, ["and", "or"].contains(words[1]),
      isBase(words[2].lowercased()) || isCoordinatedVerb(words[2])
    {
      words[2] = gerund(words[2].lowercased())
      start = 3
    }
    for index in stride(from: start, to: words.count - 1, by: 1)
    where ["and", "or"].contains(words[index]) && isBase(words[index + 1].lowercased()) {
      // The words before a cut list ("requests, webhooks") lose their tail too.
      let head = words[..<index].joined(separator: " ")
      return head.components(separatedBy: ",").first ?? head
    }
    return words.joined(separator: " ")
  }

  /// A plain lowercase word that could be a verb sharing the first verb's object: not a
  /// plural, a gerund, an article or a preposition.
  private static func isCoordinatedVerb(_ word: String) -> Bool {
    // "cite-check": a hyphenated verb is a verb too.
    word.count >= 3 && word.first != "-" && word.last != "-"
      && word.allSatisfy { ($0.isLetter && $0.isLowercase) || $0 == "-" }
      && !word.hasSuffix("ing") && !(word.hasSuffix("s") && !word.hasSuffix("ss"))
      && !["the", "all", "new", "other", "our", "your", "their", "its", "any", "each", "more"]
        .contains(word)
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
    if letters.count > 3, Self.doublesFinalConsonant(letters) {
      return verb + String(letters.last!) + "ing"
    }
    return verb + "ing"
  }

  /// Verbs stressed on a last syllable that ends vowel-consonant: "refer" → "referring".
  private static let stressedLast: Set<String> = [
    "admit", "commit", "submit", "permit", "omit", "emit", "transmit", "refer", "prefer",
    "confer", "infer", "transfer", "defer", "deter", "occur", "recur", "control", "patrol",
    "compel", "expel", "propel", "excel", "equip", "regret", "forget", "begin", "upset",
    "outrun", "acquit", "rebut",
  ]

  /// One-syllable verbs ending consonant-vowel-consonant ("plan", "ship", "scan") and the
  /// stressed-last verbs double their final consonant before "-ing".
  private static func doublesFinalConsonant(_ letters: [Character]) -> Bool {
    let word = String(letters)
    if stressedLast.contains(word) { return true }
    let vowels = Set("aeiou")
    let last = letters[letters.count - 1]
    let middle = letters[letters.count - 2]
    let before = letters[letters.count - 3]
    guard !vowels.contains(last), !"wxy".contains(last), vowels.contains(middle),
      !vowels.contains(before)
    else { return false }
    // One vowel group only: "plan", "strip"; not "audit" or "visit".
    return letters.dropLast(2).allSatisfy { !vowels.contains($0) }
  }
}
