import CandorSpelling
import Testing

@testable import CandorKit

/// Every fixture pair, written in every tone, level and opener, must keep the promises a
/// letter makes: the right greeting, the company and role named, nothing invented, no
/// placeholder, the length target, and a clean review.
@Suite struct LetterMatrixTests {
  static let reviewer = LetterReviewer(spellChecker: HunspellChecker.englishUS)
  static let today = "2026-12-04"
  /// Six fields written in every combination of tone, level and opener.
  static let fields = [
    "software-backend", "nursing", "teaching", "accounting", "warehouse", "sales",
  ].compactMap(WriteCase.named)

  @Test func readsEveryFixturePair() {
    #expect(WriteCase.all.count == 14)
  }

  @Test(arguments: WriteCase.all, LetterOptions.Tone.allCases)
  func autoLetterKeepsEveryPromise(_ sample: WriteCase, _ tone: LetterOptions.Tone) throws {
    let options = LetterOptions(tone: tone)
    let letter = try LetterWriter.write(
      posting: sample.posting, resume: sample.resume, options: options, today: Self.today)
    Self.expectPromisesKept(letter, sample, options)
    #expect(letter.plan.opener == sample.opener)
    #expect(letter.plan.level == sample.level)
    let review = Self.reviewer.review(text: letter.text, job: sample.posting, resume: sample.resume)
    #expect(review.score >= 90, "\(review.findings.map(\.rule))")
    #expect(!review.hasErrors, "\(review.findings.filter { $0.severity == .error })")
  }

  @Test(arguments: fields)
  func everyToneLevelAndOpenerKeepsThePromises(_ sample: WriteCase) throws {
    for tone in LetterOptions.Tone.allCases {
      for level in LetterOptions.LevelChoice.allCases {
        for opener in LetterOptions.OpenerChoice.allCases {
          let options = LetterOptions(
            tone: tone, level: level, opener: opener,
            referrer: opener == .referral ? "Jordan Mills" : nil)
          if let reason = Self.unsupported(opener, sample) {
            #expect(throws: CandorError.self, "\(sample.name): \(reason)") {
              try LetterWriter.write(
                posting: sample.posting, resume: sample.resume, options: options,
                today: Self.today)
            }
            continue
          }
          let letter = try LetterWriter.write(
            posting: sample.posting, resume: sample.resume, options: options, today: Self.today)
          Self.expectPromisesKept(letter, sample, options)
        }
      }
    }
  }

  /// Why a forced opener would need a fact the resume lacks: an internal opener a current
  /// role at the posting's company, a return opener no current role at all.
  static func unsupported(_ opener: LetterOptions.OpenerChoice, _ sample: WriteCase) -> String? {
    let current = sample.resume.resume.work.filter {
      ($0.endDate ?? "").isEmpty && $0.startDate != nil
    }
    switch opener {
    case .internal:
      let company = sample.posting.company ?? ""
      let there = current.first.map { OpenerResolver.sameOrganisation($0.name ?? "", company) }
      return there == true ? nil : "no current role at \(company)"
    case .return:
      return current.isEmpty ? nil : "a current role, so no break"
    default: return nil
    }
  }

  @Test(arguments: WriteCase.all)
  func shortLettersFitApplicationBoxes(_ sample: WriteCase) throws {
    let options = LetterOptions(length: .short)
    let letter = try LetterWriter.write(
      posting: sample.posting, resume: sample.resume, options: options, today: Self.today)
    Self.expectPromisesKept(letter, sample, options)
  }

  @Test(arguments: WriteCase.all)
  func tonesDifferInWordingNotOnlyInTheGreeting(_ sample: WriteCase) throws {
    let letters = try LetterOptions.Tone.allCases.map { tone in
      try LetterWriter.write(
        posting: sample.posting, resume: sample.resume, options: LetterOptions(tone: tone),
        today: Self.today)
    }
    // The facts (resume statements) are the same in every tone; the words around them not.
    let framing = letters.map { letter in
      letter.paragraphs.filter { $0.role == .opening || $0.role == .closing }.map(\.text)
    }
    for first in 0..<framing.count {
      for second in (first + 1)..<framing.count {
        #expect(framing[first] != framing[second], "tones \(first) and \(second) open alike")
      }
    }
    let signOffs = Set(letters.map { $0.paragraphs.last?.sentences.first?.text ?? "" })
    #expect(signOffs.count == 3)
    let formal = letters[0].text
    let conversational = letters[1].text
    #expect(!["I'm", "I'd", "I've", "you're", "Let's"].contains { formal.contains($0) })
    #expect(
      ["I'm", "I'd", "I've", "I'll", "you're", "That's"].contains { conversational.contains($0) })
  }

  @Test func referralWithoutAReferrerIsAnError() {
    let sample = WriteCase.all[0]
    #expect(throws: CandorError.self) {
      try LetterWriter.write(
        posting: sample.posting, resume: sample.resume,
        options: LetterOptions(opener: .referral), today: Self.today)
    }
  }

  static func expectPromisesKept(_ letter: Letter, _ sample: WriteCase, _ options: LetterOptions) {
    let text = letter.text
    let label = "\(sample.name) \(options.tone) \(options.level) \(options.opener)"
    let greeting = letter.paragraphs.first?.text ?? ""
    if let recipient = sample.recipient {
      #expect(greeting == "Dear \(recipient),", "\(label)")
    } else if let company = sample.company {
      #expect(greeting == "Dear \(company) team,", "\(label)")
    }
    for stock in ["Hiring Manager", "To whom", "Sir or Madam", "{", "}", "[", "]"] {
      #expect(!text.contains(stock), "\(label): '\(stock)'")
    }
    #expect(text.contains(sample.title), "\(label): role")
    if let company = sample.company {
      let body = letter.paragraphs.filter(\.role.isBody).map(\.text).joined(separator: " ")
      #expect(body.contains(company), "\(label): company")
    }
    if let unsupported = sample.unsupported {
      #expect(!text.localizedCaseInsensitiveContains(unsupported), "\(label): claims it")
    }
    let checker = GroundingChecker(resume: sample.resume, posting: sample.posting, options: options)
    #expect(checker.ungroundedClaims(in: letter) == [], "\(label)")
    let range = options.length == .short ? 120...180 : 250...380
    #expect(range.contains(letter.bodyWordCount), "\(label): \(letter.bodyWordCount) words")
  }
}
