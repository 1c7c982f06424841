import Testing

@testable import CandorCorpus

/// The corpus run's comparisons follow the labels' README: normalise, then match one to one.
@Suite struct CorpusToolTests {
  @Test(arguments: [
    ("Senior  Developer", "senior developer"),
    ("Full-Stack Software_Engineer", "full stack software engineer"),
    ("Devops/Supporting Engineer", "devops supporting engineer"),
    ("C++", "c++"),
    ("C#.", "c#"),
    ("Node.js", "node.js"),
    ("ASP.NET", "asp.net"),
    ("“Quoted” title!", "quoted” title"),
    ("Dueño’s café", "dueño's café"),
    ("ﬁnance", "finance"),
  ])
  func normalizesLikeTheLabelsReadme(_ input: String, _ expected: String) {
    #expect(TermMatcher.normalize(input) == expected)
  }

  @Test func matchesOneToOneWithAliases() {
    let gold = ["PostgreSQL", "Python", "code review"]
    let aliases = ["PostgreSQL": ["Postgres"], "code review": ["code reviews"]]
    let predicted = ["postgres", "python", "Python", "Code Reviews", "Kafka"]
    #expect(
      TermMatcher.matchCount(predicted: predicted, gold: gold, aliases: aliases, lenient: false)
        == 3)
    #expect(
      TermMatcher.matchCount(
        predicted: ["SQL Server stored procedures"], gold: ["Stored Procedures"], aliases: [:],
        lenient: true) == 1)
    #expect(
      TermMatcher.matchCount(
        predicted: ["SQL Server stored procedures"], gold: ["Stored Procedures"], aliases: [:],
        lenient: false) == 0)
  }

  @Test func averagesPrecisionAndRecallOverDocuments() {
    var score = PrecisionRecall()
    score.add(matched: 2, predicted: 4, gold: 2)
    score.add(matched: 0, predicted: 0, gold: 5)
    #expect(score.precision == 0.25)
    #expect(score.recall == 0.5)
  }

  @Test func padsMarkdownTableColumns() {
    var table = MarkdownTable(header: ["file", "ok"])
    table.append(["a|b.md", "yes"])
    #expect(table.lines == ["| file    | ok  |", "|---------|-----|", "| a\\|b.md | yes |"])
  }
}
