/// Decides how each statement from a job names its workplace once the letter's sentences
/// stand in their final order: the composer reorders them after the narrator phrases them,
/// so only then is it known which sentence follows which.
///
/// The second of two adjacent sentences in one paragraph from the same workplace says
/// "there" or drops the place ("At Norvale, I built … In my work there, I audited …"); a
/// first-person statement whose place a reader would take from an earlier sentence about
/// another job names its own ("I prepared 115 returns" after a sentence about the foundry).
struct PlaceFrames {
  /// The employer of each job, by its index in the resume's work list.
  let employers: [String]
  /// The posting's company: a sentence naming it ("… at Quillfield Electric.") leaves no
  /// workplace for "there" to point back to.
  let company: String?
  /// The posting's company when the resume lists it as an employer (an internal letter, or
  /// one to a past employer): while a reader has it in mind, its name is not told back to it.
  let home: String?

  /// A template employer ("ABC Company") is never named, as the narrator never names it.
  init(_ resume: Resume, company: String?) {
    self.company = company.flatMap { $0.isEmpty ? nil : $0 }
    employers = resume.work.map {
      let name = ($0.name ?? "").trimmingSpaces()
      return PlaceholderCheck.containsPlaceholder(name) ? "" : name
    }
    let names = employers
    home = self.company.flatMap { names.contains($0) ? $0 : nil }
  }

  /// The paragraphs with their statements' place frames decided; wordings change only where
  /// the letter's sentence frames stay as varied as before (``OpeningCounter``), except that
  /// a statement read at another job's workplace always names its own. With `spare` given,
  /// places are left out only while the words they save stay within it, so a letter that
  /// reached its length target keeps it.
  func reframed(_ paragraphs: [LetterParagraph], sparing spare: Int? = nil) -> [LetterParagraph] {
    var paragraphs = paragraphs
    var spare = spare ?? 1_000_000
    let spots = paragraphs.indices.filter { paragraphs[$0].role.isBody }.flatMap { index in
      paragraphs[index].sentences.indices.map { (index, $0) }
    }
    var texts = spots.map { paragraphs[$0.0].sentences[$0.1].text }
    var counter = OpeningCounter()
    // The workplace a reader takes the next placeless statement to be at.
    var carried: String?
    // The place the sentence before said or implied, and its paragraph.
    var previous: (place: String?, paragraph: Int) = (nil, -1)
    for (position, (paragraph, index)) in spots.enumerated() {
      let sentence = paragraphs[paragraph].sentences[index]
      let employer = job(of: sentence).map { employers[$0] }.flatMap { $0.isEmpty ? nil : $0 }
      var names = named(in: texts[position])
      let speaks = Self.firstPersonStart(texts[position]) != nil
      let rest = Array(texts[(position + 1)...])
      // Writing to the workplace the reader already has in mind: no frame names it again.
      let atHome = employer != nil && employer == home && carried == home
      if let employer, names.isEmpty, speaks, carried != employer,
        let variants = Self.placed(texts[position], at: employer)
      {
        texts[position] = best(variants, counter, rest, orKeep: nil)
        spare += WordCount.words(texts[position]) - WordCount.words(sentence.text)
        names = [employer]
      } else if let employer, names == [employer],
        atHome || (previous.place == employer && previous.paragraph == paragraph),
        let variants = Self.unplaced(texts[position], at: employer, bare: atHome)
      {
        let size = WordCount.words(texts[position])
        let affordable = variants.filter { atHome || size - WordCount.words($0) <= spare }
        let chosen = best(affordable, counter, rest, orKeep: atHome ? nil : texts[position])
        if chosen != texts[position] {
          spare -= size - WordCount.words(chosen)
          texts[position] = chosen
          names = []
        }
      }
      counter.record(texts[position])
      // A sentence naming the posting's company as well ("After my work at X, I am applying
      // … at Y") points a reader at both places.
      if let company, texts[position].hasBytes(company), !names.contains(company) {
        names.append(company)
      }
      if names.count == 1 {
        carried = names[0]
      } else if names.count > 1 || (employer == nil && Self.quotesOtherRecord(sentence)) {
        carried = nil
      }
      let speaksNow = Self.firstPersonStart(texts[position]) != nil
      let implied = names.isEmpty && speaksNow && employer != nil ? carried : nil
      previous = (names.count == 1 ? names[0] : implied, paragraph)
      paragraphs[paragraph].sentences[index].text = texts[position]
    }
    return paragraphs
  }

  /// The first of `variants` that leaves the letter's frames no less varied than `original`
  /// does (or the least repetitive when there is no original to keep).
  private func best(
    _ variants: [String], _ counter: OpeningCounter, _ rest: [String], orKeep original: String?
  ) -> String {
    func repeats(_ text: String) -> Int {
      var counter = counter
      var count = 0
      for next in [text] + rest {
        if !counter.allows(next) { count += 1 }
        counter.record(next)
      }
      return count
    }
    if let original {
      let limit = repeats(original)
      return variants.first { repeats($0) <= limit } ?? original
    }
    return variants.min { repeats($0) < repeats($1) } ?? variants[0]
  }

  /// The one job a sentence quotes, by index: `work[2].highlights[0]` → 2.
  func job(of sentence: LetterSentence) -> Int? {
    let jobs = Set(sentence.sources.compactMap(Self.jobIndex))
    guard jobs.count == 1, let job = jobs.first, employers.indices.contains(job) else {
      return nil
    }
    return job
  }

  /// Where the one job a sentence quotes was done: its employer, or the job's index when
  /// the resume names none ("#2"), so two roles at one clinic count as one workplace.
  func workplace(of sentence: LetterSentence) -> String? {
    job(of: sentence).map { employers[$0].isEmpty ? "#\($0)" : employers[$0] }
  }

  static func jobIndex(_ source: SourceRef) -> Int? {
    guard source.kind == .resume, source.reference.hasPrefix("work["),
      let close = source.reference.firstIndex(of: "]")
    else { return nil }
    return Int(source.reference.dropFirst(5)[..<close])
  }

  /// The employers `text` names, each once.
  func named(in text: String) -> [String] {
    var names: [String] = []
    for employer in employers where !employer.isEmpty && !names.contains(employer) {
      if text.hasBytes(employer) { names.append(employer) }
    }
    return names
  }

  /// True when a sentence quotes the resume outside its work record (a school, a skills
  /// list): the workplace a reader had in mind no longer carries past it.
  private static func quotesOtherRecord(_ sentence: LetterSentence) -> Bool {
    sentence.sources.contains { $0.kind == .resume && !$0.reference.hasPrefix("work") }
  }

  /// Where a first-person statement starts: the sentence's start, or after a frame's colon
  /// ("On payroll: I …"); nil when the sentence is no first-person statement.
  static func firstPersonStart(_ text: String) -> String.Index? {
    if text.hasPrefix("I ") { return text.startIndex }
    guard let colon = text.byteRange(of: ": I ") else { return nil }
    return text.index(colon.lowerBound, offsetBy: 2)
  }

  /// A placeless statement with its workplace named, in a few frames; nil when the
  /// statement names its workplace in its own words ("I worked as an ASM at Maruti …").
  static func placed(_ text: String, at employer: String) -> [String]? {
    guard let start = firstPersonStart(text) else { return nil }
    let clause = String(text[start...])
    guard !CurrentRole.namesItsWorkplace(clause) else { return nil }
    let head = String(text[..<start])
    return ["At", "In my work at", "While at", "During my time at"].map { frame in
      let said = head.isEmpty ? frame : ClauseBuilder.lowerFirst(frame)
      return head + "\(said) \(employer), " + clause
    }
  }

  /// A statement that names its workplace in a frame ("At X, I …", "X is where I …"),
  /// said with "there" or with the place left out, best first; nil for any other sentence.
  /// With `bare`, only the statement with no place at all.
  static func unplaced(_ text: String, at employer: String, bare: Bool = false) -> [String]? {
    let colon = text.byteRange(of: ": ").map(\.upperBound)
    for start in [text.startIndex] + [colon].compactMap({ $0 }) {
      if let found = unplaced(text, from: start, at: employer, bare: bare) { return found }
    }
    return nil
  }

  private static func unplaced(
    _ text: String, from start: String.Index, at employer: String, bare: Bool
  ) -> [String]? {
    let head = String(text[..<start])
    let body = String(text[start...])
    let frames: [(String, [String])] = [
      ("at \(employer), ", ["", "there, "]),
      ("in my work at \(employer), ", ["in my work there, ", ""]),
      ("while at \(employer), ", ["while there, ", ""]),
      ("during my time at \(employer), ", ["during my time there, ", ""]),
      ("\(employer) is where ", ["", "there, "]),
      ("\(employer) is also where ", ["", "there, "]),
    ]
    let lowered = ClauseBuilder.lowerFirst(body, always: true)
    var found = frames.first { lowered.hasPrefix(ClauseBuilder.lowerFirst($0.0, always: true)) }
    // "As an Operations Analyst at X, …": the title stays.
    if found == nil, lowered.hasPrefix("as "), let at = body.byteRange(of: " at \(employer), ") {
      let title = String(body[body.index(body.startIndex, offsetBy: 3)..<at.lowerBound])
      found = ("as \(title) at \(employer), ", ["as \(title) there, ", ""])
    }
    guard let (frame, replacements) = found, body.count > frame.count else { return nil }
    let clause = String(body.dropFirst(frame.count))
    return replacements.filter { !bare || $0.isEmpty }.map { replacement in
      let said = replacement + clause
      return head + (head.isEmpty ? ClauseBuilder.capitalisedFirst(said) : said)
    }
  }
}
