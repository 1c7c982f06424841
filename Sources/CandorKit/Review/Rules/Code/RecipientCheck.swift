/// Compares the person the greeting addresses with the contact the posting names: another
/// name ("Dear Mr. Thompson," when the posting names Priya Raman) and a misspelt one
/// ("Priya Ramen") are errors; a guessed "Mr." or "Mrs." before the right surname is a risk
/// (a warning), and "Ms.", the usual business form, a smaller one (a suggestion).
struct RecipientCheck: CodeCheck {
  private static let honorifics = ContactHonorific.keys
  private static let gendered: Set<String> = ["mr", "mrs", "ms", "miss"]
  private static let openers: Set<String> = ["dear", "hi", "hello", "hey"]
  /// Words of a greeting that addresses a role ("Hiring Manager", "Recruiting Team").
  private static let roleWords: Set<String> = [
    "hiring", "manager", "managers", "recruiter", "recruiters", "recruiting", "team",
    "committee", "search", "selection", "employer", "sir", "madam", "talent", "acquisition",
    "human", "resources", "hr", "department",
  ]

  func run(_ context: ReviewContext) -> [Hit] {
    greetingHits(context) + Self.bodyHits(context)
  }

  /// "Dr. Chan's team" in the body when the posting names Dr. Maya Chen: the contact's
  /// surname misspelt after a title of address, wherever the letter writes it.
  private static func bodyHits(_ context: ReviewContext) -> [Hit] {
    guard let contact = context.job?.recipient?.name,
      let surname = NameMatching.keys(contact).last
    else { return [] }
    let right = spelling(of: [surname], in: contact)
    return context.bodySentences.flatMap { _, sentence in
      let words = sentence.words
      return words.indices.dropLast().compactMap { index -> Hit? in
        let name = words[index + 1]
        guard honorifics.contains(words[index].key), name.isCapitalized,
          name.key != surname, isTypo(name.key, of: surname)
        else { return nil }
        // "Chan's team": the name without its possessive.
        let written = context.letter.text[name.range]
        let owner = ["'s", "’s"].contains(where: written.hasSuffix) ? 2 : 0
        let range = name.range.lowerBound..<written.index(written.endIndex, offsetBy: -owner)
        let quote = context.quote(range)
        return Hit(
          range: range, message: "correct '\(quote)' to '\(right)', the posting's spelling",
          suggestion: "write '\(right)'")
      }
    }
  }

  private func greetingHits(_ context: ReviewContext) -> [Hit] {
    guard let contact = context.job?.recipient?.name, let greeting = context.letter.greeting,
      let sentence = greeting.sentences.first
    else { return [] }
    let wanted = NameMatching.keys(contact)
    let words = sentence.words
    guard wanted.count >= 2, let opener = words.firstIndex(where: { Self.openers.contains($0.key) })
    else { return [] }
    var start = opener + 1
    let honorific = start < words.count ? words[start].key : ""
    // "Dear Principal Delacroix-Bell": a title of address stands where an honorific would.
    let hasHonorific =
      Self.honorifics.contains(honorific)
      || (start + 1 < words.count && Self.isAddressTitle(honorific, job: context.job))
    if hasHonorific { start += 1 }
    let text = context.letter.text
    guard start < words.count,
      let name = NameMatching.properName(in: words, from: start, limit: 3, text: text)
    else { return [] }
    let quote = NameMatching.text(words, name, in: text)
    let written = NameMatching.keys(quote)
    // "Dear Hiring Manager" greets a role, not a person: generic-greeting owns it, with the
    // contact's name as its fix, so it is not charged twice as a wrong person.
    guard !written.allSatisfy(Self.roleWords.contains) else { return [] }
    // A team or a company ("Dear Northwind team") is another rule's business.
    guard hasHonorific || name.upperBound == words.count || words[name.upperBound].key != "team"
    else { return [] }
    let range =
      words[name.lowerBound].range.lowerBound..<words[name.upperBound - 1].range.upperBound
    if written.allSatisfy(wanted.contains) {
      return Self.guessed(
        honorific, words[opener + 1].range.lowerBound..<range.upperBound,
        contact, context)
    }
    if written.count <= wanted.count,
      let fix = Self.corrected(written, wanted), fix != written
    {
      let right = Self.spelling(of: fix, in: contact)
      return [
        Hit(
          range: range, message: "correct '\(quote)' to '\(right)', the posting's spelling",
          suggestion: "write '\(right)'")
      ]
    }
    // A person the posting names elsewhere (a hiring manager besides the recruiter) is fine.
    let folded = quote.lowercased()
    if context.jobLines.contains(where: { $0.contains(folded) }) {
      return []
    }
    guard hasHonorific || written.count >= 2 else { return [] }
    // "Dear Mr. Thompson," becomes "Dear Dr. Vance," when the posting writes "Dr.".
    let addressee = Self.addressee(context.job) ?? contact
    let whole =
      addressee == contact ? range : words[opener + 1].range.lowerBound..<range.upperBound
    return [
      Hit(
        range: whole,
        message: "the posting names \(contact) as the contact, not '\(quote)'",
        suggestion: "write '\(addressee)'")
    ]
  }

  /// Honorifics that state a degree or rank ("Dr.", "Prof."): one the posting does not give
  /// awards the reader a title they may not hold.
  private static let academic: Set<String> = ["dr", "prof"]

  /// A finding when the greeting gives the right person an honorific the posting does not:
  /// a degree or rank it never states ("Dear Dr. Quist" for "Anna Quist") is a warning, as is
  /// a form of address other than the posting's; a guessed "Mr." or "Ms." where the posting
  /// writes none guesses a gender, a suggestion. The fix names the full name.
  private static func guessed(
    _ honorific: String, _ whole: Range<String.Index>, _ contact: String,
    _ context: ReviewContext
  ) -> [Hit] {
    guard gendered.contains(honorific) || academic.contains(honorific),
      !posting(context.job, writes: honorific, before: contact)
    else { return [] }
    let quote = context.quote(whole)
    let given = writtenHonorific(context.job, before: contact)
    let message =
      academic.contains(honorific) && given == nil
      ? "the posting does not give \(contact) the title in '\(quote)'; write the full name"
      : "the posting does not say how \(contact) is addressed; '\(quote)' guesses, so write "
        + "the full name"
    let isGenderGuess = gendered.contains(honorific) && given == nil
    return [
      Hit(
        range: whole, message: message, suggestion: "write '\(contact)'",
        severity: isGenderGuess ? .suggestion : .warning)
    ]
  }

  /// Titles a letter may greet a person by ("Dear Principal Lee", "Dear Coach Ruiz").
  private static let addressTitles: Set<String> = [
    "principal", "dean", "director", "coach", "chef", "captain", "professor", "pastor",
    "reverend", "rev", "father", "sister", "rabbi", "judge", "superintendent", "chief",
    "officer", "sergeant", "lieutenant", "commander", "mayor", "governor", "senator",
    "councilmember", "commissioner", "president", "foreman", "nurse", "supervisor",
  ]

  /// True when `word` is a title of address, or the word the posting itself writes before
  /// its contact's name ("Field Superintendent Carl Oyelowo").
  private static func isAddressTitle(_ word: String, job: JobPosting?) -> Bool {
    if addressTitles.contains(word) { return true }
    guard let contact = job?.recipient?.name else { return false }
    return wordsBefore([contact], in: job).contains { NameMatching.keys(String($0)) == [word] }
  }

  /// True when the posting itself puts `honorific` before the contact's name or surname
  /// ("Ms Priya Shah", "Ms. Shah"): the letter then follows the posting, not a guess.
  private static func posting(_ job: JobPosting?, writes honorific: String, before contact: String)
    -> Bool
  {
    writtenHonorific(job, before: contact).map { NameMatching.keys($0) == [honorific] } ?? false
  }

  /// The honorific the posting writes before the contact's name or surname, as written
  /// ("Dr." in "Dr. Rosalind Vance", "Ms" in "Ms Shah"), or nil.
  static func writtenHonorific(_ job: JobPosting?, before contact: String) -> String? {
    guard let job else { return nil }
    return job.recipient?.honorific ?? ContactHonorific.written(before: contact, in: job.lines)
  }

  /// The word the posting writes right before each occurrence of one of `names`.
  private static func wordsBefore(_ names: [String], in job: JobPosting?) -> [Substring] {
    job.map { ContactHonorific.wordsBefore(names, in: $0.lines) } ?? []
  }

  /// How a fix addresses the posting's contact: with the posting's own honorific and the
  /// surname ("Dr. Vance"), or by full name when the posting writes none (a guessed "Ms."
  /// may be wrong).
  static func addressee(_ job: JobPosting?) -> String? {
    guard let contact = job?.recipient?.name, !contact.isEmpty else { return nil }
    guard let honorific = writtenHonorific(job, before: contact),
      let surname = contact.split(separator: " ").last
    else { return contact }
    return "\(honorific) \(surname)"
  }

  /// Each written word matched to a word of the contact's name it misspells; nil when a
  /// word matches none.
  private static func corrected(_ written: [String], _ wanted: [String]) -> [String]? {
    var result: [String] = []
    for word in written {
      if wanted.contains(word) {
        result.append(word)
      } else if let close = wanted.first(where: { isTypo(word, of: $0) }) {
        result.append(close)
      } else {
        return nil
      }
    }
    return result
  }

  private static func isTypo(_ word: String, of name: String) -> Bool {
    name.count >= 4 && word.first == name.first && EditDistance.distance(word, name) <= 1
  }

  /// The contact's own words for the matched keys ("raman" → "Raman").
  /// The contact's own words for `keys`: a hyphenated surname ("Okonkwo-Baptiste") is one
  /// word of two keys; a key the contact never writes is capitalised, never left folded.
  private static func spelling(of keys: [String], in contact: String) -> String {
    let words = contact.split(separator: " ").map { (String($0), NameMatching.keys(String($0))) }
    var result: [String] = []
    var index = 0
    while index < keys.count {
      let rest = keys[index...]
      if let (word, wordKeys) = words.first(where: { !$1.isEmpty && rest.starts(with: $1) }) {
        result.append(String(word.trimmingPunctuation()))
        index += wordKeys.count
      } else {
        result.append(keys[index].prefix(1).uppercased() + keys[index].dropFirst())
        index += 1
      }
    }
    return result.joined(separator: " ")
  }
}
