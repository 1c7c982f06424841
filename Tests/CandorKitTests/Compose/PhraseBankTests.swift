import Testing

@testable import CandorKit

@Suite struct PhraseBankTests {
  static let tones = LetterOptions.Tone.allCases

  static func patterns(_ bank: PhraseBank) -> [String] {
    bank.greeting.values.flatMap { $0 } + bank.opening.values.flatMap { $0 }
      + bank.point + bank.preferredPoint
      + bank.level.values.flatMap { $0 } + bank.company + bank.coverage + bank.role + bank.volunteer
      + bank.education
      + bank.closest + bank.listedAnswer + bank.roleAnswer + bank.furtherEducation + bank.skills
      + bank.languages
      + bank.interest
      + bank.closing
      + bank.showcase
      + bank.signOff
  }

  /// Patterns carry connective words only: a skill or credential in a pattern would be a
  /// claim no resume made.
  @Test(arguments: tones)
  func patternsNameNoSkillOrNumber(_ tone: LetterOptions.Tone) {
    let bank = PhraseBank.bundled(tone)
    for pattern in Self.patterns(bank) {
      var words = pattern
      for slot in PhraseBank.slotNames(in: pattern) {
        words = words.replacingOccurrences(of: "{\(slot)}", with: " ")
      }
      #expect(Lexicon.standard.matches(in: words).map(\.term) == [], "\(pattern)")
      let hasDigit = words.contains { $0.isNumber }
      #expect(!hasDigit, "\(pattern)")
    }
  }

  @Test(arguments: tones)
  func everyOpenerSituationHasPatterns(_ tone: LetterOptions.Tone) {
    let bank = PhraseBank.bundled(tone)
    for situation in OpenerSituation.allCases {
      #expect(!(bank.opening[situation.rawValue] ?? []).isEmpty, "\(situation)")
    }
    for level in ExperienceLevel.allCases {
      #expect(!(bank.level[level.rawValue] ?? []).isEmpty, "\(level)")
    }
  }

  @Test func fillsOnlyWhenEverySlotHasAValue() {
    #expect(PhraseBank.fill("Dear {name},", ["name": "Dana Lee"]) == "Dear Dana Lee,")
    #expect(PhraseBank.fill("Dear {name},", [:]) == nil)
    #expect(PhraseBank.fill(["At {company}.", "Hello."], [:], variant: 0) == "Hello.")
  }
}
