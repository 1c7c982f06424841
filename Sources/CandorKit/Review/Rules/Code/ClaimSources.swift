import Foundation

/// What the resume (and the posting, for figures about the company) can back up.
struct ClaimSources {
  let resume: ParsedResume
  let job: JobPosting?
  /// The resume's text, lowercased.
  let text: String
  /// The resume file's own text, lowercased: it backs names the reader left out of the
  /// resume's fields (an employer line it did not read as one).
  let source: String
  private let values: [Double]
  /// The resume's figures with their units, in any number format: a percentage or money in
  /// the letter needs one of the same kind (`Figures.kind`).
  private let figures: Figures
  /// The posting's figures: they back what the letter says of the company, never a figure
  /// the writer claims as their own.
  private let jobFigures: Figures
  /// For each count the resume states, the words after it at each place it stands ("40 VAV
  /// boxes" gives 40: [["vav", "box"]]); an empty list where nothing follows the figure.
  private let counted: [Double: [[String]]]
  /// The years the resume's label or summary states as a plain count ("5 years designing
  /// HVAC"), the largest; nil when it states none or a floor ("5+ years").
  let statedYears: Double?

  /// The percentages the resume's own figures give, two on one line ("from 9 days to 5"
  /// gives 44%): a letter may state the change its from/to figures make.
  private let derivedPercents: [Double]

  /// The posting's lines, lowercased (`ReviewContext.jobLines`).
  private let jobLines: [String]

  init(
    resume: ParsedResume, job: JobPosting?, text: String, source: String = "",
    jobLines: [String]? = nil
  ) {
    self.resume = resume
    self.job = job
    self.jobLines = jobLines ?? job?.lines.map { $0.text.lowercased() } ?? []
    self.text = text
    self.source = source
    let jobText = job?.lines.map(\.text).joined(separator: "\n") ?? ""
    // A count the resume spells out ("a team of eight") backs "8" in the letter.
    let spelled = text.split { !$0.isLetter }.compactMap { NumberWords.english[String($0)] }
    // "forty percent" backs "40%" as a percentage.
    let percents = NumberWords.percents(in: text).map {
      Quantity(text: "", value: $0, unit: "%", measure: .percent, context: "")
    }
    let quantities =
      resume.evidence.flatMap(\.metrics) + QuantityExtractor.quantities(in: text) + percents
    values = quantities.map(\.value) + spelled
    figures = Figures(quantities, spelled: spelled, text: text)
    jobFigures = Figures(QuantityExtractor.quantities(in: jobText), text: jobText)
    counted = CountedNouns.table(in: text)
    derivedPercents = Figures.derivedPercents(in: text)
    statedYears = Self.statedYears(resume.resume.basics)
  }

  /// The years written as a count in the resume's label and summary, or nil for none or a
  /// floor ("5+ years", "over 5 years").
  private static func statedYears(_ basics: Resume.Basics?) -> Double? {
    let text = [basics?.label, basics?.summary].compactMap { $0 }.joined(separator: "\n")
    let years = QuantityExtractor.quantities(in: text).filter { $0.unit == "years" }
    guard let most = years.max(by: { $0.value < $1.value }), !most.text.contains("+"),
      text.range(of: "over " + most.text) == nil, text.range(of: "than " + most.text) == nil
    else { return nil }
    return most.value
  }

  /// The resume states `value` counting the same thing as `nouns`, the letter's words after
  /// its figure: "40 hospitals" is not the resume's "40 VAV boxes". A figure the resume
  /// gives with nothing after it ("a team of 12") or does not write as a count (a spelled
  /// number) backs any. Equivalent nouns ("12 staff" for "12 employees") read as one, and
  /// so do people of one kind ("30 children" for "30 pediatric patients").
  func counts(_ value: Double, as nouns: [String]) -> Bool {
    guard !nouns.isEmpty, let places = counted[value] else { return true }
    return places.contains {
      $0.isEmpty || !Set($0).isDisjoint(with: nouns) || CountedNouns.sameKind($0, nouns)
    }
  }

  /// `aboutJob`: the sentence speaks of the reader's side ("your team of 50+") or the job
  /// ahead, so the posting's figures back it; a figure only the posting holds is never the
  /// writer's own ("I supervise 25-30 associates" from "a team of 25-30 associates").
  /// `nouns`: what the letter counts with a plain figure (see `counts(_:as:)`).
  func supports(_ quantity: Quantity, aboutJob: Bool = false, nouns: [String] = []) -> Bool {
    if quantity.unit == "years" {
      let years = resume.yearsOfExperience
      // The resume's own "5 years designing HVAC" caps a claim of 6; worked-out years allow
      // one more for the months a role's dates leave out.
      let most = statedYears ?? years + 1
      if years == 0 || quantity.value <= most { return true }
      // A span the resume itself states ("9 years of police overtime data") is no claim
      // of experience.
      guard quantity.value == quantity.value.rounded(), quantity.value < 100 else { return false }
      let figure = String(Int(quantity.value))
      return containsNumber(figure + " years") || containsNumber(figure + "-year")
    }
    let kind = Figures.kind(quantity.unit)
    if aboutJob && jobFigures.holds(quantity.value, kind: kind) { return true }
    // "by 44%, from 9 days to 5": the percentage is the resume's own figures' change, to
    // the whole percent either way.
    if kind == "%", derivedPercents.contains(where: { abs($0 - quantity.value) < 1 }) {
      return true
    }
    if quantity.unit == nil, !counts(quantity.value, as: nouns) { return false }
    // "trained 9 testers" counts something: the resume's "9%" or "$9" does not back it.
    if quantity.unit == nil, !nouns.isEmpty { return figures.holdsCount(quantity.value) }
    return containsNumber(quantity.text.lowercased()) || figures.holds(quantity.value, kind: kind)
  }

  /// A figure of a letter in any language: one of its readings is written in the resume or
  /// the posting with the same kind (a percentage, money), or is a whole number of years
  /// near the resume's experience ("15 años" from fifteen years of dated roles).
  func supports(_ figure: LocalNumbers.Figure) -> Bool {
    let kind = Figures.kind(figure.unit)
    let years = statedYears ?? resume.yearsOfExperience
    return figure.readings.contains { reading in
      reading.allSatisfy { value in
        figures.holds(value, kind: kind) || jobFigures.holds(value, kind: kind)
          || (kind == nil && years > 0 && value == value.rounded()
            && (years - 2...years + 1).contains(value))
      }
    }
  }

  /// The resume gives a figure in `range`, of `kind` when it has one ("%", "$"): what
  /// "more than $400,000" or "about 6,500" rounds (`RoundedFigures`).
  func holds(in range: ClosedRange<Double>, kind: String?) -> Bool {
    figures.holds(in: range, kind: kind)
  }

  /// The resume gives a percentage of the size of `share` ("33%" for a third).
  func supports(share: Double) -> Bool {
    values.contains { abs($0 - share * 100) <= 1 }
  }

  /// The same value written another way ("1,200" and "1200", "$1.2M" and "$1,200,000"),
  /// never a near one: "41%" is not the resume's "40%".
  static func isSame(_ first: Double, _ second: Double) -> Bool {
    abs(first - second) <= abs(second) * 1e-9
  }

  /// The years the resume gives for a role whose first word is `role` ("two years as key
  /// holder", "3 years as a charge nurse" for "key" and "charge").
  func yearsStated(as role: String) -> [Double] {
    var found: [Double] = []
    for article in ["", "a ", "an ", "the "] {
      for unit in ["years as ", "year as "] {
        for range in wholeWordRanges(of: unit + article + role) {
          let before = text[..<range.lowerBound].dropLast()
          let head = String(before.reversed().prefix { !$0.isWhitespace }.reversed())
          if let value = Double(head) ?? NumberWords.english[head] { found.append(value) }
        }
      }
    }
    return found
  }

  /// A range of figures ("25-30"): the resume states it, or both its ends; the posting backs
  /// it only for a sentence about the job (see `supports(_:aboutJob:)`).
  func supports(range written: String, _ ends: [Double], aboutJob: Bool) -> Bool {
    let plain = written.filter { $0 != " " }
    let dashes = [("–", "-"), ("-", "–")]
    if dashes.contains(where: { containsNumber(plain.replacingOccurrences(of: $0, with: $1)) }) {
      return true
    }
    if ends.allSatisfy({ end in values.contains { Self.isSame($0, end) } }) { return true }
    return aboutJob && postingHolds(written)
  }

  /// The resume's text holds `written` as a whole number: "5" is not found inside "45",
  /// "2015", "720-555-0131" or "1,500".
  private func containsNumber(_ written: String) -> Bool {
    func isPartOfNumber(_ index: String.Index?, step: (String.Index) -> String.Index?) -> Bool {
      guard let index else { return false }
      let character = text[index]
      if character.isNumber { return true }
      guard ".,-/:".contains(character), let beyond = step(index) else { return false }
      return text[beyond].isNumber
    }
    func before(_ index: String.Index) -> String.Index? {
      index > text.startIndex ? text.index(before: index) : nil
    }
    func after(_ index: String.Index) -> String.Index? {
      let next = text.index(after: index)
      return next < text.endIndex ? next : nil
    }
    var searchStart = text.startIndex
    while let found = text.range(of: written, range: searchStart..<text.endIndex) {
      let previous = before(found.lowerBound)
      let next = found.upperBound < text.endIndex ? found.upperBound : nil
      if !isPartOfNumber(previous, step: before) && !isPartOfNumber(next, step: after) {
        return true
      }
      searchStart = text.index(after: found.lowerBound)
    }
    return false
  }

  /// True when the resume shows `term`, or, for a kind of tool ("spreadsheets"), a product
  /// of that kind (Excel).
  /// The resume shows `term`, or writes the letter's own acronym for it: an acronym two
  /// fields share ("ELD" on a line of no other term) is left out of the resume's skills
  /// when no field wins, yet the resume still says it. Everyday-word spellings ("Go", "R")
  /// need the term itself.
  func supports(term: String, spelling: String? = nil) -> Bool {
    if let spelling, spelling.count >= 3, !spelling.contains(where: \.isLowercase),
      contains(spelling)
    {
      return true
    }
    // The term itself, or a kind held through a product: FreeRTOS is an RTOS.
    let held = Set(resume.skills.map(\.term) + resume.evidence.flatMap(\.skills))
    if HeldSkills.withKinds(held).contains(term) || contains(term) { return true }
    return GenericTools.products[term]?.contains { supports(term: $0) } ?? false
  }

  func supports(name: String, lexicon: Lexicon, heldBefore: Bool = false) -> Bool {
    if lexicon.entry(for: name) != nil { return true }
    if heldBefore ? holdsAsTitle(name) : contains(name) || Self.holds(source, name) {
      return true
    }
    if let company = job?.company, NameMatching.sameOrganisation(name, company) { return true }
    // The posting's own title is the job applied for, not a claim about the past, unless
    // the letter says the writer held it ("I was Sous Chef at Ember Hall").
    if !heldBefore, let title = job?.title, Self.holds(title.lowercased(), name) {
      return true
    }
    return false
  }

  /// Words beside a credential in the resume that say it is not held in full: the shared
  /// `PendingWords`, and "level" ("CFA Level II" is no CFA charter).
  static let pendingWords = PendingWords.all.union(["level"])
  /// Words that make a letter's sentence about a credential not yet held. "Level" is not
  /// one: "NICET Level III" in a letter is a level held, "CFA Level II candidate" is pending
  /// by "candidate".
  static let letterPendingWords = PendingWords.all

  private static let awardingBodies: Set<String> = [
    "institute", "association", "board", "society", "council", "foundation", "academy",
  ]

  /// The resume names the credential (any of `spellings`) only beside words that say it is
  /// not held yet, within the same list item.
  func isOnlyPending(_ spellings: [String]) -> Bool {
    var found = false
    let terms = Set(resume.skills.map { $0.term.lowercased() })
    for spelling in Set(spellings.map { $0.lowercased() }) {
      for range in wholeWordRanges(of: spelling) {
        let item = Self.listItem(around: range, in: text)
        // "CFA Institute" names the body that awards it, not a credential held.
        let next = item[range.upperBound...].firstPiece { !$0.isLetter }
        if let next, Self.awardingBodies.contains(String(next)) { continue }
        // The reader's own list of terms found (the text's last lines) says nothing of status.
        if item == spelling, terms.contains(spelling) { continue }
        found = true
        let words = item.split(whereSeparator: { !$0.isLetter }).map(String.init)
        if !words.contains(where: Self.pendingWords.contains) { return false }
      }
    }
    return found
  }

  /// The text around `range` up to the nearest line break, semicolon, comma or bullet.
  private static func listItem(around range: Range<String.Index>, in text: String) -> Substring {
    let stops: Set<Character> = ["\n", ";", ",", "|", "•"]
    let start =
      text[..<range.lowerBound].lastIndex(where: stops.contains)
      .map { text.index(after: $0) } ?? text.startIndex
    let end = text[range.upperBound...].firstIndex(where: stops.contains) ?? text.endIndex
    return text[start..<end]
  }

  /// A line of the posting holds `phrase` as whole words, in any letter case.
  func postingHolds(_ phrase: String) -> Bool {
    jobLines.contains { Self.holds($0, phrase) }
  }

  /// A line of the posting holds `figure` and one of `words` ("travel up to 50%" for "a
  /// 50% travel schedule"): the letter gives the posting's figure in the posting's sense.
  func postingStates(_ figure: String, near words: [String]) -> Bool {
    let folded = figure.lowercased()
    return jobLines.contains { line in
      Self.holds(line, folded) && words.contains { Self.holds(line, $0) }
    }
  }

  /// The resume's text holds `phrase` as whole words, at any of its occurrences.
  func contains(_ phrase: String) -> Bool {
    Self.holds(text, phrase)
  }

  /// A certificate the resume lists holds every one of `words` in its name: "Radiography"
  /// names "ARRT Registered Technologist in Radiography, R.T.(R)", so "the ARRT Registered
  /// Technologist in Radiography credential", as `candor write` says it, is shown.
  func listsCertificate(holding words: [String]) -> Bool {
    resume.resume.certificates.contains { certificate in
      let name = (certificate.name ?? "").lowercased()
      return words.allSatisfy { Self.holds(name, $0) }
    }
  }

  /// One line of the resume holds every one of `words` as a whole word, in any order:
  /// "Iowa adjuster license" is shown by "Iowa Resident Adjuster License, 2021", and "an
  /// ABA-approved paralegal certificate" by the file's line "Paralegal Certificate, Capital
  /// City College (ABA-approved)" that the reader parts into a study and a school.
  func holdsInOneLine(_ words: [String]) -> Bool {
    let folded = words.map { $0.lowercased() }
    return [text, source].contains { lines in
      lines.split(separator: "\n").contains { line in
        let line = String(line)
        return folded.allSatisfy { Self.holds(line, $0) }
      }
    }
  }

  /// `text` (lowercased) holds `phrase` as whole words.
  static func holds(_ text: String, _ phrase: String) -> Bool {
    !wholeWordRanges(of: phrase.lowercased(), in: text, first: true).isEmpty
  }

  /// The resume holds `title` as a whole title, not as the end of a lower rank's title. A
  /// qualifier stands in the title itself, before a space or a hyphen: "Bottling Co." on the
  /// line above a title is the employer, not a "Co-" rank.
  private func holdsAsTitle(_ title: String) -> Bool {
    wholeWordRanges(of: title.lowercased()).contains { found in
      let head = text[..<found.lowerBound].reversed().drop { $0 == " " || $0 == "-" }
      let previous = String(head.prefix { $0.isLetter }.reversed()).lowercased()
      return !HeldTitles.rankQualifiers.contains(previous)
    } || HeldTitles.isShown(title, by: HeldTitles.titles(of: resume))
  }

  /// Where the resume's text holds `folded` (lowercased) as whole words.
  private func wholeWordRanges(of folded: String) -> [Range<String.Index>] {
    Self.wholeWordRanges(of: folded, in: text)
  }

  /// Where `text` holds `folded` (lowercased) as whole words.
  private static func wholeWordRanges(of folded: String, in text: String, first: Bool = false)
    -> [Range<String.Index>]
  {
    guard !folded.isEmpty else { return [] }
    var ranges: [Range<String.Index>] = []
    var searchStart = text.startIndex
    while let found = text.range(of: folded, range: searchStart..<text.endIndex) {
      let before =
        found.lowerBound == text.startIndex ? " " : text[text.index(before: found.lowerBound)]
      let after = found.upperBound == text.endIndex ? " " : text[found.upperBound]
      if !before.isLetter && !after.isLetter {
        ranges.append(found)
        if first { break }
      }
      searchStart = text.index(after: found.lowerBound)
    }
    return ranges
  }

  /// Every text field of the resume, lowercased and joined.
  static func text(of parsed: ParsedResume) -> String {
    writtenText(of: parsed).lowercased()
  }

  /// Every text field of the resume, as written, joined.
  static func writtenText(of parsed: ParsedResume) -> String {
    let resume = parsed.resume
    var parts: [String?] = [
      resume.basics?.name, resume.basics?.label, resume.basics?.summary,
    ]
    for work in resume.work {
      parts += [work.name, work.position, work.summary, work.description]
      parts += (work.highlights ?? []).map(Optional.some)
    }
    for volunteer in resume.volunteer {
      parts += [volunteer.organization, volunteer.position, volunteer.summary]
      parts += (volunteer.highlights ?? []).map(Optional.some)
    }
    for education in resume.education {
      parts += [education.institution, education.area, education.studyType]
      parts += (education.courses ?? []).map(Optional.some)
    }
    for project in resume.projects {
      parts += [project.name, project.description, project.entity]
      parts += (project.highlights ?? []).map(Optional.some)
      parts += (project.keywords ?? []).map(Optional.some)
    }
    for skill in resume.skills {
      parts += [skill.name] + (skill.keywords ?? []).map(Optional.some)
    }
    parts += resume.certificates.flatMap { [$0.name, $0.issuer] }
    parts += resume.awards.flatMap { [$0.title, $0.awarder, $0.summary] }
    parts += resume.publications.flatMap { [$0.name, $0.publisher, $0.summary] }
    // "I speak English" rests on the languages the resume lists.
    parts += resume.languages.flatMap { [$0.language, $0.fluency] }
    parts += parsed.evidence.map(\.text) + parsed.skills.map(\.term)
    return parts.compactMap { $0 }.joined(separator: "\n")
  }
}
