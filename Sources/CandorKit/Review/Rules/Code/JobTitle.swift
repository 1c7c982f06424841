/// Compares job titles by their specific words and role nouns.
enum JobTitle {
  private static let generic: Set<String> = [
    "senior", "junior", "lead", "principal", "staff", "sr", "jr", "i", "ii", "iii", "iv",
    "associate", "head", "chief", "level", "entry", "mid", "software", "technology", "tech",
    "technical", "general", "the", "of", "and", "a", "an",
  ]
  private static let nouns: [String: String] = [
    "engineer": "engineer", "developer": "engineer", "programmer": "engineer",
    "dev": "engineer", "manager": "manager", "analyst": "analyst", "designer": "designer",
    "scientist": "scientist", "architect": "architect", "specialist": "specialist",
    "consultant": "consultant", "administrator": "administrator", "coordinator": "coordinator",
    "assistant": "assistant", "teacher": "teacher", "nurse": "nurse", "accountant": "accountant",
    "technician": "technician", "director": "director", "representative": "representative",
    "intern": "intern", "recruiter": "recruiter", "sourcer": "recruiter", "writer": "writer",
  ]

  /// "developer", "Nurses": a word that names a kind of job.
  static func isRoleNoun(_ key: String) -> Bool {
    let folded = key.lowercased()
    let singular = folded.count > 3 && folded.hasSuffix("s") ? String(folded.dropLast()) : folded
    return nouns[singular] != nil
  }

  static func conflicts(_ letterTitle: String, _ postingTitle: String) -> Bool {
    let postingKeys = compounds(NameMatching.keys(postingTitle), NameMatching.keys(letterTitle))
    let letterKeys = compounds(NameMatching.keys(letterTitle), postingKeys)
    let (letterSpecific, letterNouns) = parts(letterKeys)
    let (postingSpecific, postingNouns) = parts(postingKeys)
    let nounClash =
      !letterNouns.isEmpty && !postingNouns.isEmpty && letterNouns.isDisjoint(with: postingNouns)
    let joinedLetter = letterSpecific.sorted().joined()
    let joinedPosting = postingSpecific.sorted().joined()
    let specificClash =
      !letterSpecific.isEmpty && !postingSpecific.isEmpty
      && letterSpecific.isDisjoint(with: postingSpecific)
      && !joinedLetter.contains(joinedPosting) && !joinedPosting.contains(joinedLetter)
    return nounClash || specificClash || wordClash(letterKeys, postingKeys)
      || rankClash(letterTitle, postingTitle)
  }

  /// Ranks above the plain job, each with its height.
  private static let ranks: [String: Int] = [
    "senior": 1, "sr": 1, "lead": 2, "staff": 2, "principal": 3, "head": 4, "chief": 4,
  ]

  /// "Senior Litigation Paralegal" for a "Litigation Paralegal" posting: the letter's title
  /// ranks above the posting's, so it applies for a higher job than the one open. A title
  /// of the same or less rank ("Senior Data Engineer" for "Staff Data Engineer") is not.
  private static func rankClash(_ letterTitle: String, _ postingTitle: String) -> Bool {
    func rank(_ title: String) -> Int {
      NameMatching.keys(title).compactMap { ranks[$0] }.max() ?? 0
    }
    return rank(letterTitle) > rank(postingTitle)
  }

  /// `keys` with hyphens dropped and two neighbours joined where `other` writes them as one
  /// word: "Front-End" and "front end" read as "frontend" beside "Frontend Engineer".
  private static func compounds(_ keys: [String], _ other: [String]) -> [String] {
    let plain = keys.map { $0.replacingOccurrences(of: "-", with: "") }
    let wanted = Set(other.map { $0.replacingOccurrences(of: "-", with: "") })
    var result: [String] = []
    var index = 0
    while index < plain.count {
      if index + 1 < plain.count, wanted.contains(plain[index] + plain[index + 1]) {
        result.append(plain[index] + plain[index + 1])
        index += 2
      } else {
        result.append(plain[index])
        index += 1
      }
    }
    return result
  }

  /// "Senior Software Engineer" for a "Staff Data Engineer" posting: each title has a word
  /// the other lacks once seniority is set aside, so the letter names another job even
  /// though the role nouns agree.
  private static func wordClash(_ letterKeys: [String], _ postingKeys: [String]) -> Bool {
    let letterWords = plainWords(letterKeys)
    let postingWords = plainWords(postingKeys)
    return !letterWords.isSubset(of: postingWords) && !postingWords.isSubset(of: letterWords)
  }

  /// A title's words without seniority, with role nouns in their common form.
  private static func plainWords(_ keys: [String]) -> Set<String> {
    Set(
      keys.compactMap { key in
        let singular = key.count > 3 && key.hasSuffix("s") ? String(key.dropLast()) : key
        if let noun = nouns[singular] { return noun }
        return seniority.contains(singular) ? nil : singular
      })
  }

  private static let seniority: Set<String> = [
    "senior", "junior", "lead", "principal", "staff", "sr", "jr", "i", "ii", "iii", "iv",
    "associate", "level", "entry", "mid", "the", "of", "and", "a", "an",
  ]

  private static func parts(_ keys: [String]) -> (specific: Set<String>, nouns: Set<String>) {
    var specific: Set<String> = []
    var roles: Set<String> = []
    for key in keys {
      let singular = key.count > 3 && key.hasSuffix("s") ? String(key.dropLast()) : key
      if let noun = nouns[singular] {
        roles.insert(noun)
      } else if !generic.contains(singular) {
        specific.insert(singular)
      }
    }
    return (specific, roles)
  }
}
