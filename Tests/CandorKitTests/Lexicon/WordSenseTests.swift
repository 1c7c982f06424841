import Testing

@testable import CandorKit

/// A sentence, the terms the standard lexicon must find in it and those it must not.
struct SenseCase: CustomTestStringConvertible, Sendable {
  var text: String
  var present: [String]
  var absent: [String]

  init(_ text: String, present: [String] = [], absent: [String] = []) {
    (self.text, self.present, self.absent) = (text, present, absent)
  }

  var testDescription: String { "\"\(text)\"" }
}

/// Words that look like skills in other fields' writing: abbreviations that spell everyday
/// words, measures joined to numbers, credentials naming other people, acronyms two fields
/// share, and skill words inside a longer noun phrase that means something else.
@Suite struct WordSenseTests {
  static let abbreviations: [SenseCase] = [
    SenseCase("Charge nurse on a 24-bed cardiac unit", absent: ["Bachelor of Education"]),
    SenseCase("ST. ANNE'S IS A 312-BED TRAUMA CENTER", absent: ["Bachelor of Education"]),
    SenseCase("Gave the 9 a.m. med pass for 20 patients", absent: ["Master of Education"]),
    SenseCase("Students grow stem cuttings in the garden", absent: ["STEM education"]),
    SenseCase("I told him the plan", absent: ["health information management"]),
    SenseCase("BEd, University of Regina", present: ["Bachelor of Education"]),
    SenseCase("MEd in Curriculum and Instruction", present: ["Master of Education"]),
    SenseCase("Coached the STEM club and robotics team", present: ["STEM education"]),
  ]

  static let currencies: [SenseCase] = [
    SenseCase("Pay: CAD 98,000–112,000 a year", absent: ["CAD"]),
    SenseCase("Salary 104,000 CAD plus benefits", absent: ["CAD"]),
    SenseCase("Drafted grading plans in CAD for 14 subdivisions", present: ["CAD"]),
  ]

  static let credentials: [SenseCase] = [
    SenseCase("Assigned 6 nurses and 4 CNAs each night", absent: ["Certified Nursing Assistant"]),
    SenseCase("Supervised 3 nurse aides", absent: ["Certified Nursing Assistant"]),
    SenseCase(
      "Logged 7,500 hours under a master electrician",
      absent: ["journeyman license", "master electrician license"]),
    SenseCase("Shadowed a paramedic on 40 ride-alongs", absent: ["paramedic"]),
    SenseCase(
      "Certified Nursing Assistant, Ohio registry", present: ["Certified Nursing Assistant"]),
    SenseCase("Worked as a paramedic for six years", present: ["paramedic"]),
    // An issuer after "by the" is no person the writer worked beside.
    SenseCase("Certified by the NREMT since 2019", present: ["EMT"]),
    SenseCase("Holds a master electrician license", present: ["master electrician license"]),
  ]

  static let sharedAcronyms: [SenseCase] = [
    SenseCase(
      "Cloud platforms: AWS, GCP and Azure", present: ["Google Cloud Platform"],
      absent: ["clinical research"]),
    SenseCase(
      "Trained study staff on GCP for our clinical trials", present: ["clinical research"],
      absent: ["Google Cloud Platform"]),
    SenseCase(
      "GCP refresher course, 2023", absent: ["Google Cloud Platform", "clinical research"]),
    SenseCase(
      "Bent EMT and rigid conduit for a school addition", present: ["electrical conduit"],
      absent: ["EMT"]),
    SenseCase("EMT and paramedic coursework", present: ["EMT", "paramedic"]),
    SenseCase(
      "Checked ELD logs during route planning", present: ["electronic logging device"],
      absent: ["English as a Second Language"]),
    SenseCase(
      "Taught ELD and ESOL small groups", present: ["English as a Second Language"],
      absent: ["electronic logging device"]),
    // Trucking's over-the-road and occupational therapy's OTR; neither when no field wins.
    SenseCase(
      "Seven years of OTR driving with a clean MVR and CDL-A", present: ["over-the-road trucking"],
      absent: ["occupational therapy"]),
    SenseCase(
      "OTR/L treating stroke patients in inpatient rehabilitation",
      present: ["occupational therapy"], absent: ["over-the-road trucking"]),
    SenseCase("Log hours with Samsara ELD", present: ["electronic logging device"]),
    // A medical assistant's RMA and CMA, a warehouse's returns and an accountant's CMA; two
    // such acronyms on a line decide each other by the one field they share.
    SenseCase(
      "CMA (AAMA) or RMA",
      present: ["Certified Medical Assistant", "Registered Medical Assistant"],
      absent: ["reverse logistics", "CMA"]),
    SenseCase(
      "RMA roomed patients and took vitals in Epic", present: ["Registered Medical Assistant"],
      absent: ["reverse logistics"]),
    SenseCase(
      "Handled RMA returns and cycle counts in the warehouse", present: ["reverse logistics"],
      absent: ["Registered Medical Assistant"]),
    SenseCase(
      "CMA and CPA exams passed; month-end close in NetSuite", present: ["CMA"],
      absent: ["Certified Medical Assistant"]),
    // A plant's distributed control system, or a state's child services caseworkers.
    SenseCase(
      "Tuned PID loops on the Honeywell DCS at the refinery", present: ["SCADA"]),
    SenseCase("Coordinate visits with DCS caseworkers and foster parents", absent: ["SCADA"]),
    SenseCase("Completed ICS-100 and ICS-200 for the county shelter", absent: ["SCADA"]),
  ]

  static let nounPhrases: [SenseCase] = [
    SenseCase("Presented the budget to the leadership team", absent: ["leadership"]),
    SenseCase("Showed leadership during the unit move", present: ["leadership"]),
    SenseCase("Bring hand tools and reliable transportation", absent: ["reliability"]),
    SenseCase("Reliable and punctual on every shift", present: ["reliability"]),
    SenseCase(
      "Differentiate lessons for English learners", present: ["English as a Second Language"],
      absent: ["English"]),
    SenseCase("Front-end developer working in React", present: ["front-end development", "React"]),
    // Retail and warehouse words that look like software ones: the store's front end, a
    // stockroom's back end.
    SenseCase(
      "Trained 30 new cashiers on the POS and front-end standards",
      absent: ["front-end development"]),
    SenseCase("Kept the back-end of the store stocked", absent: ["back-end development"]),
    SenseCase("Built our web front-end in Vue", present: ["front-end development"]),
    SenseCase("Back-end services in Go and PostgreSQL", present: ["back-end development"]),
    // A product of the term's own field before it names the work, not the product's part.
    SenseCase("Single page application with a Django backend", present: ["back-end development"]),
    SenseCase("Front of house manager for a 90-seat bistro", absent: ["front-end development"]),
    // A short acronym that names another thing outside its field: California's
    // Self-Insured Plan certificate is no telephony protocol.
    SenseCase("California SIP certificate", absent: ["VoIP"]),
    SenseCase("Configured SIP trunks for the call center", present: ["VoIP"]),
    // A body that approves a program is no skill of the writer's.
    SenseCase(
      "Paralegal certificate from an ABA-approved program", present: ["paralegal certificate"],
      absent: ["applied behavior analysis"]),
    SenseCase(
      "Graduated from an ACPE-accredited school; ABA therapy aide in college",
      present: ["applied behavior analysis"]),
    SenseCase(
      "Advanced Excel: pivot tables and XLOOKUP", present: ["XLOOKUP", "pivot tables"],
      absent: ["VLOOKUP"]),
    // Banking's accounting standards are domain knowledge the lexicon names, not tools
    // guessed from an unknown acronym.
    SenseCase(
      "Knowledge of GAAP and CECL; prepares quarterly call reports and the ALLL",
      present: ["GAAP", "CECL", "call reports", "allowance for loan losses"]),
    SenseCase("Checked each cecl in the lab notebook", absent: ["CECL"]),
    SenseCase(
      "PhD in molecular biology or biochemistry", present: ["PhD", "molecular biology"],
      absent: ["molecular diagnostics", "health sciences"]),
  ]

  @Test(arguments: abbreviations + currencies + credentials + sharedAcronyms + nounPhrases)
  func findsOnlyTheSkillSense(_ sense: SenseCase) {
    let terms = Lexicon.standard.matches(in: sense.text).map(\.term)
    for term in sense.present {
      #expect(terms.contains(term), "'\(term)' missing from \(terms)")
    }
    for term in sense.absent {
      #expect(!terms.contains(term), "'\(term)' found in \(terms)")
    }
  }
}
