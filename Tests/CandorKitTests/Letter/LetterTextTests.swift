import Testing

@testable import CandorKit

@Suite struct LetterTextTests {
  static let sample = """
    Sam Ortiz
    sam@example.com

    Dear Ms. Chen,

    I rebuilt the U.S. billing service in 3.5 months. It now answers in 180 ms, e.g. for refunds.

    My work at Acme:
    - cut costs by 20%
    - led 4 engineers

    Best regards,
    Sam Ortiz

    --notes

    """

  @Test func outlineShowsPartsSentencesAndPositions() {
    #expect(
      LetterOutline.render(LetterText(Self.sample)) == """
        header @1
          1:1 [2] Sam Ortiz
          2:1 [1] sam@example.com
        greeting @4
          4:1 [3] Dear Ms. Chen,
        body @6
          6:1 [9] I rebuilt the U.S. billing service in 3.5 months.
          6:51 [9] It now answers in 180 ms, e.g. for refunds.
        body list @8
          8:1 [4] My work at Acme:
          9:3 [4] - cut costs by 20%
          10:3 [3] - led 4 engineers
        signOff @12
          12:1 [2] Best regards,
        signature @13
          13:1 [2] Sam Ortiz
        trailing notes @15

        """)
  }

  @Test func anAddressLineWithANoteStaysInTheHeader() {
    let text = """
      Rosa Imbert
      rosa@example.com

      Hannah Osei
      Northgate Mutual Insurance
      Tampa, FL (field, travel up to 50%)

      Dear Hannah Osei,

      I closed 620 property claims in 2024 with a twelve-day average cycle time.

      Sincerely,
      Rosa Imbert
      """
    let letter = LetterText(text)
    #expect(letter.trailing == nil)
    #expect(letter.greeting?.firstLine == 8)
    #expect(letter.body.count == 1)
    #expect(letter.bodyWordCount == 13)
  }

  @Test(arguments: ["Lakeside Canoe Co.", "Orchard Dental, P.C.", "Ruiz & Hale LLC."])
  func anAddressLineEndingInAnAbbreviationStaysInTheHeader(_ company: String) {
    let text = """
      Noor Haddad
      Bangor, ME
      noor@example.com

      March 3, 2026

      Ivy Brennan
      \(company)
      12 Wharf Rd.
      Bangor, ME

      Dear Ivy Brennan,

      I grew our newsletter list from 4,000 to 11,000 readers in a year.

      Sincerely,
      Noor Haddad, Ph.D.
      """
    let letter = LetterText(text)
    #expect(letter.trailing == nil)
    #expect(letter.greeting?.firstLine == 12)
    #expect(letter.body.count == 1)
    #expect(letter.bodyWordCount == 13)
  }

  @Test func aShortSentenceEndingInAnAbbreviationInTheBodyIsStillProse() {
    let letter = LetterText("Dear Ivy,\n\nI joined Lakeside Canoe Co.\n\nBest,\nNoor")
    #expect(letter.body.count == 1)
    #expect(letter.bodyWordCount == 5)
    #expect(letter.signOff?.firstLine == 5)
  }

  @Test(arguments: ["\r\n", "\r"])
  func otherLineEndingsKeepLinesAndColumns(_ ending: String) {
    let converted = Self.sample.replacingOccurrences(of: "\n", with: ending)
    #expect(
      LetterOutline.render(LetterText(converted)) == LetterOutline.render(LetterText(Self.sample)))
  }

  @Test func columnsCountCharactersAfterMultiByteText() {
    let letter = LetterText("Zoë Ångström 東京\nDear Ana,\n\nÅsa’s café 🚀 shipped it.")
    let words = letter.body[0].sentences[0].words
    #expect(letter.position(of: words[2].range.lowerBound) == SourcePosition(line: 4, column: 14))
    let header = letter.paragraphs[0].sentences[0].words
    #expect(letter.position(of: header[2].range.lowerBound) == SourcePosition(line: 1, column: 14))
  }

  @Test func hardWrappedLinesFormOneParagraph() {
    let text = """
      Dear Ana,

      I rebuilt the scheduling service that books every clinic visit, and
      cut the time to book a slot from nine seconds to under one second for
      the 140 clinics that use it every day.

      Best,
      Sam
      """
    let letter = LetterText(text)
    #expect(letter.body.count == 1)
    #expect(letter.body[0].sentences.count == 1)
    #expect(letter.bodyWordCount == 34)
  }

  @Test func aSentenceBrokenOffAtALineEndGoesOnBelowIt() {
    let text = """
      Dear Ana,

      I rebuilt the scheduling service for every clinic.
      I cut the booking time from nine seconds to one.
      On top of that I am a Certified
      Public Accountant who audits the clinic budgets.
      Could we talk next week?

      Best,
      Sam
      """
    let sentences = LetterText(text).body.flatMap(\.sentences).map { text[$0.range] }
    #expect(sentences.count == 4)
    #expect(
      sentences[2]
        == "On top of that I am a Certified\nPublic Accountant who audits the clinic budgets.")
  }

  @Test func longUnwrappedLinesAreSeparateParagraphs() {
    let line =
      "I rebuilt the scheduling service that books every clinic visit, and I cut the time it "
      + "takes a nurse to book a follow-up slot from nine seconds to one."
    let letter = LetterText("Dear Ana,\n\(line)\n\(line)\n\(line)\nBest,\nSam")
    #expect(letter.body.count == 3)
    #expect(letter.signOff != nil)
  }

  @Test(arguments: [
    ("I'm", ["i", "am"]), ("don’t", ["do", "not"]), ("won't", ["will", "not"]),
    ("Northwind's", ["northwind"]), ("it’s", ["it", "is"]), ("C++ and C#", ["c++", "and", "c#"]),
    (".NET Node.js", [".net", "node.js"]), ("self-starter", ["self", "starter"]),
    ("O'Brien", ["o'brien"]),
  ])
  func wordsAreFoldedForMatching(_ text: String, _ keys: [String]) {
    #expect(
      WordTokenizer.words(in: text, range: text.startIndex..<text.endIndex).map(\.key) == keys)
  }

  @Test(arguments: [
    ("Mr. Lee led it. Then it shipped.", 2), ("It cost $3.5M. We paid.", 2),
    ("See e.g. the report. Done.", 2), ("I am a U.S. citizen. Yes.", 2),
    ("“It works.” She said so.", 2), ("Wait... what? Yes!", 2), ("It ended (Sept. 2025). Next.", 2),
    ("At Fino Paytech Pvt. Ltd, I led billing. Then more.", 2),
    ("At Harbour Pte. Ltd. I led billing.", 1),
  ])
  func sentencesSplitAtRealSentenceEnds(_ text: String, _ count: Int) {
    #expect(
      SentenceSplitter.sentences(in: text, range: text.startIndex..<text.endIndex).count == count)
  }

  @Test(arguments: [
    ("<!-- candor-disable hedging, passion-statement -->", ["hedging", "passion-statement"]),
    ("// candor-disable spelling", ["spelling"]), ("# candor-disable", ["all"]),
    ("candor-disable: generic-opener", ["generic-opener"]),
  ])
  func suppressionCommentsNameRules(_ line: String, _ rules: [String]) {
    #expect(SuppressionComment.disabledRules(in: Substring(line)) == rules)
    #expect(LetterText("\(line)\nDear Ana,\n\nHi.").disabledRules == Set(rules))
  }

  @Test func proseMentioningTheKeywordIsNotASuppression() {
    #expect(SuppressionComment.disabledRules(in: "I wrote candor-disable support") == nil)
  }

  @Test(arguments: [
    "", "\n\n\n", "\r", "Dear", "Sincerely,", "↓", "🚀🚀🚀", String(repeating: "a", count: 5_000),
    "[[[[ {{{{ <<<< ____", "“unbalanced", "e\u{301}\u{301}\u{301}", "Dear Ana,\n\nSincerely,",
    "- \n* \n1. ", "...\n---\n***", "Hi!\n\nBest,\n\nDear Bo,\n\nBest,", "\u{0}\u{1}\u{2}",
  ])
  func anyTextGivesSomeStructure(_ text: String) {
    let letter = LetterText(text)
    for paragraph in letter.paragraphs {
      for sentence in paragraph.sentences {
        #expect(letter.text[sentence.range].isEmpty == false)
      }
    }
    let review = LetterReviewer().review(text: text)
    #expect((0...100).contains(review.score))
  }
}
