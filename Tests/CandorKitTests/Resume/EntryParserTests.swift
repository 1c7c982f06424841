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
  ]

  @Test(arguments: sections)
  func groupsSectionIntoEntries(_ example: SectionCase) {
    let entries = EntryGrouper.group(Lines.section(example.text), wrapWidth: 90)
      .map { EntryParser.parse($0, wrapWidth: 90) }.filter { !$0.isEmpty }
    #expect(entries.map(Self.describe) == example.entries)
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
