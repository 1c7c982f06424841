import Foundation

/// Figures a letter states that the quantity reader does not see as quantities: counts
/// written in words ("a team of twelve", "three years"), ranges ("25-30 associates") and
/// numbers inside names ("Local 48", "Unit 4B"). Each must be the resume's own.
enum FigureClaims {
  /// Words after a spelled number that make it no count of the writer's work ("one of the",
  /// "one more", "two or three", "two main areas" of a letter's own argument); a fraction
  /// ("two thirds") is `FractionClaims`' to check.
  private static let notCounted: Set<String> = [
    "of", "or", "and", "to", "more", "another", "other", "thing", "things", "way", "ways",
    "time", "times", "day", "point", "step", "steps", "reason", "reasons", "in", "half",
    "third", "thirds", "quarter", "quarters", "main", "area", "areas", "part", "parts",
    "aspect", "aspects",
  ]

  /// Nouns after a spelled count that make it a span of years of work.
  private static let yearUnits: Set<String> = [
    "year", "years", "season", "seasons", "summer", "summers",
  ]

  /// The spelled number whose words start at `index` and its value: "twelve", "a dozen",
  /// "twenty-five", "two hundred", "a hundred".
  static func spelled(at index: Int, _ words: [LetterWord]) -> (end: Int, value: Double)? {
    var end = index
    var value: Double
    if words[index].key == "a", index + 1 < words.count,
      ["dozen", "hundred"].contains(words[index + 1].key)
    {
      end = index + 1
      value = NumberWords.english[words[end].key] ?? 0
    } else {
      let key = words[index].key
      guard let first = NumberWords.english[key], !["dozen", "hundred"].contains(key) else {
        return nil
      }
      value = first
    }
    // "twenty-five", "twenty five".
    if value >= 20, value < 100, value.truncatingRemainder(dividingBy: 10) == 0,
      end + 1 < words.count, let unit = NumberWords.english[words[end + 1].key], unit < 10
    {
      end += 1
      value += unit
    }
    if value < 100, end + 1 < words.count, words[end + 1].key == "hundred" {
      end += 1
      value *= 100
    }
    // "six thousand", "two million": a magnitude scales the count.
    if end + 1 < words.count, let scale = NumberWords.magnitudes[words[end + 1].key] {
      end += 1
      value *= scale
    }
    return (end + 1, value)
  }

  /// The index past a percent sign written in words at `index` ("percent", "per cent",
  /// "pct"), nil when none stands there.
  static func percentEnd(after index: Int, _ words: [LetterWord]) -> Int? {
    guard index < words.count else { return nil }
    if ["percent", "pct"].contains(words[index].key) { return index + 1 }
    let isPerCent =
      words[index].key == "per" && index + 1 < words.count
      && words[index + 1].key == "cent"
    return isPerCent ? index + 2 : nil
  }

  /// Counts written in words in a claim: each must be the resume's figure, as a word or in
  /// digits; years are weighed against the resume's experience as figures are. `yearsOnly`:
  /// only years are checked ("Nine years in QA taught me patience").
  static func spelledCounts(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext,
    aboutJob: Bool, yearsOnly: Bool = false
  ) -> [Hit] {
    let words = sentence.words
    let text = context.letter.text
    var hits: [Hit] = []
    var index = 0
    while index < words.count {
      guard let (end, value) = spelled(at: index, words),
        end == words.count || !notCounted.contains(words[end].key)
      else {
        index += 1
        continue
      }
      defer { index = end }
      // "One example of my work", "one customer at a time": "one" rarely counts anything,
      // but "my one direct report" does. "I hold all three" counts the things just named;
      // "all three sites" counts sites.
      let before = index > 0 ? words[index - 1].key : ""
      // "at nine o'clock", "at ten on Tuesday": a time of day, not a count.
      let written = words[index].range.lowerBound..<words[end - 1].range.upperBound
      if ClockAndCallTimes.isHour(written, in: text[sentence.range]) { continue }
      // "at 24, I …", "twenty minutes from the airport": the writer's age or home.
      if PersonalFigures.contains(written, in: text[sentence.range]) { continue }
      let isOwn = isOwned(words[index].range.lowerBound, sentence)
      // "forty percent" is a percentage, backed only by one: "40%", not "40 engineers".
      if let last = percentEnd(after: end, words) {
        let range = words[index].range.lowerBound..<words[last - 1].range.upperBound
        let quote = ReviewContext.collapse(text[range])
        let share = Quantity(
          text: quote, value: value, unit: "%", measure: .percent, context: quote)
        guard !sources.supports(share, aboutJob: aboutJob && !isOwn) else { continue }
        hits.append(
          Hit(
            range: range, message: "check '\(quote)': your resume does not state this figure",
            severity: aboutJob && !isOwn ? nil : .error))
        continue
      }
      if value == 1 && !isOwn { continue }
      // "it was my first one": the pronoun stands for a thing named before; it counts nothing.
      if value == 1, isPronoun(index, end, words, text) { continue }
      if ["all", "these", "those"].contains(before),
        end == words.count
          || !LetterWord.gap(words[end - 1], words[end], in: text).allSatisfy(\.isWhitespace)
      {
        continue
      }
      let unit = end < words.count ? words[end] : nil
      // "two seasons as an adjuster", "three summers": spans of years the dates may back.
      let isYears = unit.map { yearUnits.contains($0.key) } ?? false
      if yearsOnly && !isYears { continue }
      // "a three year-old startup" is the company's age, not the writer's experience.
      if let unit, isYears, text[unit.range.upperBound...].first == "-" { continue }
      // "a twenty-minute call": the length of a meeting asked for, as "20-minute" is.
      if let unit, ["minute", "hour"].contains(unit.key),
        LetterWord.gap(words[end - 1], unit, in: text) == "-"
      {
        continue
      }
      let number = words[index].range.lowerBound..<words[end - 1].range.upperBound
      let range = number.lowerBound..<(isYears ? words[end].range.upperBound : number.upperBound)
      let quote = ReviewContext.collapse(text[range])
      let quantity = Quantity(
        text: quote, value: value, unit: isYears ? "years" : nil,
        measure: isYears ? .time : .count, context: quote)
      if isYears {
        if let hit = roleYears(range, value, sentence, sources, context) {
          hits.append(hit)
          continue
        }
        guard !sources.supports(quantity) else { continue }
        let years = Int((sources.statedYears ?? sources.resume.yearsOfExperience).rounded())
        hits.append(
          Hit(
            range: range, message: "check '\(quote)': your resume covers about \(years) years",
            severity: ExperienceClaims.severity(range, sentence, sources, text)))
        continue
      }
      let nouns = CountedNouns.after(text[words[end - 1].range.upperBound...])
      if RoundedFigures.isBacked(quantity, before: number.lowerBound, sentence, sources, text) {
        continue
      }
      // "one" stands in most resumes ("one-on-one"): a count of one needs its noun too.
      let backed =
        value == 1
        ? ["one", "1", "a"].contains { sources.contains($0 + " " + (unit?.key ?? "")) }
        : sources.supports(quantity, nouns: nouns) || sources.contains(quote)
      guard !backed, !(aboutJob && !isOwn && sources.postingHolds(quote)) else { continue }
      let spellings = [quote, String(Int(value))]
      // "so two office days a week suit me" beside the posting's "office two days a week":
      // the posting's figure in the posting's sense, as a figure in digits is excused.
      let near = UnsupportedClaimCheck.neighbours(range, sentence)
      if !isOwn, spellings.contains(where: { sources.postingStates($0, near: near) }) {
        continue
      }
      if !isOwn, let hit = postingOnly(range, spellings, sentence, sources) {
        hits.append(hit)
        continue
      }
      // "our records lived in four spreadsheets": a small count in a clause the writer is
      // not the subject of tells how things stood, not a result; it is checked, not failed.
      let describes = value <= 10 && !isOwn && !hasWriter(before: index, words, text)
      hits.append(
        Hit(
          range: range, message: "check '\(quote)': your resume does not state this figure",
          severity: aboutJob || describes ? nil : .error))
    }
    return hits
  }

  /// "I" or "we" before the word at `index` in its clause: the writer is its subject.
  private static func hasWriter(before index: Int, _ words: [LetterWord], _ text: String)
    -> Bool
  {
    var back = index - 1
    while back >= 0 {
      if NameMatching.isBroken(between: words[back], words[back + 1], in: text) { return false }
      if ["i", "we"].contains(words[back].key) { return true }
      back -= 1
    }
    return false
  }

  /// Words after "one" that make it a pronoun ("the one that", "one I trust").
  private static let afterPronoun: Set<String> = [
    "that", "who", "which", "where", "i", "we", "you", "is", "was", "are", "were",
  ]

  /// "it was my first one.", "the one that shipped": "one" written as a word with no noun
  /// after it, at the end of its clause or before a relative word, stands for a thing.
  private static func isPronoun(_ index: Int, _ end: Int, _ words: [LetterWord], _ text: String)
    -> Bool
  {
    guard words[index].key == "one", end == index + 1 else { return false }
    guard end < words.count else { return true }
    let gap = LetterWord.gap(words[index], words[end], in: text)
    return !gap.allSatisfy(\.isWhitespace) || afterPronoun.contains(words[end].key)
  }

  /// "I am bilingual, which matters in a kitchen of 45" beside the posting's "a team of 45":
  /// a figure the posting states, in words that do not make it the writer's own work, is
  /// the posting's, not an invented result. A warning that only the posting states it; nil
  /// when the posting holds none of `spellings`, or a verb of past work comes before it ("I
  /// closed 410 claims and cut my cycle time by 40%": the figure reads as its result).
  static func postingOnly(
    _ range: Range<String.Index>, _ spellings: [String], _ sentence: LetterText.Sentence,
    _ sources: ClaimSources
  ) -> Hit? {
    let before = sentence.words.prefix { $0.range.upperBound <= range.lowerBound }
    guard let quote = spellings.first, spellings.contains(where: sources.postingHolds),
      !before.contains(where: { Verbs.isPastTense($0.key) })
    else { return nil }
    return Hit(
      range: range,
      message: "check '\(quote)': only the posting states this figure; say it is theirs "
        + "('your …') or leave it out",
      severity: .warning)
  }

  /// "my 25-30 associates", "our team of 12": a figure the writer calls their own, up to
  /// three words after "my" or "our", is a claim even in a sentence about the job ahead
  /// ("I would bring my 25-30 associates"). So is a figure the writer says they worked on
  /// ("I ran a 40-bed unit like yours"): see `isDoneByWriter`.
  static func isOwned(_ position: String.Index, _ sentence: LetterText.Sentence) -> Bool {
    let words = sentence.words
    let index = words.firstIndex { $0.range.upperBound > position } ?? words.endIndex
    for back in stride(from: index - 1, through: max(0, index - 3), by: -1) {
      if ["my", "our"].contains(words[back].key) { return true }
      if othersWords.contains(words[back].key) { return false }
    }
    return isDoneByWriter(index, words)
  }

  /// Words just before a figure that make it the reader's or someone else's ("your 40 beds",
  /// "you ask for 10 years").
  static let othersWords: Set<String> = ["you", "your", "yours", "their", "its"]

  /// Words between "I did" and a figure that make the figure someone else's ("I ran the
  /// floor you describe", "I learned that your 40 beds") or the clause another one.
  private static let otherOwners: Set<String> = [
    "you", "your", "yours", "their", "its", "his", "her", "that", "which", "who", "whose",
    "where", "when", "how", "what", "about", "like", "than",
  ]

  /// Verbs of seeing, learning, feeling or wishing, past or present: "I read of the 40-bed
  /// unit", "I see your 12 sites", "I want to lead 12 people" claim no work.
  private static let notDone: Set<String> = [
    "read", "saw", "noticed", "learned", "learnt", "heard", "noted", "enjoyed", "liked",
    "loved", "admired", "followed", "watched", "found", "came", "was", "were", "felt",
    "thought", "knew", "wondered", "hoped", "wanted", "appreciated", "visited", "met", "see",
    "notice", "learn", "hear", "note", "enjoy", "like", "love", "admire", "follow", "watch",
    "find", "come", "feel", "think", "know", "wonder", "hope", "want", "appreciate", "visit",
    "meet", "look", "understand", "believe", "share", "welcome", "plan", "aim", "seek",
  ]

  /// Words that may stand between "I" and its verb ("I also ran", "I have run", "I now
  /// manage").
  private static let beforeVerb: Set<String> = [
    "also", "then", "once", "previously", "recently", "personally", "have", "had", "now",
    "currently", "still", "directly", "already",
  ]

  /// True when the word at `index` is the object of the writer's own work, up to six words
  /// after "I" and a verb of doing, past or present ("I ran a 40-bed unit", "I have
  /// supervised 12 aides", "I manage a 40-bed unit", "I lead 12 technicians"), with nothing
  /// between that gives it another owner. A present form counts only right after "I" ("the
  /// budget review for 40 stores" is a noun).
  private static func isDoneByWriter(_ index: Int, _ words: [LetterWord]) -> Bool {
    for back in stride(from: index - 1, through: max(0, index - 6), by: -1) {
      let key = words[back].key
      if otherOwners.contains(key) { return false }
      let isPast = Verbs.isPastTense(key)
      guard isPast || Verbs.isBase(key), back > 0 else { continue }
      var subject = back - 1
      while subject > 0, beforeVerb.contains(words[subject].key) { subject -= 1 }
      let isWriters = words[subject].key == "i"
      if !isPast && !isWriters { continue }
      return isWriters && !notDone.contains(key)
    }
    return false
  }

  /// "three years as key holder" when the resume gives "two years as key holder": years in
  /// a role are the resume's figure for that role, not its whole span.
  static func roleYears(
    _ range: Range<String.Index>, _ value: Double, _ sentence: LetterText.Sentence,
    _ sources: ClaimSources, _ context: ReviewContext
  ) -> Hit? {
    let words = sentence.words
    guard var next = words.firstIndex(where: { $0.range.lowerBound >= range.upperBound }),
      words[next].key == "as"
    else { return nil }
    next += 1
    if next < words.count, ["a", "an", "the"].contains(words[next].key) { next += 1 }
    guard next < words.count else { return nil }
    let stated = sources.yearsStated(as: words[next].key)
    guard let given = stated.first, !stated.contains(value) else { return nil }
    let quote = context.quote(range)
    let figure = given == given.rounded() ? String(Int(given)) : String(given)
    return Hit(
      range: range,
      message: "check '\(quote)': your resume gives \(figure) years in that role")
  }

  /// "25-30", "10–12": two numbers joined by a dash. Years ("2019-2021") are dates.
  private static let rangePattern = Pattern(
    #"(?<![\w.,/$-])(\d{1,3}(?:,\d{3})+|\d+)\s?[-–]\s?(\d{1,3}(?:,\d{3})+|\d+)"#
      + #"(?![\w/-]|[.,]\d)"#)

  /// Ranges of figures in a claim; the resume must state the range or both its ends.
  static func ranges(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext,
    aboutJob: Bool
  ) -> [Hit] {
    let text = context.letter.text[sentence.range]
    guard text.contains(where: { $0 == "-" || $0 == "–" }) else { return [] }
    return rangePattern.allGroups(in: String(text)).compactMap { groups in
      let ends = groups[1...2].compactMap { Double($0.replacingOccurrences(of: ",", with: "")) }
      guard ends.count == 2, !ends.allSatisfy({ (1900...2100).contains($0) }),
        let found = text.range(of: groups[0]),
        // "555-0172" of "(515) 555-0172" is a phone number, not a range.
        !PersonalFigures.isContact(found, in: text)
      else { return nil }
      let isOwn = isOwned(found.lowerBound, sentence)
      guard !sources.supports(range: groups[0], ends, aboutJob: aboutJob && !isOwn) else {
        return nil
      }
      return Hit(
        range: found, message: "check '\(groups[0])': your resume does not state this figure",
        severity: aboutJob && !isOwn ? nil : .error)
    }
  }

  /// "Local 48", "Station 12", "Unit 4B": a number right after a capitalised word names a
  /// thing, and the resume or the posting must name the same one. A month or day before it
  /// ("March 2021"), a year after it, or a lexicon term ("Python 3") is no such name.
  static func namedNumbers(_ sentence: LetterText.Sentence, _ context: ReviewContext) -> [Hit] {
    let words = sentence.words
    let text = context.letter.text
    return zip(words.indices.dropFirst(), words.indices.dropFirst(2)).compactMap { name, number in
      let word = words[name]
      let figure = words[number].key
      let isYear =
        figure.count == 4 && figure.allSatisfy(\.isNumber)
        && (figure.hasPrefix("19") || figure.hasPrefix("20"))
      guard word.isCapitalized, figure.first?.isNumber == true, !isYear,
        LetterWord.gap(word, words[number], in: text) == " ",
        !ProductNames.isNotProduct(word.key),
        // "Software Engineer 2" is a title's level, checked with the title (`NameClaims`).
        !(PostingRoleWords.nouns.contains(word.key) && HeldTitles.levels.contains(figure)),
        !context.terms.contains(where: { $0.range.overlaps(word.range) })
      else { return nil }
      let range = word.range.lowerBound..<words[number].range.upperBound
      let quote = ReviewContext.collapse(text[range])
      guard !context.inputsName(quote) else { return nil }
      return Hit(range: range, message: "check '\(quote)': your resume does not show this name")
    }
  }
}
