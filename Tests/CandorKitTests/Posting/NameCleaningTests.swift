import Testing

@testable import CandorKit

@Suite struct NameCleaningTests {
  static let titles: [(raw: String, company: String?, clean: String)] = [
    ("Job opportunity at Acme Corp: Staff Accountant", "Acme", "Staff Accountant"),
    ("Head of Content (m/f)", nil, "Head of Content"),
    ("Werkstudent Vertrieb (m/w/d)", nil, "Werkstudent Vertrieb"),
    ("Lead Guest Service Specialist   ", nil, "Lead Guest Service Specialist"),
    ("Warehouse Associate - Bulk Apothecary", "Bulk Apothecary", "Warehouse Associate"),
    ("Software Developer - Math", "Pearson", "Software Developer - Math"),
    ("RQ-0950-2023-1-Practicante pre profesional", nil, "Practicante pre profesional"),
    ("SENIOR SOFTWARE ENGINEER", nil, "Senior Software Engineer"),
    ("Convocatoria para Analista de Datos", nil, "Analista de Datos"),
    // The shift or the grades after a title are not part of the role a letter names.
    ("Maintenance Technician - 2nd Shift", nil, "Maintenance Technician"),
    ("PACKAGING OPERATOR - 3RD SHIFT", nil, "Packaging Operator"),
    ("Warehouse Associate, Night Shift", nil, "Warehouse Associate"),
    ("Registered Nurse (Nights)", nil, "Registered Nurse"),
    ("Mathematics Teacher (Grades 9–12)", nil, "Mathematics Teacher"),
    ("Reading Interventionist (K-5)", nil, "Reading Interventionist"),
    ("Spanish Teacher - Grade 7", nil, "Spanish Teacher"),
    // A unit, a schedule type or a contract stays; so does a shift that is the job.
    ("Registered Nurse – Cardiac Step-Down Unit", nil, "Registered Nurse – Cardiac Step-Down Unit"),
    ("Registered Nurse-ICU-Part-Time", nil, "Registered Nurse-ICU-Part-Time"),
    ("Recruiter (6 months fixed-term contract)", nil, "Recruiter (6 months fixed-term contract)"),
    ("Shift Supervisor", nil, "Shift Supervisor"),
  ]

  @Test(arguments: titles)
  func removesTitleNoise(_ sample: (raw: String, company: String?, clean: String)) {
    #expect(TitleCleaner.clean(sample.raw, company: sample.company).title == sample.clean)
  }

  static let companies: [(raw: String, clean: String)] = [
    ("Conch Technologies, Inc", "Conch Technologies"),
    ("Natural Essentials Inc, DBA Bulk Apothecary", "Bulk Apothecary"),
    ("SpotSource Solutions LLC", "SpotSource Solutions"),
    ("Lancer Insurance 3.5", "Lancer Insurance"),
    ("BBVA BANCO CONTINENTAL", "BBVA Banco Continental"),
    ("Die Lindgrün Logistik GmbH", "Lindgrün Logistik"),
    ("EOSC", "EOSC"),
    ("Lumen & Co.", "Lumen & Co."),
    ("Acme Corp", "Acme Corp"),
    ("Acme Corp, Inc.", "Acme Corp"),
    ("Smith & Sons Ltd", "Smith & Sons"),
    ("Brightwave Software4.2 out of 5 stars", "Brightwave Software"),
  ]

  @Test(arguments: companies)
  func tidiesCompanyNames(_ sample: (raw: String, clean: String)) {
    #expect(CompanyName.clean(sample.raw) == sample.clean)
  }

  static let pageTitles: [(text: String, title: String?, company: String?)] = [
    (
      "Field Service Technician at Cobaltline Energy - Careers - WorkBoard",
      "Field Service Technician", "Cobaltline Energy"
    ),
    (
      "BBVA BANCO CONTINENTAL: Convocatoria para Practicante data Analytics en Lima",
      "Practicante data Analytics", "BBVA BANCO CONTINENTAL"
    ),
    (
      "RQ-0950-2023-1-Practicante pre profesional-Finanzas TI en BCP - Otras posiciones - Laborum",
      "Practicante pre profesional-Finanzas TI", "BCP"
    ),
    ("servicenow jobs", nil, "servicenow"),
  ]

  @Test(arguments: pageTitles)
  func readsPrintedPageTitles(_ sample: (text: String, title: String?, company: String?)) {
    let page = PageTitle(sample.text)
    #expect(page.title == sample.title)
    #expect(page.company == sample.company)
  }

  static let locations: [(stated: String, tidy: String)] = [
    ("US, NY, New York", "New York, NY"),
    ("GB, LND, London", "London, GB"),
    ("Iowa City, IA", "Iowa City, IA"),
  ]

  @Test(arguments: locations)
  func tidiesExportedLocations(_ sample: (stated: String, tidy: String)) {
    #expect(LocationFinder.tidy(sample.stated) == sample.tidy)
  }
}
