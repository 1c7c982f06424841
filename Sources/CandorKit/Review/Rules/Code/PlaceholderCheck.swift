/// Finds template slots left unfilled: `[Company Name]`, `{{company}}`, `{role}`,
/// `<job title>`, `X years`, `Your Name`, `____`.
struct PlaceholderCheck: CodeCheck {
  private static let phrases = [
    "X|XX|XXX|N|Y years|months|yrs", "Your|YOUR Name|NAME", "Company|COMPANY Name|NAME",
    "Job|JOB Title|TITLE", "Position|Role Title|Name", "Hiring Manager Name",
    "Hiring Manager's Name", "Recipient Name", "lorem ipsum",
    "XYZ|ABC Company|Corp|Corporation|Inc|Ltd|LLC|Solutions|Technologies|Group|Industries",
    "insert company|name|title|role|position|date", "TBD", "TBC", "TODO", "FIXME",
    "XXX|XXXX|XXXXX", "XX",
  ].map(TokenPattern.init)

  private static let htmlTags: Set<String> = [
    "p", "br", "div", "span", "a", "b", "i", "u", "em", "strong", "ul", "ol", "li", "h1", "h2",
    "h3", "h4", "h5", "h6", "hr", "img", "table", "tr", "td", "th", "sup", "sub", "small",
    "code", "pre", "blockquote", "html", "body", "head", "title",
  ]

  func run(_ context: ReviewContext) -> [Hit] {
    var hits: [Hit] = []
    for paragraph in context.letter.paragraphs {
      for sentence in paragraph.sentences {
        let slots = brackets(in: sentence.range, context.letter.text)
        let words = phrases(in: sentence, context.letter.text).filter { range in
          !slots.contains { $0.overlaps(range) }
        }
        let joined = Self.joined(slots + words, in: context.letter.text)
        if joined.isEmpty, Self.isInstruction(sentence) {
          hits.append(hit(sentence.range, context))
        }
        hits += joined.map { hit($0, context) }
      }
    }
    return hits
  }

  /// One placeholder per written slot: parts joined by punctuation alone ("XX:XX",
  /// "XX/XX/XXXX", "[Month]-[Year]") are one slot, one finding.
  private static func joined(_ ranges: [Range<String.Index>], in text: String)
    -> [Range<String.Index>]
  {
    var result: [Range<String.Index>] = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = result.last, last.upperBound <= range.lowerBound,
        text[last.upperBound..<range.lowerBound].allSatisfy({ ":/-–.,".contains($0) })
      {
        result[result.count - 1] = last.lowerBound..<range.upperBound
      } else {
        result.append(range)
      }
    }
    return result
  }

  private func hit(_ range: Range<String.Index>, _ context: ReviewContext) -> Hit {
    let quote = context.quote(range)
    return Hit(
      range: range, message: "fill in the placeholder '\(quote)'",
      suggestion: Self.filling(quote, context))
  }

  /// What the slot most likely stands for, from the posting or resume.
  private static func filling(_ slot: String, _ context: ReviewContext) -> String? {
    let folded = slot.lowercased()
    let person = RecipientCheck.addressee(context.job)
    let name = context.resume?.resume.basics?.name
    let candidates: [(words: [String], value: String?)] = [
      (["your name", "my name", "applicant"], name),
      (["manager", "recipient", "contact"], person),
      (
        ["company", "organization", "organisation", "employer", "firm", "school"],
        context.job?.company
      ),
      (["title", "position", "role", "job"], context.job?.title),
    ]
    for candidate in candidates where candidate.words.contains(where: folded.contains) {
      if let value = candidate.value { return "write '\(value)'" }
    }
    return nil
  }

  private static let firstKeys = Set(phrases.flatMap(\.firstKeys))

  /// True when `text` holds a template phrase ("ABC Company", "Your Name", "X years") or a
  /// bracketed slot; the composer keeps such resume statements out of letters.
  static func containsPlaceholder(_ text: String) -> Bool {
    containsPlaceholder(text, words: WordTokenizer.words(in: text))
  }

  /// `containsPlaceholder(_:)` on a text already split into `words`.
  static func containsPlaceholder(_ text: String, words: [LetterWord]) -> Bool {
    if text.hasBytes("[") || text.hasBytes("{") || text.hasBytes("___") { return true }
    return words.indices.contains { start in
      firstKeys.contains(words[start].key)
        && phrases.contains { $0.match(words, at: start, in: text) != nil }
    }
  }

  private func phrases(in sentence: LetterText.Sentence, _ text: String) -> [Range<String.Index>] {
    var ranges: [Range<String.Index>] = []
    var start = 0
    while start < sentence.words.count {
      guard Self.firstKeys.contains(sentence.words[start].key) else {
        start += 1
        continue
      }
      let end = Self.phrases.lazy.compactMap { $0.match(sentence.words, at: start, in: text) }
        .first
      if let end {
        var lower = sentence.words[start].range.lowerBound
        let upper = sentence.words[end - 1].range.upperBound
        // "[X] years": quote the whole slot, bracket included.
        if lower > text.startIndex, let close = Self.closer[text[text.index(before: lower)]],
          text[lower..<upper].contains(close)
        {
          lower = text.index(before: lower)
        }
        ranges.append(lower..<upper)
        start = end
      } else {
        start += 1
      }
    }
    return ranges
  }

  /// Bracketed slots: `[…]` (not a Markdown link), `{…}`, `{{…}}`, `<…>` (not a tag or link),
  /// and runs of three or more underscores.
  private func brackets(in range: Range<String.Index>, _ text: String) -> [Range<String.Index>] {
    let opens = text.utf8[range].contains {
      $0 == 0x5B || $0 == 0x7B || $0 == 0x3C || $0 == 0x5F || $0 == 0x28
    }
    guard opens else { return [] }
    var result: [Range<String.Index>] = []
    var index = range.lowerBound
    while index < range.upperBound {
      let character = text[index]
      if let close = Self.closer[character] ?? (character == "(" ? ")" : nil),
        let end = text[index..<range.upperBound].dropFirst().prefix(80).firstIndex(of: close)
      {
        let slotEnd = text.index(after: end)
        if isSlot(character, text[text.index(after: index)..<end], after: slotEnd, text) {
          let outer =
            slotEnd < range.upperBound && text[slotEnd] == "}"
            ? text.index(after: slotEnd) : slotEnd
          result.append(index..<outer)
          index = outer
          continue
        }
      } else if character == "_", text[index...].prefix(3) == "___" {
        let end = text[index...].firstIndex { $0 != "_" } ?? text.endIndex
        result.append(index..<end)
        index = end
        continue
      }
      index = text.index(after: index)
    }
    return result
  }

  private static let closer: [Character: Character] = ["[": "]", "{": "}", "<": ">"]

  /// First words of a bracketed aside ("[and SQL]", "[sic]"), never of a slot.
  private static let asideOpeners: Set<String> = [
    "and", "or", "but", "with", "in", "on", "at", "of", "to", "for", "from", "by", "via", "as",
    "sic", "e.g.", "i.e.", "eg", "ie", "see", "also", "plus", "not", "now", "then", "the",
  ]

  /// Words that name what a slot stands for.
  private static let slotWords: Set<String> = [
    "name", "company", "title", "role", "position", "job", "date", "manager", "address",
    "email", "phone", "city", "employer", "organization", "organisation", "team", "recipient",
    "skill", "skills", "industry", "field", "department", "school", "degree", "contact",
    "description", "number", "amount", "product", "project", "location", "website", "reason",
    "achievement", "accomplishment", "years", "salary", "platform", "program", "detail",
  ]

  /// First words of an instruction left in a template: "[insert a result]", "<your name>".
  private static let instructionWords: Set<String> = [
    "insert", "add", "enter", "mention", "describe", "include", "fill", "your", "specific",
  ]

  /// Verbs that open a template's note to the writer: "Insert a sentence about X here."
  private static let instructionVerbs: Set<String> = [
    "insert", "add", "mention", "describe", "include", "paste", "fill", "replace",
  ]

  /// Words that show such a note is about the letter itself, not about work done.
  private static let draftWords: Set<String> = [
    "here", "sentence", "sentences", "paragraph", "line", "bullet", "anecdote", "story",
    "example", "specific", "your",
  ]

  /// A whole sentence left as a note to the writer: it starts with an instruction verb
  /// and speaks of the letter ("Insert a sentence about compounding here.", "Add your
  /// biggest result."); "Add to that the 40 clinics…" says nothing of the letter.
  static func isInstruction(_ sentence: LetterText.Sentence) -> Bool {
    guard let first = sentence.words.first, instructionVerbs.contains(first.key),
      sentence.words.count <= 20
    else { return false }
    return sentence.words.dropFirst().contains { draftWords.contains($0.key) }
  }

  /// The slot's content names a field ("Company Name", "job_title"), is a job title left in
  /// its brackets ("[Flutter Developer]"), gives an instruction ("insert result"), is a field
  /// in capitals ("COMPANY", "REDACTED") or a letter standing for a number ("N", "XX").
  /// Other bracketed text ("[and SQL]", "<sam-ortiz>", "[github.com/sam]") is the writer's.
  private static func looksLikeField(_ content: String, _ words: [Substring]) -> Bool {
    let keys = words.map { $0.lowercased() }
    if keys.contains(where: slotWords.contains) { return true }
    if let last = keys.last, JobTitle.isRoleNoun(last) { return true }
    if let first = keys.first, instructionWords.contains(first) { return true }
    let letters = content.filter(\.isLetter)
    if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return true }
    return words.count == 1 && ["n", "x", "xx", "xxx", "y"].contains(keys[0])
  }

  private func isSlot(
    _ open: Character, _ inside: Substring, after end: String.Index, _ text: String
  )
    -> Bool
  {
    let content = inside.trimming(charactersIn: " {}")
    let words = content.split { $0 == " " || $0 == "_" || $0 == "-" }
    // "(mention something specific about the firm)": a note to the writer in brackets
    // opens with an instruction verb; any other aside in brackets is the writer's own.
    if open == "(" {
      return (2...12).contains(words.count) && content.contains(" ")
        && Self.instructionVerbs.contains(words[0].lowercased())
    }
    guard (1...6).contains(words.count), content.contains(where: \.isLetter),
      !content.contains("@"), !content.contains("://"), !content.contains("=")
    else { return false }
    // "[and SQL]" is an aside, not a slot: slots name a thing, they do not start with a
    // joining word.
    guard !Self.asideOpeners.contains(words[0].lowercased()), Self.looksLikeField(content, words)
    else { return false }
    switch open {
    case "[":
      let isLink = end < text.endIndex && text[end] == "("
      return !isLink && content.lowercased() != "x"
    case "<":
      let first = words[0].lowercased()
      guard !content.hasPrefix("/"), !content.hasPrefix("!"), !Self.htmlTags.contains(first)
      else { return false }
      // "<sam-ortiz>" is a handle; "<job title>", "<Company>", "<company-name>" are slots.
      let spaced = content.contains(" ") || content.contains("_")
      let capital = content.first?.isUppercase == true
      return spaced || capital || words.contains { Self.slotWords.contains($0.lowercased()) }
    default:
      return content.allSatisfy { $0.isLetter || $0.isNumber || " _.-".contains($0) }
    }
  }
}
