import Testing

@testable import CandorKit

/// Term discovery names products and acronyms the lexicon lacks, and only in skill context.
@Suite struct TermDiscoveryTests {
  /// A lexicon that knows a few terms, so product names outside it can be discovered.
  static let small = Lexicon(entries: [
    Lexicon.Entry(term: "Python", category: .language),
    Lexicon.Entry(term: "SQL", category: .language),
    Lexicon.Entry(term: "Jira", category: .tool),
    Lexicon.Entry(term: "Ansible", category: .tool),
    Lexicon.Entry(term: "dbt", category: .tool, caseSensitive: true),
  ])

  @Test(arguments: [
    ("Experience with Snowflake, dbt and Looker", ["Snowflake", "Looker"]),
    ("Knowledge of SSIS and BIDS is required.", ["SSIS", "BIDS"]),
    ("Tools: Jira, PyATS, Ansible", ["PyATS"]),
    ("Tools: PyATS", ["PyATS"]),
    ("Familiarity with GraphX or NetworkX", ["GraphX", "NetworkX"]),
    ("Hands-on experience with Neo4j and Socket.IO", ["Neo4j", "Socket.IO"]),
    ("Python, SQL, Airflow, Redshift", ["Airflow", "Redshift"]),
    ("Experience with Google Data Studio preferred", ["Google Data Studio"]),
    ("SSIS experience\nKnowledge of SSIS", ["SSIS"]),
  ])
  func findsNamedProducts(_ text: String, _ expected: [String]) {
    #expect(TermDiscovery.terms(in: text, lexicon: Self.small) == expected)
  }

  @Test(arguments: [
    "Snowflake experience is a plus.",
    "Join us in Denver, Colorado and Austin",
    "Starting in January, we will hire in March or April.",
    "Our engineers came from Google, Netflix and Uber.",
    "We are an EEO employer; see our FAQ.",
    "Send your resume to Jane Smith by Friday.",
    "Customers include Acme, Globex and Initech.",
    "BBVA BANCO CONTINENTAL PUBLICIDAD POSTULE AQUI",
    "Salary $85K-$90K, 401K, PTO",
    "Apply at https://www.example.com/SQLAlchemy",
    "Experience working with Fortune 500 companies",
    "Experience as a Project Manager in Retail",
    "Experience with Python and SQL",
    "Report to the CTO, in GB or US",
  ])
  func findsNothingOutsideSkillContext(_ text: String) {
    #expect(TermDiscovery.terms(in: text, lexicon: Self.small).isEmpty)
  }

  @Test func skipsWhatTheStandardLexiconKnows() {
    let text = "Experience with Snowflake, dbt, Looker and PyATS"
    #expect(TermDiscovery.terms(in: text) == ["PyATS"])
  }
}
