/// Small postings and resumes for rule examples (invented people and companies).
enum ExampleInputs {
  /// A posting for a backend role at Tidewater Health, addressed to Dana Whitfield.
  static let job = JobPosting(
    title: "Senior Backend Engineer", company: "Tidewater Health",
    recipient: Contact(name: "Dana Whitfield", role: "hiring manager"),
    requirements: [
      Requirement(
        text: "Strong experience with PostgreSQL at scale", tier: .required,
        skills: ["PostgreSQL"], emphasis: 0.9, line: 12),
      Requirement(
        text: "Comfort with Kubernetes", tier: .required, skills: ["Kubernetes"], emphasis: 0.7,
        line: 13),
      Requirement(
        text: "Python for tooling", tier: .preferred, skills: ["Python"], emphasis: 0.4, line: 16),
    ],
    skills: [
      SkillMention(
        term: "PostgreSQL", category: .database, spelling: "PostgreSQL", tier: .required),
      SkillMention(term: "Kubernetes", category: .tool, spelling: "Kubernetes", tier: .required),
      SkillMention(term: "Python", category: .language, spelling: "Python", tier: .preferred),
    ])

  /// ``job`` with a line that names the contact with an honorific, as British postings do
  /// ("Ms Dana Whitfield", no full stop).
  static let jobWithHonorific: JobPosting = {
    var posting = job
    posting.lines = [
      TextLine("Please send your CV to our Head of Engineering, Ms Dana Whitfield.", line: 20)
    ]
    return posting
  }()

  /// ``job`` with a line that gives the size of the company's team.
  static let jobWithTeam: JobPosting = {
    var posting = job
    posting.lines = [TextLine("Join our team of 60 engineers in Norfolk.", line: 8)]
    return posting
  }()

  /// A resume with work at Larkspur Travel: PostgreSQL, 40% and 3 million; speaks Portuguese;
  /// a PMP candidate.
  /// `resume` with its one employer renamed.
  static func namedEmployer(_ name: String) -> ParsedResume {
    var parsed = resume
    parsed.resume.work[0].name = name
    return parsed
  }

  static let resume: ParsedResume = {
    var resume = Resume()
    var basics = Resume.Basics()
    basics.name = "Maya Okafor"
    resume.basics = basics
    var work = Resume.Work()
    work.name = "Larkspur Travel"
    work.position = "Software Engineer"
    work.startDate = "2019-03"
    work.highlights = [
      "Rebuilt the reservation service in PostgreSQL, cutting p95 latency by 40% for 3 million "
        + "monthly bookings"
    ]
    resume.work = [work]
    var language = Resume.Language()
    language.language = "Portuguese"
    resume.languages = [language]
    var certificate = Resume.Certificate()
    certificate.name = "PMP candidate (exam booked)"
    resume.certificates = [certificate]
    let evidence = Evidence(
      text: work.highlights![0], path: "work[0].highlights[0]", source: .work,
      metrics: QuantityExtractor.quantities(in: work.highlights![0]),
      skills: ["PostgreSQL"], organization: "Larkspur Travel", role: "Software Engineer",
      isCurrent: true)
    return ParsedResume(
      resume: resume, evidence: [evidence],
      skills: [SkillMention(term: "PostgreSQL", category: .database, spelling: "PostgreSQL")],
      yearsOfExperience: 6)
  }()
}
