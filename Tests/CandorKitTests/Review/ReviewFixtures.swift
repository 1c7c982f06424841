import Foundation

@testable import CandorKit

/// Fixture letters on disk and the posting and resume they answer (invented people).
enum ReviewFixtures {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fixtures/letters").standardized

  static func letter(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  /// The lexicon's canonical spelling, as the readers would give it.
  static func term(_ spelling: String) -> String {
    Lexicon.standard.entry(for: spelling)?.term ?? spelling
  }

  /// A Data Engineer posting at Northwind Logistics, addressed to Carmen Diaz.
  static let job = JobPosting(
    title: "Data Engineer", company: "Northwind Logistics",
    recipient: Contact(name: "Carmen Diaz", role: "head of data"),
    requirements: [
      Requirement(
        text: "Production experience with Kafka", tier: .required, skills: [term("Kafka")],
        emphasis: 0.9, line: 9),
      Requirement(
        text: "Strong PostgreSQL and Python", tier: .required,
        skills: [term("PostgreSQL"), term("Python")],
        emphasis: 0.8, line: 10),
      Requirement(
        text: "Airflow or a similar scheduler", tier: .preferred, skills: [term("Airflow")],
        emphasis: 0.4, line: 14),
    ],
    skills: [
      SkillMention(term: term("Kafka"), category: .tool, spelling: "Kafka", tier: .required),
      SkillMention(
        term: "PostgreSQL", category: .database, spelling: "PostgreSQL", tier: .required),
      SkillMention(term: term("Python"), category: .language, spelling: "Python", tier: .required),
      SkillMention(term: term("Airflow"), category: .tool, spelling: "Airflow", tier: .preferred),
    ],
    lines: [
      TextLine("Northwind Logistics wants same-day visibility into every shipment.", line: 3),
      TextLine("You can explain trade-offs to people outside engineering.", line: 11),
    ]
  )

  /// Jonas Becker's resume: Alder Freight, streaming and PostgreSQL work with numbers.
  static let resume: ParsedResume = {
    let highlights = [
      "Moved 40 nightly batch jobs to Kafka streams, cutting dashboard refresh from 8 hours to "
        + "90 seconds over four months",
      "Partitioned 2 TB of PostgreSQL tables and archived cold data, cutting warehouse cost by 31%",
      "Ran the monthly data review with finance and operations for two years; retired 23 reports",
    ]
    var work = Resume.Work()
    work.name = "Alder Freight"
    work.position = "Data Engineer"
    work.startDate = "2019-02"
    work.highlights = highlights
    var resume = Resume()
    resume.basics = Resume.Basics()
    resume.basics?.name = "Jonas Becker"
    resume.work = [work]
    let evidence = highlights.enumerated().map { index, text in
      Evidence(
        text: text, path: "work[0].highlights[\(index)]", source: .work,
        metrics: QuantityExtractor.quantities(in: text),
        skills: Lexicon.standard.matches(in: text).map(\.term),
        organization: "Alder Freight", role: "Data Engineer", isCurrent: true)
    }
    let mentions = ["Kafka", "Python", "PostgreSQL", "Airflow"].map {
      SkillMention(term: Lexicon.standard.entry(for: $0)?.term ?? $0, category: .tool, spelling: $0)
    }
    return ParsedResume(resume: resume, evidence: evidence, skills: mentions, yearsOfExperience: 6)
  }()
}
