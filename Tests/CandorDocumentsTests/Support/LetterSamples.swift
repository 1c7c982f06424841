@testable import CandorKit

/// Letters built by hand for the writer tests (invented people and companies), independent
/// of the composer.
enum LetterSamples {
  static let greeting = "Dear Priya Natarajan,"
  static let body = [
    "Your posting for the Platform Engineer position notes that Fernhill Logistics moves "
      + "2.4 million parcels a week through its routing service. At Harbor & Finch I rebuilt "
      + "the dispatch scheduler in Go and PostgreSQL, cutting p95 latency from 900 ms to 140 ms "
      + "for 1.1 million daily requests.",
    "The role asks for hands-on Kubernetes experience. I led the migration of 19 services to "
      + "Kubernetes on AWS with Terraform, which reduced hosting cost by 27% and let the team "
      + "ship twice a day instead of twice a week. I also wrote the CI/CD pipeline that runs "
      + "3,200 end-to-end tests in under nine minutes.",
    "You also mention on-call ownership. I ran the incident rotation for seven engineers at "
      + "Harbor & Finch, wrote the runbooks we still use, and cut the mean time to recovery "
      + "from 52 to 18 minutes over two quarters.",
    "I would welcome a technical conversation about how the routing service could take its "
      + "next tenfold increase in volume, and I can walk you through the scheduler rewrite on "
      + "github.com/okonkwo-demo/dispatch.",
  ]
  static let signOff = ["Sincerely,", "Tomás Okonkwo-Reyes"]
  static let contacts = ["tomas.or@example.com", "(503) 555-0199", "github.com/okonkwo-demo"]

  static var letter: Letter {
    var paragraphs = [LetterParagraph(role: .greeting, sentences: [LetterSentence(greeting)])]
    for (index, text) in body.enumerated() {
      let role: LetterParagraph.Role =
        index == 0 ? .opening : index == body.count - 1 ? .closing : .body
      paragraphs.append(LetterParagraph(role: role, sentences: [LetterSentence(text)]))
    }
    let signOffLines = (signOff + [contacts.joined(separator: " · ")]).map { LetterSentence($0) }
    paragraphs.append(LetterParagraph(role: .signOff, sentences: signOffLines))
    return Letter(paragraphs: paragraphs, options: LetterOptions(), plan: plan)
  }

  static var plan: LetterPlan {
    LetterPlan(
      recipient: PlannedRecipient(name: "Priya Natarajan", addressee: "Priya Natarajan"),
      company: "Fernhill Logistics", role: "Platform Engineer", hook: nil, lead: nil,
      points: [], emphasis: nil, reserve: [], opener: .match, openerReason: "",
      level: .senior, levelReason: "",
      closing: PlannedClosing(topic: "the routing service"),
      signOff: PlannedSignOff(name: "Tomás Okonkwo-Reyes", contacts: contacts),
      unmetRequirements: [])
  }

  static var sender: Resume.Basics {
    var basics = Resume.Basics()
    basics.name = "Tomás Okonkwo-Reyes"
    basics.email = contacts[0]
    basics.phone = contacts[1]
    var location = Resume.Location()
    location.city = "Portland"
    location.region = "OR"
    basics.location = location
    return basics
  }

  static var header: LetterDocument.Header {
    LetterDocument.Header(
      sender: sender, date: "2025-03-14", company: "Fernhill Logistics",
      location: "Columbus, OH")
  }

  static func document(paper: DocumentStyle.Paper = .letter) -> Document {
    LetterDocument.make(letter, header: header, paper: paper)
  }

  /// A letter far longer than a page, to exercise pagination.
  static func longDocument(paragraphs count: Int) -> Document {
    var document = document()
    let extra = (0..<count).map { DocumentBlock.paragraph(body[$0 % body.count]) }
    document.blocks.insert(contentsOf: extra, at: document.blocks.count - 1)
    document.prefersOnePage = false
    return document
  }
}
