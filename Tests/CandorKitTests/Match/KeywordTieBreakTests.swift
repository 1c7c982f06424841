import Testing

@testable import CandorKit

/// Among keywords of equal weight, the name the lexicon knows by more spellings comes
/// first; the posting's order decides only between names known equally well.
@Suite struct KeywordTieBreakTests {
  static let lexicon = Lexicon(entries: [
    .init(term: "Puppet", aliases: ["Puppet Enterprise"], category: .tool),
    .init(term: "Terraform", aliases: ["HashiCorp Terraform", "Terraform Cloud"], category: .tool),
    .init(
      term: "Ansible", aliases: ["Ansible Tower", "AWX", "Ansible playbooks"], category: .tool),
    .init(term: "Nomad", aliases: ["HashiCorp Nomad"], category: .tool),
  ])

  /// The tools stand on requirement lines after three lines of introduction, so none gets
  /// the early-position bonus and each weighs the same.
  static func keywords(_ requirements: [String]) throws -> [PostingKeyword] {
    let text = """
      # Platform Engineer

      Fieldline builds software for farms.
      We are a small team in Lisbon.
      You will run our servers.

      ## Requirements

      """ + requirements.map { "- Experience with \($0)\n" }.joined()
    let posting = try PostingReader.read(
      InputFile(name: "posting.md", text: text), lexicon: lexicon)
    return KeywordExtractor.keywords(of: posting, lexicon: lexicon)
      .filter { $0.category != .title }
  }

  @Test func putsTheNameWithMoreLexiconSpellingsFirstAmongEqualWeights() throws {
    let keywords = try Self.keywords(["Puppet", "Terraform", "Ansible"])
    #expect(keywords.map(\.term) == ["Ansible", "Terraform", "Puppet"])
    #expect(Set(keywords.map(\.weight)) == [1.0])
  }

  @Test func keepsThePostingsOrderBetweenNamesKnownEquallyWell() throws {
    let keywords = try Self.keywords(["Nomad", "Puppet"])
    #expect(keywords.map(\.term) == ["Nomad", "Puppet"])
    let reversed = try Self.keywords(["Puppet", "Nomad"])
    #expect(reversed.map(\.term) == ["Puppet", "Nomad"])
  }

  @Test func neverLetsSpellingsOutrankAHeavierKeyword() throws {
    // Puppet is asked for twice, so it weighs more than Ansible despite fewer spellings.
    let keywords = try Self.keywords(["Puppet", "Ansible", "Puppet Enterprise at scale"])
    #expect(keywords.map(\.term) == ["Puppet", "Ansible"])
    #expect(keywords[0].weight > keywords[1].weight)
  }

  @Test func countsAnEitherOrGroupByItsBestKnownOption() {
    let line = KeywordLine(
      text: "Nomad or Ansible", line: 1, section: .requirements, tier: .required, order: 5,
      weight: 1)
    var collector = CandidateCollector(
      names: PostingNames(JobPosting()), lexicon: Self.lexicon, reading: PostingReading(),
      discovered: [])
    collector.add(line)
    let tallies = collector.finished().all
    #expect(tallies.map(\.key) == ["nomad | ansible"])
    #expect(tallies.map(\.lexiconSpellings) == [4])
  }
}
