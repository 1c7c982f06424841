import Testing

@testable import CandorKit

@Suite struct ContactParserTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var header: String
    /// "name | label | email | phone | url | location | profiles"
    var expected: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "one line of contacts split by pipes",
      header: "Ebony Marsh\nSeattle, WA | 206-555-0149 | emarsh@example.com",
      expected: "Ebony Marsh | - | emarsh@example.com | 206-555-0149 | - | Seattle, WA | -"),
    Case(
      name: "shouted name and labelled profiles",
      header: "JOHN ROE\n123 Main St, Anywhere, USA — (123) 456-7890 — jroe@example.com\n"
        + "LinkedIn: linkedin.com/in/jroe — GitHub: github.com/jroe-dev",
      expected: "John Roe | - | jroe@example.com | (123) 456-7890 | - | 123 Main St, Anywhere, US"
        + " | LinkedIn/jroe, GitHub/jroe-dev"),
    Case(
      name: "title line and icon letters before contacts",
      header: "Bruna Alves\nMERN Stack Developer\n\n12 Harbor St\nRecife, Brazil\n"
        + "I (81) 5555-0100\n# bruna@example.com",
      expected: "Bruna Alves | MERN Stack Developer | bruna@example.com | (81) 5555-0100 | - | "
        + "12 Harbor St, Recife, BR | -"),
    Case(
      name: "portal badge glued to the name and labelled fields",
      header: "Sonal R. MehtaFeatured Resume\nCurrent Designation: Junior Web Developer\n"
        + "Current Location: Pune",
      expected: "Sonal R. Mehta | Junior Web Developer | - | - | - | Pune | -"),
    Case(
      name: "name over two lines beside a broken profile address",
      header: "                    955501234\n            https://www.linkedin.com/in/anaq\n"
        + "     ANA                     uispe/\n     QUISPE ROJAS",
      expected: "Ana Quispe Rojas | - | - | 955501234 | - | - | LinkedIn/anaquispe"),
    Case(
      name: "credentials after the name",
      header: "Lucia Ferrante, BSN, RN\nColumbus, OH · lf@example.com · (614) 555-0172",
      expected: "Lucia Ferrante | - | lf@example.com | (614) 555-0172 | - | Columbus, OH | -"),
    Case(
      name: "one credential with a hyphen",
      header: "Naomi Feld, SHRM-CP\nnaomi@example.com",
      expected: "Naomi Feld | - | naomi@example.com | - | - | - | -"),
    Case(
      name: "doctorate written with full stops",
      header: "Dana K. Whitfield, Ph.D.\ndana@example.com",
      expected: "Dana K. Whitfield | - | dana@example.com | - | - | - | -"),
    Case(
      name: "shouted name over a town with its zip code",
      header: "ROSA VILLA\nSparks, NV 89431\n775-555-0193\nrosa@example.com",
      expected: "Rosa Villa | - | rosa@example.com | 775-555-0193 | - | Sparks, NV | -"),
    Case(
      name: "personal site without scheme",
      header: "Wen Li\nwenli.example.io · wen@example.io",
      expected: "Wen Li | - | wen@example.io | - | wenli.example.io | - | -"),
  ]

  @Test(arguments: cases)
  func readsTheHeader(_ example: Case) {
    let basics = ContactParser.read(Lines.read(example.header)).basics
    let location = basics.location.map {
      [$0.address, $0.city, $0.region, $0.countryCode].compactMap { $0 }.joined(separator: ", ")
    }
    let profiles = basics.profiles?.map { "\($0.network ?? "?")/\($0.username ?? "?")" }
    let fields = [
      basics.name, basics.label, basics.email, basics.phone, basics.url, location,
      profiles?.joined(separator: ", "),
    ]
    #expect(fields.map { $0 ?? "-" }.joined(separator: " | ") == example.expected)
  }

  @Test(arguments: [
    (
      "Paralegal who keeps dozens of deadlines and budgets on track, now moving into\n"
        + "project coordination.",
      "Paralegal who keeps dozens of deadlines and budgets on track, now moving into project "
        + "coordination."
    ),
    (
      "Teacher of eight years who plans from data, tracks every student and,\n"
        + "Since 2024, coaches the robotics team.",
      "Teacher of eight years who plans from data, tracks every student and, Since 2024, "
        + "coaches the robotics team."
    ),
    (
      "Nurse with six years on a busy telemetry unit and a calm bedside manner.\n"
        + "Open to night shifts.",
      "Nurse with six years on a busy telemetry unit and a calm bedside manner."
    ),
  ])
  func joinsAnIntroductionWrappedOverLines(_ text: String, _ introduction: String) {
    let parser = ContactParser.read(Lines.read("Sam Ortiz\nsam@example.com\n" + text))
    #expect(parser.introduction.first == introduction)
  }

  @Test(arguments: ["2019-2021", "Jan 2020 - Present", "12 engineers"])
  func doesNotTakeDatesOrCountsForPhoneNumbers(_ text: String) {
    #expect(ContactPatterns.phone(in: text) == nil)
  }

  @Test(arguments: ["Node.js", "ASP.NET and C#", "Express.js, React"])
  func doesNotTakeTechnologyNamesForWebAddresses(_ text: String) {
    #expect(ContactPatterns.url(in: text) == nil)
  }
}
