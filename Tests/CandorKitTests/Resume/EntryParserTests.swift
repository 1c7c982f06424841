import Testing

@testable import CandorKit

@Suite struct EntryParserTests {
  struct HeaderCase: CustomTestStringConvertible, Sendable {
    var header: String
    var employer: String?
    var title: String?
    var location: String?
    var description: String? = nil
    var testDescription: String { header }
  }

  static let headers: [HeaderCase] = [
    HeaderCase(
      header: "Gilmore Books, New Orleans, LA, Certified Public Accountant",
      employer: "Gilmore Books", title: "Certified Public Accountant", location: "New Orleans, LA"),
    HeaderCase(
      header: "Full Stack Developer, Acme Company, Inc., Anywhere, USA",
      employer: "Acme Company, Inc.", title: "Full Stack Developer", location: "Anywhere, USA"),
    HeaderCase(
      header: "Wilder Tech | Montgomery, AL, Desktop Support Technician",
      employer: "Wilder Tech", title: "Desktop Support Technician", location: "Montgomery, AL"),
    HeaderCase(
      header: "brightline infotech as Junior Web Developer",
      employer: "brightline infotech", title: "Junior Web Developer", location: nil),
    HeaderCase(
      header: "Data Engineer at Quarry Labs", employer: "Quarry Labs", title: "Data Engineer",
      location: nil),
    HeaderCase(
      header: "Consultor Practicante en SAP | ANDES SOLUCIONES S.A.C.",
      employer: "ANDES SOLUCIONES S.A.C.", title: "Consultor Practicante en SAP", location: nil),
    HeaderCase(
      header: "Larkspur Media - Streaming", employer: "Larkspur Media - Streaming", title: nil,
      location: nil),
    HeaderCase(
      header: "Harbor Mutual (contract)", employer: "Harbor Mutual", title: nil, location: nil,
      description: "contract"),
    HeaderCase(
      header: "Alpine Outfitters, Director of Operations", employer: "Alpine Outfitters",
      title: "Director of Operations", location: nil),
    HeaderCase(
      header: "Network Analyst II, Saltmarsh Networks, Remote", employer: "Saltmarsh Networks",
      title: "Network Analyst II", location: "Remote"),
    // What follows a title after a comma qualifies it when another piece names the employer.
    HeaderCase(
      header: "Warehouse Lead, Day Shift\nSagebrush Fulfillment - Sparks, NV",
      employer: "Sagebrush Fulfillment", title: "Warehouse Lead, Day Shift",
      location: "Sparks, NV"),
    HeaderCase(
      header: "Mathematics Teacher, Grade 8 — Cottonwood Middle School, Plainfield, IL",
      employer: "Cottonwood Middle School", title: "Mathematics Teacher, Grade 8",
      location: "Plainfield, IL"),
    HeaderCase(
      header: "Support Engineer, Payments Team | Brightwell", employer: "Brightwell",
      title: "Support Engineer, Payments Team", location: nil),
    HeaderCase(
      header: "HR Generalist, Summit Peak Senior Living\nGreenville, SC",
      employer: "Summit Peak Senior Living", title: "HR Generalist", location: "Greenville, SC"),
    HeaderCase(
      header: "Customer Service Representative\n"
        + "Northway Outfitters (online outdoor gear store), Louisville, KY",
      employer: "Northway Outfitters", title: "Customer Service Representative",
      location: "Louisville, KY", description: "online outdoor gear store"),
  ]

  @Test(arguments: headers)
  func readsEmployerTitleAndPlace(_ example: HeaderCase) {
    let raw = RawEntry(header: Lines.read(example.header), span: nil, body: [])
    let entry = EntryParser.parse(raw, wrapWidth: 90)
    #expect(entry.organization == example.employer)
    #expect(entry.title == example.title)
    #expect(entry.location == example.location)
    #expect(entry.description == example.description)
  }

  /// A section of text and the entries it holds: "employer | title | dates | highlights".
  struct SectionCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var entries: [String]
    var testDescription: String { name }
  }

  static let sections: [SectionCase] = [
    SectionCase(
      name: "company line above title and dates",
      text: "Quarry Labs\nData Analyst, 2019 - 2021\n\nBuilt dashboards.\nTrained 4 analysts.\n"
        + "Halcyon Health\nIntern, 2018 - 2019\n\nCleaned records.",
      entries: [
        "Quarry Labs | Data Analyst | 2019–2021 | 2", "Halcyon Health | Intern | 2018–2019 | 1",
      ]),
    SectionCase(
      name: "range split over two lines by a PDF",
      text: "June 2020 – Backend Developer, Corvid Systems, Lyon, France\n"
        + "Present Built the billing API. Cut costs by 20%.",
      entries: ["Corvid Systems | Backend Developer | 2020-06–now | 2"]),
    SectionCase(
      name: "employer, place, stray mark and title above the dates",
      text: "Larkspur Media\nRemote\n•\nVideo Editor\nApril 2023 - June 2023\n- Edited 40 videos.",
      entries: ["Larkspur Media | Video Editor | 2023-04–2023-06 | 1"]),
    SectionCase(
      name: "flattened company and description template",
      text:
        "company - Shreeji Traders\ndescription - Handled payables.\ncompany - \ndescription - ",
      entries: ["Shreeji Traders | - | - | 1"]),
    SectionCase(
      name: "title and dates on one line with bullets",
      text: "Software Developer, XYZ Solutions, Anywhere, USA, July 2016 - June 2018\n"
        + "• Wrote services in Java and\nSpring Boot\n• Fixed bugs",
      entries: ["XYZ Solutions | Software Developer | 2016-07–2018-06 | 2"]),
    SectionCase(
      name: "undated entries headed by short lines",
      text: "ENEISOFT XIII | Universidad Andina\nCargo: Miembro\n• Contacté ponentes.\n"
        + "UBUNTU SJM\nCargo: Voluntario\n• Enseñé matemáticas.",
      entries: [
        "ENEISOFT XIII | Universidad Andina | Miembro | - | 1", "UBUNTU SJM | Voluntario | - | 1",
      ]),
    SectionCase(
      name: "title above a dated line with the employer and place",
      text: "Staff Accountant\nCobalt Ridge Outdoor Co., Seattle, WA          Mar 2023 – Present\n"
        + "- Closed the books.\nAccounting Associate\n"
        + "Bayline Property Services, Tacoma, WA       Jun 2021 – Feb 2023\n- Paid invoices.",
      entries: [
        "Cobalt Ridge Outdoor Co. | Staff Accountant | 2023-03–now | 1",
        "Bayline Property Services | Accounting Associate | 2021-06–2023-02 | 1",
      ]),
    SectionCase(
      name: "dated line under an aside-bearing employer line",
      text: "Customer Service Representative                 Jul 2021 – Jan 2023\n"
        + "Northway Outfitters (online outdoor gear store), Louisville, KY\n"
        + "- Handled 70 calls a day.",
      entries: ["Northway Outfitters | Customer Service Representative | 2021-07–2023-01 | 1"]),
    SectionCase(
      name: "title, employer and place, then dates, each on its own line",
      text: "Warehouse Lead, Day Shift\nSagebrush Fulfillment - Sparks, NV\nApr 2023 – Present\n"
        + "* Led a crew of 14.\n* Counted stock daily.",
      entries: ["Sagebrush Fulfillment | Warehouse Lead, Day Shift | 2023-04–now | 2"]),
  ]

  @Test(arguments: sections)
  func groupsSectionIntoEntries(_ example: SectionCase) {
    let entries = EntryGrouper.group(Lines.section(example.text), wrapWidth: 90)
      .map { EntryParser.parse($0, wrapWidth: 90) }.filter { !$0.isEmpty }
    #expect(entries.map(Self.describe) == example.entries)
  }

  @Test(arguments: [
    (
      "### Registered Nurse, Telemetry\n**Kessington Hospital**, Columbus, OH | July 2022 – "
        + "Present\n\n- Cared for 5 patients.\n\n### Patient Care Technician\n"
        + "**Kessington Hospital**, Columbus, OH | Sep 2020 – Jun 2022\n\n- Took vital signs.",
      [
        "Kessington Hospital | Registered Nurse, Telemetry | 2022-07–now | 1",
        "Kessington Hospital | Patient Care Technician | 2020-09–2022-06 | 1",
      ]
    ),
    (
      "### HR Coordinator, Magnolia Hotel Group\n\nCharleston, SC · August 2020 – April 2022"
        + "\n\n- Scheduled 1,100 interviews.",
      ["Magnolia Hotel Group | HR Coordinator | 2020-08–2022-04 | 1"]
    ),
  ])
  func readsSubheadingTitlesInMarkdown(_ markdown: String, _ expected: [String]) throws {
    let file = InputFile(name: "cv.md", text: "# Ana Ruiz\n\n## Experience\n\n" + markdown)
    let work = try ResumeReader.read(file, lexicon: TestLexicon.small).resume.work
    let described = work.map { job in
      let end = job.endDate ?? "now"
      let dates = (job.startDate ?? "-") + "–" + end
      return [job.name ?? "-", job.position ?? "-", dates, "\(job.highlights?.count ?? 0)"]
        .joined(separator: " | ")
    }
    #expect(described == expected)
  }

  static func describe(_ entry: ParsedEntry) -> String {
    var dates = "-"
    if let span = entry.span, let start = span.start {
      dates = start.iso + "–" + (span.isCurrent ? "now" : span.end?.iso ?? "")
    }
    return [entry.organization ?? "-", entry.title ?? "-", dates, "\(entry.highlights.count)"]
      .joined(separator: " | ")
  }
}
