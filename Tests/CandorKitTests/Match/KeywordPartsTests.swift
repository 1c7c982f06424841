import Testing

@testable import CandorKit

/// The pieces of keyword extraction: either/or joints, example lists, degree fields, the
/// title, spellings and weights.
@Suite struct KeywordPartsTests {
  @Test(arguments: [
    ("/", true), (" / ", true), (" or ", true), (", or ", true), (" and/or ", true),
    (" or another ", true), (" or a similar ", true), (" or other ", true),
    (", ", false), (" and ", false), (" with ", false), (" and other ", false),
    (" or the ", false),
  ])
  func joinsAlternativesOnlyWithOrAndSlashes(_ gap: String, _ joins: Bool) {
    #expect(EitherOr.joins(Substring(gap)) == joins)
  }

  @Test(arguments: [
    ("a BI tool such as Tableau, Qlik or Looker", "Tableau, Qlik or Looker"),
    ("one language (e.g. Java, PHP) and SQL", "Java, PHP"),
    ("at least one of: Go, Rust. Also SQL", ": Go, Rust"),
    ("tools—such as Go, Rust; and SQL", "Go, Rust"),
    ("Unlike most, we like Café, Go", "Café, Go"),
  ])
  func findsWhereAListOfExamplesRuns(_ text: String, _ span: String) throws {
    let spans = ExampleList.spans(in: text)
    #expect(spans.count == 1)
    let found = try #require(spans.first)
    #expect(text[found].trimmingCharacters(in: .whitespaces) == span)
  }

  @Test(arguments: [
    ("Senior Backend Engineer", "Backend Engineer"),
    ("Sr. Data Analyst (m/f)", "Data Analyst"),
    ("Intern, Marketing", "Marketing"),
    ("Registered Nurse - Part-Time", "Registered Nurse"),
  ])
  func dropsLevelWordsFromTheTitle(_ title: String, _ core: String) {
    #expect(TitleKeyword.core(Substring(title)) == core)
  }

  @Test func narrowsATitleToAKnownField() {
    let lexicon = Lexicon(entries: [.init(term: "customer service", category: .domain)])
    #expect(
      TitleKeyword.narrowed("Customer Service Representative", lexicon: lexicon)
        == "Customer Service")
    #expect(TitleKeyword.narrowed("Project Manager", lexicon: lexicon) == "Project Manager")
  }

  @Test(arguments: [
    ("written and verbal communication", "communication"),
    ("communication skills", "communication"),
    ("strong Postgres skills", "Postgres"),
    ("Postgres", "Postgres"),
    ("Postgres and Redis", "Postgres"),
  ])
  func showsTheCoreOfASpelling(_ spelling: String, _ core: String) {
    let lexicon = Lexicon(entries: [
      .init(
        term: "communication",
        aliases: ["communication skills", "written and verbal communication"],
        category: .softSkill),
      .init(
        term: "PostgreSQL", aliases: ["Postgres", "strong Postgres skills"], category: .database),
    ])
    // The key comes from the lexicon match the spelling made: its term's key.
    let key = lexicon.key(for: core)
    #expect(KeywordSpelling.core(spelling, key: key, lexicon: lexicon) == core)
  }

  /// Spellings with words before the term's head that only say what is done with it; a
  /// capitalised name and a head noun after the term stay whole.
  @Test(arguments: [
    ("take ownership", "ownership"),
    ("working with distributed teams", "distributed teams"),
    ("system workflows", "workflows"),
    ("Elastic Beanstalk", "Elastic Beanstalk"),
    ("RN license", "RN license"),
  ])
  func dropsLowerCaseWordsBeforeTheTermsHead(_ spelling: String, _ shown: String) {
    let lexicon = Lexicon(entries: [
      .init(term: "ownership", aliases: ["take ownership"], category: .softSkill),
      .init(
        term: "distributed teams", aliases: ["working with distributed teams"],
        category: .softSkill),
      .init(
        term: "workflow design", aliases: ["workflows", "system workflows"], category: .method),
      .init(
        term: "AWS Elastic Beanstalk", aliases: ["Elastic Beanstalk", "Beanstalk"],
        category: .cloud),
      .init(term: "registered nurse", aliases: ["RN", "RN license"], category: .certification),
    ])
    let key = lexicon.key(for: spelling)
    #expect(KeywordSpelling.core(spelling, key: key, lexicon: lexicon) == shown)
  }

  @Test func keepsTheWordsBeforeATermWhereTheHeadComesFirst() {
    let lexicon = Lexicon(entries: [
      .init(term: "business intelligence", aliases: ["BI", "herramientas BI"], category: .domain)
    ])
    let key = lexicon.key(for: "BI")
    #expect(
      KeywordSpelling.core("herramientas BI", key: key, lexicon: lexicon, headLast: false)
        == "herramientas BI")
    #expect(KeywordSpelling.core("herramientas BI", key: key, lexicon: lexicon) == "BI")
  }

  @Test(arguments: [
    ("High School diploma or equivalent", "High School diploma"),
    ("B.S. in Computer Science", "B.S. in Computer Science"),
  ])
  func cutsADegreeTheLexiconSpellsOutButNotOneJoinedToItsField(
    _ spelling: String, _ shown: String
  ) {
    let lexicon = Lexicon(entries: [
      .init(
        term: "high school diploma", aliases: ["high school diploma or equivalent"],
        category: .degree),
      .init(term: "Bachelor's degree", aliases: ["B.S"], category: .degree),
    ])
    let key = lexicon.key(for: spelling)
    let chosen = KeywordSpelling.choose(
      [(spelling, 1)], key: key, category: .degree, lexicon: lexicon)
    #expect(chosen == shown)
  }

  @Test func prefersThePostingsOwnSpellingOfTheLexiconTerm() {
    let chosen = KeywordSpelling.choose(
      [("communication skills", 2), ("communication", 1)], key: "communication",
      category: .softSkill, lexicon: MatchFixture.lexicon)
    #expect(chosen == "communication")
  }

  @Test(arguments: [(1, 1.0), (2, 1.2), (3, 1.4), (4, 1.45), (6, 1.55)])
  func givesDiminishingReturnsAfterTheThirdMention(_ count: Int, _ factor: Double) {
    #expect(abs(KeywordWeight.repetition(count) - factor) < 1e-9)
  }

  @Test func mergesADegreeWithItsField() {
    let text = "B.S. in Computer Science or Mathematics"
    let merged = DegreeTerms.merge(Self.hits(in: text), in: text)
    #expect(merged.hits.map(\.spelling) == ["B.S. in Computer Science"])
    // The whole choice is an option of the ask, so a degree in mathematics meets it.
    #expect(
      merged.degrees.map(\.spelling) == [
        "B.S. in Computer Science", "B.S. in Computer Science or Mathematics",
      ])
  }

  @Test func absorbsAFieldListedAfterFieldsTheLexiconLacks() {
    let text = "BS in Computer Science, Economics, Finance, Mathematics or a related field; SQL"
    let merged = DegreeTerms.merge(Self.hits(in: text), in: text)
    #expect(merged.hits.map(\.spelling) == ["BS in Computer Science", "SQL"])
    #expect(
      merged.degrees.last?.spelling
        == "BS in Computer Science, Economics, Finance, Mathematics or a related field")
  }

  @Test func keepsATermAfterALowerCaseGapOutOfTheDegree() {
    let text = "BS in Computer Science, experience with routing"
    let merged = DegreeTerms.merge(Self.hits(in: text), in: text)
    #expect(merged.hits.map(\.spelling) == ["BS in Computer Science", "routing"])
  }

  static let degreeLexicon = Lexicon(entries: [
    .init(term: "Bachelor's degree", aliases: ["Bachelor's"], category: .degree),
    .init(term: "Master's degree", aliases: ["Master's"], category: .degree),
    .init(term: "GIS", category: .domain),
    .init(term: "business administration", category: .domain),
    .init(term: "mathematics", category: .domain),
  ])

  /// A skill named as a degree's field is asked for too; a subject of study is not.
  @Test(arguments: [
    (
      "Bachelor's degree in Geography, GIS or a related field",
      ["Bachelor's degree in Geography", "GIS"]
    ),
    (
      "Bachelor's or Master's in GIS, business administration, or a related field",
      ["Bachelor's", "GIS"]
    ),
    ("Bachelor's degree in Mathematics or GIS", ["Bachelor's degree in Mathematics", "GIS"]),
    ("Master's in business administration", ["Master's in business administration"]),
  ])
  func keepsASkillNamedAsADegreesField(_ text: String, _ spellings: [String]) {
    let merged = DegreeTerms.merge(Self.hits(in: text, lexicon: Self.degreeLexicon), in: text)
    #expect(merged.hits.map(\.spelling) == spellings)
  }

  /// "Bachelor's degree (mathematics, business administration or related)": the bracket
  /// lists the degree's fields, which are no asks of their own; the keyword is the degree
  /// and the choice runs to the bracket's close.
  @Test func aBracketAfterADegreeListsItsFields() {
    let text = "Bachelor's degree (mathematics, business administration or related); GIS"
    let merged = DegreeTerms.merge(Self.hits(in: text, lexicon: Self.degreeLexicon), in: text)
    #expect(merged.hits.map(\.spelling) == ["Bachelor's degree", "GIS"])
    #expect(
      merged.degrees.last?.spelling
        == "Bachelor's degree (mathematics, business administration or related)")
  }

  /// A bracket that holds no field ("(required)", "(BS or BA)") leaves the degree alone.
  @Test func aBracketWithoutAFieldIsNoFieldList() {
    let text = "Bachelor's degree (required); GIS"
    let merged = DegreeTerms.merge(Self.hits(in: text, lexicon: Self.degreeLexicon), in: text)
    #expect(merged.hits.map(\.spelling) == ["Bachelor's degree", "GIS"])
    #expect(merged.degrees.map(\.spelling) == ["Bachelor's degree"])
  }

  private static func hits(in text: String, lexicon: Lexicon = MatchFixture.lexicon)
    -> [TermHit]
  {
    lexicon.matches(in: text).map {
      TermHit(
        key: Lexicon.normalized($0.term), spelling: $0.spelling,
        category: KeywordCategory($0.category), kind: $0.category, range: $0.range)
    }
  }
}

/// The fast paths keyword extraction takes instead of Foundation must give the same answers.
@Suite struct KeywordFastPathTests {
  @Test(arguments: [
    "Postgres", "Front-End  Development", "C++ / C#", "R&D", "ASP.NET", "node_js", "Café Ops",
    "“Quoted” Term", "CI/CD,", "ﬁnance",
  ])
  func normalizesLikeTheLexicon(_ text: String) {
    #expect(KeywordKey.normalized(text) == Lexicon.normalized(text))
  }

  @Test(arguments: [
    ("Experience with AWS, aws and Aws", "aws", 3),
    ("such as Tableau", "Such As", 1),
    ("Ruby on Rails", "rails", 1),
    ("short", "longer than the text", 0),
    ("Café Ops, CAFÉ OPS and café ops", "café ops", 2),
  ])
  func findsEveryPlaceIgnoringLetterCase(_ text: String, _ needle: String, _ count: Int) {
    let found = FoldedSearch(text).ranges(of: needle)
    #expect(found.count == count)
    #expect(found.allSatisfy { text[$0].lowercased() == needle.lowercased() })
  }
}
