import Testing

@testable import CandorKit

/// One sentence and the canonical terms the standard lexicon must find in it, in order.
struct MatchCase: CustomTestStringConvertible, Sendable {
  var text: String
  var terms: [String]

  init(_ text: String, _ terms: [String]) {
    self.text = text
    self.terms = terms
  }

  var testDescription: String { "\"\(text)\"" }
}

/// Whole-token matching with case and context rules: the substring and everyday-word traps
/// must find nothing, the same words in skill context must be found.
@Suite struct LexiconMatchingTests {
  static let traps: [MatchCase] = [
    MatchCase("Build the platform that teams love", []),
    MatchCase("We are going to grow the business", []),
    MatchCase("Rustic furniture and rust removal", []),
    MatchCase("Rust removal and repainting of railings", []),
    MatchCase("Swift response times matter to our guests.", []),
    MatchCase("We expect a swift response to every ticket", []),
    MatchCase("Excel at whatever you do.", []),
    MatchCase("You will excel in this fast role", []),
    MatchCase("Go above and beyond for every guest.", []),
    MatchCase("Let's go!", []),
    MatchCase("Internships start in Spring 2025", []),
    MatchCase("This Spring, we open a new office", []),
    MatchCase("This Spring and other seasons we hire", []),
    MatchCase("Plan R is our fallback", []),
    MatchCase("Our R&D budget grew", []),
    MatchCase("Grade C or better", []),
    MatchCase("Offices in Iowa City, IA and Boston, MA", []),
    MatchCase("Executive Chef wanted for the bistro", []),
    MatchCase("Contact Julia at the front desk", []),
    MatchCase("Vitamin C and less sugar", []),
    MatchCase("Visit https://python.example.com/jobs/golang today", []),
    MatchCase("Location: Palo Alto, CA", []),
    MatchCase("Location: Aurora", []),
    MatchCase("Drivers for Swift Transportation", []),
    MatchCase("Dinner at Juniper Table Bistro", []),
    MatchCase("Shipping fast and perfecting and shipping.", []),
  ]

  static let skills: [MatchCase] = [
    MatchCase("JavaScript and TypeScript", ["JavaScript", "TypeScript"]),
    MatchCase("Java, JavaScript", ["Java", "JavaScript"]),
    MatchCase("C, C# and C++", ["C", "C#", "C++"]),
    MatchCase("C/C++ on embedded Linux", ["C", "C++", "Linux"]),
    MatchCase("Proficiency in R and SAS", ["R", "SAS"]),
    MatchCase("R programming for statistics", ["R", "statistics"]),
    MatchCase("Go, Python and Rust", ["Go", "Python", "Rust"]),
    MatchCase("Services written in Go", ["Go"]),
    MatchCase("Rewrote the importer in Go, cutting runtime", ["Go"]),
    MatchCase("Fitted the models in R for the clinic", ["R"]),
    MatchCase("Golang and golang", ["Go", "Go"]),
    MatchCase("iOS apps in Swift and SwiftUI", ["iOS", "Swift", "SwiftUI"]),
    MatchCase("Tooling written in Rust", ["Rust"]),
    MatchCase("Senior Swift Developer and Excel Specialist", ["Swift", "Excel"]),
    MatchCase("Utilize Excel as needed", ["Excel"]),
    MatchCase("Excel, Word and PowerPoint", ["Excel", "Microsoft Word", "PowerPoint"]),
    MatchCase("Advanced Excel skills", ["Excel"]),
    MatchCase("Experience with Spring and Hibernate", ["Spring", "Hibernate"]),
    MatchCase("Java, Spring Boot and Kafka", ["Java", "Spring Boot", "Apache Kafka"]),
    // A term named as an example of a kind of tool is meant as the tool.
    MatchCase("- Kafka or another event-streaming system", ["Apache Kafka", "streaming data"]),
    MatchCase("Spring or a similar framework", ["Spring"]),
    MatchCase("Chef, Puppet or Ansible", ["Chef", "Puppet", "Ansible"]),
    MatchCase("Builds with GNU Make and Ant", ["GNU Make", "Apache Ant"]),
    MatchCase("Julia, Elm and Dart", ["Julia", "Elm", "Dart"]),
    MatchCase("CSS with Sass or Less", ["CSS", "Sass", "Less"]),
    MatchCase("Skills: Go", ["Go"]),
    MatchCase("Backend: Go", ["back-end development", "Go"]),
    MatchCase("Cisco, Juniper and Palo Alto", ["Cisco", "Juniper", "Palo Alto Networks"]),
    MatchCase("Languages:\nGo\nRust", ["Go", "Rust"]),
    MatchCase("PYTHON, GO, RUST", ["Python", "Go", "Rust"]),
    MatchCase("GO TEAM GO", []),
    MatchCase(
      "BS/MS in Computer Science", ["Bachelor's degree", "Master's degree", "computer science"]),
  ]

  static let variants: [MatchCase] = [
    MatchCase(
      "web front-end, front end and frontend",
      Array(repeating: "front-end development", count: 3)),
    MatchCase("e-commerce or ecommerce", ["e-commerce", "e-commerce"]),
    MatchCase("Postgres and PostgreSQL", ["PostgreSQL", "PostgreSQL"]),
    MatchCase("k8s clusters on Kubernetes", ["Kubernetes", "Kubernetes"]),
    MatchCase("JS and CI/CD", ["JavaScript", "CI/CD"]),
    MatchCase("Microsoft Excel", ["Excel"]),
    MatchCase(
      "Registered Nurse (RN) with BLS and ACLS",
      ["Registered Nurse", "Registered Nurse", "BLS", "ACLS"]),
    MatchCase("Licensed RNs", ["Registered Nurse"]),
    MatchCase("Certified Public Accountant", ["CPA"]),
    MatchCase(
      "Bachelor's degree or B.S. or bachelor of science",
      Array(repeating: "Bachelor's degree", count: 3)),
    MatchCase("Bachelor’s Degree", ["Bachelor's degree"]),
    MatchCase("MBA preferred", ["MBA"]),
    MatchCase("REST APIs and relational databases", ["REST", "relational databases"]),
    MatchCase("Design SDKs and APIs", ["SDK", "API"]),
    MatchCase(
      "Knows design pattern basics and writes user story drafts",
      ["design patterns", "user stories"]),
    MatchCase(
      "forklift, pick and pack, RF scanner and OSHA 10",
      ["forklift", "pick and pack", "RF scanner", "OSHA 10"]),
    MatchCase("Zendesk tickets in a call center", ["Zendesk", "call center"]),
    MatchCase("HRIS, ATS and FMLA", ["HRIS", "applicant tracking systems", "FMLA"]),
    MatchCase("PMP with Scrum, Agile and Jira", ["PMP", "Scrum", "Agile", "Jira"]),
    MatchCase(
      "Strong communication, mentoring and attention to detail",
      ["communication", "mentoring", "attention to detail"]),
    // Everyday words that name a skill elsewhere: a dentist's patients' home care, a
    // designer's print vendors.
    MatchCase("Teach patients home care after each cleaning", []),
    MatchCase("Work with our printers on press checks", []),
  ]

  @Test(arguments: traps + skills + variants)
  func findsExactlyTheseTerms(_ example: MatchCase) {
    #expect(Lexicon.standard.matches(in: example.text).map(\.term) == example.terms)
  }

  @Test func reportsSpellingAndRangeAsWritten() throws {
    let text = "Experience with Postgres."
    let match = try #require(Lexicon.standard.matches(in: text).first)
    #expect(match.term == "PostgreSQL")
    #expect(match.category == .database)
    #expect(match.spelling == "Postgres")
    #expect(text[match.range] == "Postgres")
  }

  @Test func substringsNeverMatchInACustomLexicon() {
    let lexicon = Lexicon(entries: [Lexicon.Entry(term: "Tform", category: .tool)])
    #expect(lexicon.matches(in: "a platform for Tform users").map(\.spelling) == ["Tform"])
    #expect(lexicon.matches(in: "platform, platforms, Tforms").map(\.spelling) == ["Tforms"])
  }
}
