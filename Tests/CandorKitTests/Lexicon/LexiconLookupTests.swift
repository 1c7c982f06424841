import Testing

@testable import CandorKit

/// `entry(for:)`, `key(for:)` and `normalized(_:)`: aliases, acronyms, expansions and
/// spelling variants lead to one canonical term.
@Suite struct LexiconLookupTests {
  @Test(arguments: [
    ("postgres", "PostgreSQL"), ("Postgres", "PostgreSQL"), ("k8s", "Kubernetes"),
    ("JS", "JavaScript"), ("CI / CD", "CI/CD"), ("Microsoft Excel", "Excel"),
    ("MS Excel", "Excel"), ("RN", "Registered Nurse"), ("registered nurse", "Registered Nurse"),
    ("Certified Public Accountant", "CPA"), ("Basic Life Support", "BLS"),
    ("Advanced Cardiac Life Support", "ACLS"), ("B.S.", "Bachelor's degree"),
    ("BA", "Bachelor's degree"), ("bachelor of science", "Bachelor's degree"),
    ("Bachelor’s degree", "Bachelor's degree"), ("Bachelors degree", "Bachelor's degree"),
    ("Master of Business Administration", "MBA"), ("Golang", "Go"), ("golang", "Go"),
    ("front end", "front-end development"), ("frontend", "front-end development"),
    ("Front-End", "front-end development"), ("ecommerce", "e-commerce"),
    ("APIs", "API"), ("relational database", "relational databases"),
    ("design pattern", "design patterns"), ("(Python)", "Python"), ("Python,", "Python"),
    ("SHRM-CP", "SHRM-CP"), ("forklift certified", "forklift certification"),
    ("Zendesk Support", "Zendesk"), ("Family and Medical Leave Act", "FMLA"),
    ("Project Management Professional", "PMP"), ("detail-oriented", "attention to detail"),
    ("discovery responses", "discovery"), ("E-filed", "court filings"),
    ("supervisory experience", "supervision"), ("asset protection", "loss prevention"),
    ("Tanker endorsement", "tanker endorsement"), ("DOT physical", "DOT medical card"),
  ])
  func aliasLeadsToCanonicalTerm(_ spelling: String, _ term: String) {
    #expect(Lexicon.standard.entry(for: spelling)?.term == term)
  }

  @Test(arguments: [
    ("LMSW", "LCSW"), ("LPN", "RN"), ("CPhT", "PharmD"),
    ("Advanced Certified Paralegal", "Certified Paralegal"), ("Enrolled Agent", "CPA"),
    ("CKAD", "CKA"), ("MCSE", "MCSA"), ("CCBA", "CBAP"), ("PSPO", "CSPO"), ("aPHR", "PHR"),
    ("RHIT", "CCS"), ("JNCIP", "JNCIA"), ("DELTA certification", "CELTA"),
    ("Certified Paralegal", "paralegal"), ("Tanker endorsement", "Hazmat endorsement"),
    ("loss prevention", "security patrols"),
  ])
  func distinctCredentialsAreDistinctEntries(_ one: String, _ other: String) {
    let first = Lexicon.standard.entry(for: one)
    let second = Lexicon.standard.entry(for: other)
    #expect(first != nil && second != nil)
    #expect(first?.term != second?.term)
  }

  @Test(arguments: [
    "go", "GO", "swift", "excel", "rust", "spring", "r", "team", "platform", "data",
  ])
  func everydaySpellingIsNoEntry(_ spelling: String) {
    #expect(Lexicon.standard.entry(for: spelling) == nil)
  }

  @Test func keySharesCanonicalFormAcrossAliases() {
    let lexicon = Lexicon.standard
    #expect(lexicon.key(for: "Postgres") == lexicon.key(for: "PostgreSQL"))
    #expect(lexicon.key(for: "unit tests") == lexicon.key(for: "Unit Test"))
    #expect(lexicon.key(for: "k8s") == "kubernetes")
    #expect(lexicon.key(for: "Widgets") == lexicon.key(for: "widget"))
    #expect(lexicon.key(for: "Java") != lexicon.key(for: "JavaScript"))
  }

  @Test(arguments: [
    ("  Node.js ", "node.js"), ("CI/CD", "ci cd"), ("C++", "c++"), ("C#", "c#"),
    ("Front-End", "front end"), ("Master’s", "masters"), ("R&D", "r&d"),
    ("ASP.NET", "asp.net"), ("snake_case tools", "snake case tools"), ("ﬁle", "file"),
  ])
  func normalizedFormFollowsTheLabelsRules(_ text: String, _ expected: String) {
    #expect(Lexicon.normalized(text) == expected)
  }
}
