@testable import CandorKit

/// A hand-built posting and resume for compose tests, independent of the readers.
enum ComposeSamples {
  static func evidence(
    _ text: String, _ path: String, org: String, role: String, current: Bool = false,
    end: String? = nil, source: Evidence.Source = .work
  ) -> Evidence {
    Evidence(
      text: text, path: path, source: source, metrics: QuantityExtractor.quantities(in: text),
      skills: Lexicon.standard.matches(in: text).map(\.term), organization: org, role: role,
      endDate: end, isCurrent: current)
  }

  static var resume: ParsedResume {
    var resume = Resume()
    var basics = Resume.Basics()
    basics.name = "Maya Okafor"
    basics.email = "maya.okafor@example.com"
    basics.phone = "(206) 555-0143"
    basics.url = "github.com/mokafor"
    resume.basics = basics
    var first = Resume.Work()
    first.name = "Larkspur Travel"
    first.position = "Senior Software Engineer"
    first.startDate = "2021-03"
    var second = Resume.Work()
    second.name = "Brightline Payments"
    second.position = "Software Engineer"
    second.startDate = "2016-06"
    second.endDate = "2021-02"
    resume.work = [first, second]
    var project = Resume.Project()
    project.name = "slotfinder"
    project.url = "github.com/mokafor/slotfinder"
    resume.projects = [project]
    let evidence = [
      evidence(
        "Rebuilt the reservation service in Go and PostgreSQL, cutting p95 latency from 1.2 s "
          + "to 180 ms for 3 million monthly bookings",
        "work[0].highlights[0]", org: "Larkspur Travel", role: "Senior Software Engineer",
        current: true),
      evidence(
        "Led the migration of 14 services to Kubernetes on AWS with Terraform, reducing "
          + "hosting cost by 22%",
        "work[0].highlights[1]", org: "Larkspur Travel", role: "Senior Software Engineer",
        current: true),
      evidence(
        "Mentored four engineers; two were promoted to senior within 18 months",
        "work[0].highlights[2]", org: "Larkspur Travel", role: "Senior Software Engineer",
        current: true),
      evidence(
        "Designed the gRPC availability API now used by 5 partner teams", "work[0].highlights[3]",
        org: "Larkspur Travel", role: "Senior Software Engineer", current: true),
      evidence(
        "Built the Java settlement pipeline on Kafka that processes $40M in card payments a day",
        "work[1].highlights[0]", org: "Brightline Payments", role: "Software Engineer",
        end: "2021-02"),
      evidence(
        "Reduced failed payouts by 35% by adding idempotent retries and reconciliation reports",
        "work[1].highlights[1]", org: "Brightline Payments", role: "Software Engineer",
        end: "2021-02"),
      evidence(
        "Ran on-call rotations for 6 engineers and wrote the incident response runbook",
        "work[1].highlights[2]", org: "Brightline Payments", role: "Software Engineer",
        end: "2021-02"),
    ]
    return ParsedResume(resume: resume, evidence: evidence, skills: [], yearsOfExperience: 10.5)
  }

  static func requirement(_ text: String, _ tier: Tier, line: Int) -> Requirement {
    Requirement(
      text: text, tier: tier, skills: Lexicon.standard.matches(in: text).map(\.term), line: line)
  }

  static var posting: JobPosting {
    JobPosting(
      title: "Senior Backend Engineer", company: "Tidewater Health",
      recipient: Contact(name: "Dana Whitfield", role: "reports to", line: 13),
      requirements: [
        requirement("6+ years building backend services in production", .required, line: 24),
        requirement(
          "Strong experience with Go or Java, and with PostgreSQL at scale", .required, line: 25),
        requirement(
          "Experience designing REST or gRPC APIs used by other teams", .required, line: 26),
        requirement("Comfort with Kubernetes, Terraform and AWS", .required, line: 27),
        requirement("Kafka or another event-streaming system", .preferred, line: 33),
      ],
      responsibilities: [
        PostingLine(
          text: "Own the design and rollout of the new scheduling service in Go and PostgreSQL",
          line: 17),
        PostingLine(
          text: "Mentor two mid-level engineers and lead code reviews for the platform team",
          line: 19),
      ],
      skills: ["Go", "Java", "PostgreSQL", "Kubernetes", "Terraform", "AWS", "Kafka", "gRPC"].map {
        SkillMention(term: $0, category: .tool, spelling: $0, tier: .required)
      },
      hooks: [
        CompanyHook(
          text:
            "This spring we are rebuilding our scheduling service so that rural clinics can "
            + "offer same-day telehealth slots.",
          kind: .initiative, line: 11)
      ])
  }
}
