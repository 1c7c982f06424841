/// Drops matches whose neighbouring words give the spelling another sense than the skill:
/// a measure joined to a number ("30-bed" is no BEd degree), a credential naming other people
/// ("3 nurse aides", "under a master electrician"), a soft skill naming a group ("leadership
/// team"), an everyday adjective describing a thing ("reliable transportation") or a body
/// that approves something ("ABA-approved program" names the bar association, not ABA therapy)
/// or a currency code beside an amount ("CAD 140,000" is Canadian dollars, not design).
enum WordSense {
  /// The matches that keep their skill sense; `matches` itself when all do.
  static func kept(_ matches: [PhraseMatch], in text: TokenText) -> [PhraseMatch] {
    guard matches.contains(where: { misreads($0, text) }) else { return matches }
    return matches.filter { !misreads($0, text) }
  }

  /// True when the words around `match` show it means something other than the skill.
  static func misreads(_ match: PhraseMatch, _ text: TokenText) -> Bool {
    if isNumberCompound(match, text) || namesApprovingBody(match, text)
      || isCurrencyCode(match, text)
    {
      return true
    }
    switch match.category {
    case .certification: return namesOtherPeople(match, text)
    case .degree: return isTimeAfterDegree(match, text)
    case .softSkill:
      return namesGroup(match, text) || describesThing(match, text) || isNoClaim(match, text)
        || namesPost(match, text)
    default: return false
    }
  }

  /// "30-bed", "12-hour": a word hyphened to a number before it measures something.
  private static func isNumberCompound(_ match: PhraseMatch, _ text: TokenText) -> Bool {
    guard startsWithDigit(match.start - 1, text) else { return false }
    return text.isHyphenated(match.start - 1)
  }

  /// ISO 4217 codes of currencies postings are paid in.
  private static let currencyCodes: Set<String> = [
    "USD", "CAD", "AUD", "NZD", "EUR", "GBP", "CHF", "INR", "JPY", "SGD", "HKD", "MXN", "BRL",
    "ZAR", "SEK", "NOK", "DKK", "PLN",
  ]

  /// "CAD 140,000", "95,000 CAD": a currency's code written beside an amount.
  private static func isCurrencyCode(_ match: PhraseMatch, _ text: TokenText) -> Bool {
    guard match.end - match.start == 1, currencyCodes.contains(String(text[match.start].text))
    else {
      return false
    }
    return startsWithDigit(match.start - 1, text) || startsWithDigit(match.end, text)
  }

  /// True when the token at `index` exists and starts with a digit.
  private static func startsWithDigit(_ index: Int, _ text: TokenText) -> Bool {
    guard index >= 0, index < text.count, let first = text[index].text.utf8.first else {
      return false
    }
    return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
  }

  /// Words that, hyphened after a name, make it the body that vouches for something else.
  private static let approvals: Set<String> = [
    "approved", "accredited", "recognized", "recognised", "endorsed", "sanctioned",
  ]

  /// "ABA-approved", "ACPE-accredited": the spelling names who approves a program, school or
  /// product, which says nothing of the writer's own skill.
  private static func namesApprovingBody(_ match: PhraseMatch, _ text: TokenText) -> Bool {
    guard match.end < text.count, text.isHyphenated(match.end - 1) else { return false }
    return approvals.contains(text[match.end].folded)
  }

  /// Number words that count people ("two paramedics").
  private static let countWords: Set<String> = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "dozen", "several", "many",
  ]
  /// Words that make the person after "a", "an" or "the" someone the writer worked beside or
  /// led ("under a master electrician", "shadowed a paramedic"), not the writer.
  private static let companions: Set<String> = [
    "under", "with", "alongside", "beside", "for", "to", "shadowing", "shadowed",
    "assisting", "assisted", "supporting", "supported",
  ]
  /// Verbs whose object is other people, also without an article ("supervised CNAs").
  private static let leadVerbs: Set<String> = [
    "supervise", "supervised", "supervising", "manage", "managed", "managing", "lead", "led",
    "leading", "train", "trained", "training", "mentor", "mentored", "mentoring", "precept",
    "precepted", "precepting", "coach", "coached", "coaching", "hire", "hired", "hiring",
    "assign", "assigned", "assigning", "schedule", "scheduled", "scheduling", "onboard",
    "onboarded", "onboarding", "oversee", "oversaw", "overseeing", "direct", "directed",
    "directing",
  ]
  private static let articles: Set<String> = ["a", "an", "the", "our", "their"]
  /// Words that may stand between the article and the credential ("a licensed electrician").
  private static let qualifiers: Set<String> = [
    "licensed", "certified", "registered", "senior", "experienced", "new", "fellow", "staff",
    "veteran", "local",
  ]

  /// "3 nurse aides", "8 RNs", "under a master electrician", "supervised CNAs": a credential
  /// used as a noun for people other than the writer, which no one may claim from it.
  private static func namesOtherPeople(_ match: PhraseMatch, _ text: TokenText) -> Bool {
    guard match.start > 0 else { return false }
    var index = match.start - 1
    if isCount(text[index]) || leadVerbs.contains(text[index].folded) { return true }
    if qualifiers.contains(text[index].folded), index > 0 { index -= 1 }
    guard articles.contains(text[index].folded), index > 0 else { return false }
    let before = text[index - 1].folded
    return companions.contains(before) || leadVerbs.contains(before)
  }

  /// A small count in digits ("3", "12") or words ("two"); a year ("2019") is no count.
  private static func isCount(_ token: Token) -> Bool {
    let utf8 = token.text.utf8
    if (1...3).contains(utf8.count),
      utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
    {
      return true
    }
    return countWords.contains(token.folded)
  }

  /// Nouns for a group of people that a soft-skill word before them only names
  /// ("leadership team", "communication committee").
  private static let groupNouns: Set<String> = [
    "team", "teams", "staff", "committee", "committees", "council", "board", "group", "groups",
    "meeting", "meetings", "learners", "learner", "students",
  ]

  private static func namesGroup(_ match: PhraseMatch, _ text: TokenText) -> Bool {
    guard match.end < text.count, groupNouns.contains(text[match.end].folded) else {
      return false
    }
    return Tokenizer.gap(text[match.end - 1], text[match.end]) == " "
  }

  /// Words after an adjective that keep it said of a person ("reliable and punctual",
  /// "flexible team player", "dependable person").
  private static let personWords: Set<String> = [
    "and", "or", "but", "nor", "in", "with", "at", "to", "about", "under", "on", "when",
    "while", "as", "of", "for", "yet", "so", "even", "self-starter", "person", "persons",
    "people", "individual", "individuals", "worker", "workers", "employee", "employees",
    "professional", "professionals", "candidate", "candidates", "team", "teammate",
    "teammates", "colleague", "colleagues", "leader", "leaders", "communicator", "self",
  ]

  /// "reliable transportation", "flexible schedule": an everyday adjective that needed skill
  /// context, written before a noun that is no person, describes that thing.
  private static func describesThing(_ match: PhraseMatch, _ text: TokenText) -> Bool {
    guard match.needsContext, match.length == 1, match.end < text.count,
      isAdjective(text[match.start].folded)
    else { return false }
    let next = text[match.end]
    guard !next.isPunctuation, !next.isLineBreak, next.text.first?.isLowercase == true,
      Tokenizer.gap(text[match.start], next) == " "
    else { return false }
    return !personWords.contains(next.folded)
  }

  /// Endings of the everyday adjectives among soft-skill spellings ("reliable", "flexible",
  /// "creative", "friendly", "organized", "honest").
  private static let adjectiveEndings = [
    "able", "ible", "ive", "ful", "ous", "ent", "ant", "ic", "al", "ed", "ly", "est",
  ]

  private static func isAdjective(_ word: String) -> Bool {
    adjectiveEndings.contains { word.hasSuffix($0) }
  }

  /// "two years of post-master's experience": a one-word degree hyphened after "post" counts
  /// time after the degree, which the ask takes as given; it asks for no degree itself.
  private static func isTimeAfterDegree(_ match: PhraseMatch, _ text: TokenText) -> Bool {
    guard match.length == 1, match.start > 0 else { return false }
    return text[match.start - 1].folded == "post" && text.isHyphenated(match.start - 1)
  }

  /// "a supervising physical therapist", "Supervising Nurse": a soft skill's "-ing" word
  /// before a job title in the singular names that person's post, not the writer's skill;
  /// "supervising nurses" and "supervising therapist assistants" keep the skill.
  private static func namesPost(_ match: PhraseMatch, _ text: TokenText) -> Bool {
    guard match.length == 1, text[match.start].folded.hasSuffix("ing") else { return false }
    for index in match.end..<min(match.end + 3, text.count) {
      let token = text[index]
      guard !token.isPunctuation, Tokenizer.gap(text[index - 1], token) == " " else {
        return false
      }
      guard isTitleNoun(token.folded) else { continue }
      let next = index + 1
      // "therapist assistants": the title goes on, and its head is plural.
      return next == text.count || text[next].isPunctuation
        || !(isTitleNoun(text[next].folded)
          || Plural.singulars(of: text[next].folded).contains(where: isTitleNoun))
    }
    return false
  }

  private static func isTitleNoun(_ word: String) -> Bool { TitleNouns.shared.contains(word) }
}
