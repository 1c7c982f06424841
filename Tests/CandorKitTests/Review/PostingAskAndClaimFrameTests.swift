import Testing

@testable import CandorKit

/// What a letter says the posting asks for is checked against the posting; a wish is no
/// claim; a degree's date, a colleague's name and an abbreviation's period are read as such;
/// a breadth claim needs a named tool, not any figure; a misspelt product gets its name.
@Suite struct PostingAskAndClaimFrameTests {
  static let posting = """
    Backend Engineer
    Kestrel Freight

    We are hiring a Backend Engineer to build our billing platform.

    Requirements
    - 3+ years of Python
    - Experience with PostgreSQL and Terraform
    """

  static let resumeText = """
    Jordan Vale
    jordan@example.com

    EXPERIENCE
    Software Engineer, Brisco Labs, 2019 – 2024
    - Built billing services in Python and PostgreSQL
    - Ran EKS clusters for 40 services

    EDUCATION
    B.S. Civil Engineering, State University, 2018
    """

  static func findings(_ body: String, rule: String, job: Bool = true) throws -> [Finding] {
    let letter = "Dear Ms. Lane,\n\n\(body)\n\nSincerely,\nJordan Vale\n"
    let posting = try PostingReader.read(InputFile(name: "job.txt", text: posting))
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: resumeText))
    return LetterReviewer(spellChecker: nil)
      .review(text: letter, job: job ? posting : nil, resume: resume)
      .findings.filter { $0.rule == rule }
  }

  @Test(arguments: [
    ("You ask for a teaching credential.", "a teaching credential"),
    ("Your posting requires five years of Python.", "five years"),
    ("You need someone with Java.", "Java"),
    ("Your team is looking for a night auditor.", "a night auditor"),
    ("The posting also asks for Kubernetes and PostgreSQL.", "Kubernetes"),
  ])
  func anAskThePostingDoesNotMakeIsFlagged(body: String, quote: String) throws {
    let found = try Self.findings(body, rule: "misquoted-posting")
    #expect(found.map(\.message).contains { $0.hasPrefix("check '\(quote)'") })
    #expect(found.count == 1)
  }

  @Test(arguments: [
    "You ask for three years of Python, and I have five.",
    "Your posting requires PostgreSQL and Terraform; I use both.",
    "You need someone to build the billing platform.",
    "The team needed someone for Java, so I learned it.",
  ])
  func anAskThePostingMakesIsNotFlagged(body: String) throws {
    #expect(try Self.findings(body, rule: "misquoted-posting").isEmpty)
  }

  @Test(arguments: [
    "I hope to run GKE one day.", "I would like to learn Rust next year.",
    "I plan to earn the CKA this spring.", "I want to learn Kafka.",
  ])
  func aWishIsNoClaimOfExperience(body: String) throws {
    #expect(try Self.findings(body, rule: "unsupported-claim", job: false).isEmpty)
  }

  @Test func aClaimBesideAWishIsStillChecked() throws {
    let found = try Self.findings(
      "I ran GKE at Brisco Labs, and I hope to run Kafka one day.", rule: "unsupported-claim",
      job: false)
    #expect(found.map(\.message) == ["check 'GKE': your resume does not mention it"])
  }

  @Test(arguments: ["in May", "in Spring 2027", "in December"])
  func aDateAfterADegreeFieldIsNoPartOfIt(date: String) throws {
    let body = "I earned a B.S. in Civil Engineering \(date)."
    #expect(try Self.findings(body, rule: "unsupported-claim", job: false).isEmpty)
  }

  @Test func aDegreeInAnUnheldFieldIsStillFlaggedWithoutItsDate() throws {
    let found = try Self.findings(
      "I earned a B.S. in Marine Biology in May.", rule: "unsupported-claim", job: false)
    #expect(found.map(\.excerpt) == ["B.S. in Marine Biology"])
  }

  @Test func anAbbreviatedDegreeIsQuotedWithItsFinalPeriod() throws {
    let found = try Self.findings("I also hold an M.S.", rule: "unsupported-claim", job: false)
    #expect(found.map(\.excerpt) == ["M.S."])
    #expect(found.first?.message.contains("'M.S.'") == true)
  }

  @Test func colleaguesNamedInASentenceAboutPeopleAreNotProducts() throws {
    let body = "I built the scheduler with Priya and Tom, my teammates."
    #expect(try Self.findings(body, rule: "unsupported-claim", job: false).isEmpty)
  }

  @Test func aToolAfterWithIsStillAProductWhenNoPeopleAreNamed() throws {
    let found = try Self.findings(
      "I load-tested the billing API with Gatling.", rule: "unsupported-claim", job: false)
    #expect(found.map(\.excerpt) == ["Gatling"])
  }

  @Test func aBreadthClaimIsExcusedByANamedToolNotByAFigure() throws {
    let figure = try Self.findings(
      "I helped with many projects to cut costs 20%.", rule: "vague-claim", job: false)
    #expect(figure.map(\.excerpt) == ["helped with many projects"])
    let named = try Self.findings(
      "I helped with several projects in Python and PostgreSQL.", rule: "vague-claim",
      job: false)
    #expect(named.isEmpty)
  }

  @Test func aSizeClaimIsStillExcusedByItsFigure() throws {
    let found = try Self.findings(
      "I significantly reduced failed invoices, by 30% in one year.", rule: "vague-claim",
      job: false)
    #expect(found.isEmpty)
  }

  @Test func aNearMissOfALexiconProductSuggestsTheProduct() {
    let lexicon = Lexicon.standard
    #expect(SpellingCheck.nearProducts("Arriba", lexicon).first == "Ariba")
    #expect(SpellingCheck.nearProducts("Tablaeu", lexicon).first == "Tableau")
    #expect(SpellingCheck.nearProducts("Invoice", lexicon).isEmpty)
    // "dara" is a typo for a word, not the language Dari: products are written capitalised.
    #expect(SpellingCheck.nearProducts("dara", lexicon).isEmpty)
  }

  @Test func aMisspeltProductIsCorrectedToTheProductFirst() {
    let letter =
      "Dear Ms. Lane,\n\nI ran sourcing events in SAP Arriba for 40 buyers.\n\n"
      + "Sincerely,\nJordan Vale\n"
    let review = LetterReviewer(spellChecker: ArrobaChecker()).review(text: letter)
    let found = review.findings.filter { $0.rule == "spelling" }
    #expect(found.map(\.suggestion) == ["write 'Ariba'"])
  }
}

/// A spell checker that knows the test letter's other words, not "Arriba", and offers
/// "Arroba" for it, as Hunspell does.
private struct ArrobaChecker: SpellChecker {
  static let known: Set<String> = [
    "dear", "ms", "lane", "i", "ran", "sourcing", "events", "in", "sap", "for", "buyers",
    "sincerely", "jordan", "vale", "arroba",
  ]
  func isCorrect(_ word: String) -> Bool { Self.known.contains(word.lowercased()) }
  func suggestions(for word: String) -> [String] { word == "Arriba" ? ["Arroba"] : [] }
}
