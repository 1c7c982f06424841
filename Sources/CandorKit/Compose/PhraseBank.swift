import Foundation

/// One tone's sentence patterns, loaded from `Resources/phrasebank/<tone>.json`.
///
/// A pattern names its slots in braces (`{company}`); a pattern is usable only when every
/// slot it names has a value, so a letter never shows an unfilled placeholder.
struct PhraseBank: Sendable, Codable {
  var tone: String
  /// Greeting patterns by kind: "person" or "team".
  var greeting: [String: [String]]
  /// Opening patterns by opener situation (`match`, `referral`, `career-change`, …).
  var opening: [String: [String]]
  /// Introduces one answered requirement, then its evidence.
  var point: [String]
  /// Introduces an answered requirement the posting prefers rather than asks for.
  var preferredPoint: [String]
  /// A sentence stressing what the level calls for, by level.
  var level: [String: [String]]
  /// A second company-specific sentence, used only to reach the length target.
  var company: [String]
  /// The posting's next company detail after `company`, for length.
  var companyAgain: [String]
  /// A job said from its fields: employer, title and the skills its statements name.
  var role: [String]
  /// The organisations the resume lists volunteer work with, for length.
  var volunteer: [String]
  /// The education entry said from its fields.
  var education: [String]
  /// One further degree or course per sentence, for length.
  var furtherEducation: [String]
  /// The resume's tools, said only to keep a very thin letter from falling under half its
  /// length target.
  var skills: [String]
  /// The languages the resume lists.
  var languages: [String]
  /// The dated roles in order, said from their fields ("{path}"), for length.
  var path: [String]
  /// A responsibility from the posting the candidate is ready to take on, for length.
  var interest: [String]
  /// A requirement the resume cannot meet, with the nearest thing it states.
  var closest: [String]
  /// A requirement a listed skill meets ("SQL or Looker" with Looker listed), said plainly.
  var listedAnswer: [String]
  /// An industry asked for that a role's employer or title names, said as met (`{role}`:
  /// "work as a Supply Planner at Granite Peak Apparel").
  var roleAnswer: [String]
  /// Names the posting's must-haves the resume shows that the letter has not mentioned.
  var coverage: [String]
  var closing: [String]
  var showcase: [String]
  var signOff: [String]

  /// Loads the bundled bank for `tone`.
  static func bundled(_ tone: LetterOptions.Tone) -> PhraseBank {
    cache[tone]!
  }

  private static let cache: [LetterOptions.Tone: PhraseBank] = {
    var banks: [LetterOptions.Tone: PhraseBank] = [:]
    for tone in LetterOptions.Tone.allCases {
      guard
        let url = Bundle.module.url(
          forResource: tone.rawValue, withExtension: "json", subdirectory: "phrasebank"),
        let data = try? Data(contentsOf: url),
        let bank = try? JSONDecoder().decode(PhraseBank.self, from: data)
      else {
        preconditionFailure("phrase bank \(tone.rawValue).json is missing or malformed")
      }
      banks[tone] = bank
    }
    return banks
  }()

  /// `patterns` for a posting that states no title: "the {role} position at {company}"
  /// becomes "the open position at {company}", so the opening still names the company and
  /// leads on evidence instead of falling back to "I am applying for this position."
  static func untitled(_ patterns: [String]) -> [String] {
    patterns.map { pattern in
      var text = pattern
      for noun in ["position", "role"] {
        text = text.replacingOccurrences(
          of: "the {role} \(noun) at {company}", with: "the open \(noun) at {company}")
      }
      return text
    }
  }

  /// Fills the first usable pattern, counting from `variant`; nil when none is usable.
  static func fill(_ patterns: [String], _ slots: [String: String], variant: Int) -> String? {
    guard !patterns.isEmpty else { return nil }
    for offset in 0..<patterns.count {
      let pattern = patterns[(variant + offset) % patterns.count]
      if let text = fill(pattern, slots) { return text }
    }
    return nil
  }

  /// Fills the first usable pattern from `variant` whose text `accept` allows; when none is
  /// allowed, the first usable one.
  static func fill(
    _ patterns: [String], _ slots: [String: String], variant: Int, accept: (String) -> Bool
  ) -> String? {
    guard !patterns.isEmpty else { return nil }
    var first: String?
    for offset in 0..<patterns.count {
      guard let text = fill(patterns[(variant + offset) % patterns.count], slots) else {
        continue
      }
      if accept(text) { return text }
      first = first ?? text
    }
    return first
  }

  /// Fills one pattern; nil when a slot it names has no value.
  static func fill(_ pattern: String, _ slots: [String: String]) -> String? {
    var result = ""
    var rest = Substring(pattern)
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { return nil }
      let name = String(rest[rest.index(after: open)..<close])
      guard let value = slots[name], !value.isEmpty else { return nil }
      result += value
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  /// A small stable number from `key` (FNV-1a over its bytes), so a choice that varies by
  /// letter is the same on every run and every machine.
  static func spread(_ key: String) -> Int {
    var hash: UInt32 = 2_166_136_261
    for byte in key.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return Int(hash % 9973)
  }

  /// The slot names a pattern uses.
  static func slotNames(in pattern: String) -> [String] {
    var names: [String] = []
    var rest = Substring(pattern)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      names.append(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return names
  }
}
