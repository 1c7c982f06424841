import Testing

@testable import CandorKit

/// Faults the twelfth new-user trial found in the posting reader, on invented postings.
@Suite struct TrialTwelvePostingTests {
  static func posting(_ text: String, name: String = "posting.txt") throws -> JobPosting {
    try PostingReader.read(InputFile(name: name, text: text), lexicon: .standard)
  }

  static let body =
    "\nAbout us\nQuillfeather Farm Supply sells feed and fencing to 900 ranches.\n\n"
    + "Responsibilities\n- Load customer orders\n- Count stock each Friday\n\n"
    + "Requirements\n- Forklift certification\n- 1+ year of warehouse work\n"

  /// A board's menus above the title: skip links, account links, a path, a row of buttons.
  @Test(arguments: [
    "Skip to main content\nSign in | Post a job\nJobs > Agriculture > Warehouse\n"
      + "Save job   Share   Report this job\n",
    "Skip to content\nLog in · Sign up · For employers\nHome › Careers › Warehouse\nApply now\n"
      + "Save   Share\n",
    "Sign in\nPost a job\nBrowse » Retail » Stock\nSave job | Share this job | Report job\n"
      + "Easy apply\n",
  ])
  func aBoardsMenusAboveTheTitleLeaveThePlaceUnderIt(_ menus: String) throws {
    let text =
      menus + "\nWarehouse Associate\nQuillfeather Farm Supply\nPendleton, OR (on-site)\n"
      + "$19.00 - $22.00 an hour\nFull-time\n" + Self.body
    let posting = try Self.posting(text)
    #expect(posting.title == "Warehouse Associate")
    #expect(posting.company == "Quillfeather Farm Supply")
    #expect(posting.location == "Pendleton, OR (on-site)")
    // The path on line 3 names no keyword.
    #expect(posting.skills.filter { $0.lines.contains(3) }.map(\.term) == [])
  }

  /// Lines the board does not mark as its own still leave the company and the place under
  /// the title found.
  @Test func theCompanyAndPlaceUnderALowTitleAreFound() throws {
    let text =
      "Welcome back\nYour saved searches\nRecently viewed\nWarehouse openings near you\n"
      + "Today's picks\n\nWarehouse Associate\nQuillfeather Farm Supply\nPendleton, OR\n"
      + Self.body
    let posting = try Self.posting(text)
    #expect(posting.company == "Quillfeather Farm Supply")
    #expect(posting.location == "Pendleton, OR")
  }

  @Test(arguments: ["Jobs > Agriculture > Warehouse", "Home › Careers", "Retail » Stock » Night"])
  func aPathOfShortPartsIsABreadcrumb(_ line: String) throws {
    let text = line + "\n\nWarehouse Associate\nQuillfeather Farm Supply\n" + Self.body
    let posting = try Self.posting(text)
    #expect(!posting.lines.contains { $0.text == line })
  }

  @Test func aSentenceWithAnArrowIsNoBreadcrumb() throws {
    let line = "Output > 400 pallets a shift"
    let text = "Warehouse Associate\nQuillfeather Farm Supply\n\n" + line + "\n" + Self.body
    #expect(try Self.posting(text).lines.contains { $0.text == line })
  }

  /// An HTML page without JSON-LD whose `<title>` names the employer.
  static func page(title: String) -> String {
    "<html><head><meta charset=\"utf-8\">\n<title>\(title)</title></head>\n<body>\n"
      + "<div>Saltmarsh Ferries &middot; Careers &middot; Apply on Indeed</div>\n"
      + "<h1>Ferry Deckhand</h1>\n<h2>What you will do</h2>\n"
      + "<ul><li>Tie up the vessel at each landing</li><li>Count passengers</li></ul>\n"
      + "<h2>What you need</h2>\n<ul><li>TWIC card</li></ul>\n</body></html>\n"
  }

  @Test(arguments: [
    "Ferry Deckhand - Saltmarsh Ferries", "Ferry Deckhand | Saltmarsh Ferries",
    "Ferry Deckhand at Saltmarsh Ferries", "Ferry Deckhand – Saltmarsh Ferries",
    "Saltmarsh Ferries — Ferry Deckhand", "Ferry Deckhand - Saltmarsh Ferries | Jobly",
  ])
  func anHTMLPagesTitleNamesTheCompany(_ title: String) throws {
    let posting = try Self.posting(Self.page(title: title), name: "posting.html")
    #expect(posting.company == "Saltmarsh Ferries")
    #expect(posting.title == "Ferry Deckhand")
  }

  @Test(arguments: ["Ferry Deckhand | Indeed", "Ferry Deckhand - Indeed.com"])
  func aJobBoardsNameOnTheTabIsNoCompany(_ title: String) throws {
    let html = Self.page(title: title).replacingOccurrences(of: "Saltmarsh Ferries ", with: "")
    #expect(try Self.posting(html, name: "posting.html").company == nil)
  }

  @Test func theTabsTitleIsReadWithItsLine() {
    let found = HTMLTitle.find(in: "<html>\n<head>\n<TITLE>\n  Deckhand &amp; Crew\n</TITLE>")
    #expect(found == SourcedValue(text: "Deckhand & Crew", line: 3))
  }

  /// Names the lexicon lacks, asked for as credentials or as tools.
  static let credentialPosting =
    "# Boiler Technician\n\nWexmoor Heating services boilers in Duluth.\n\n## Requirements\n"
    + "- ZRTA certification\n- Combustion safety certificate (QBTA)\n"
    + "- PLXE certified technician\n- VNBC license\n- Experience with Thermolog and KelvinDesk\n"
    + "- Certified, HeatPro and Thermolog reports\n"

  @Test func aNameBesideACredentialWordIsACertificationElsewhereATool() throws {
    let posting = try Self.posting(Self.credentialPosting, name: "posting.md")
    let categories = Dictionary(
      posting.skills.filter { !$0.isKnown }.map { ($0.term, $0.category) },
      uniquingKeysWith: { first, _ in first })
    #expect(
      categories == [
        "ZRTA": .certification, "QBTA": .certification, "PLXE": .certification,
        "VNBC": .certification, "Thermolog": .tool, "KelvinDesk": .tool, "HeatPro": .tool,
      ])
    let keywords = KeywordExtractor.keywords(of: posting, lexicon: .standard)
    let certifications = keywords.filter { $0.category == .certification }.map(\.term)
    #expect(Set(certifications).isSuperset(of: ["ZRTA", "QBTA", "PLXE", "VNBC"]))
    #expect(!certifications.contains("Thermolog") && !certifications.contains("KelvinDesk"))
  }

  /// "CMA (AAMA) or RMA" is one either-or ask, met by either credential.
  @Test(arguments: ["Registered Medical Assistant (RMA), AMT, 2021", "CMA, AAMA, 2020"])
  func eitherMedicalAssistantCredentialMeetsTheAsk(_ certificate: String) throws {
    let job = try Self.posting(
      "# Medical Assistant\n\nCottonwood Family Clinic\n\n## Requirements\n"
        + "- CMA (AAMA) or RMA\n- Experience with Epic\n", name: "posting.md")
    let resume = try ResumeReader.read(
      InputFile(
        name: "cv.txt",
        text: "Lior Banerjee\nlior@example.com\n\nEXPERIENCE\nMedical Assistant, Sagebrush "
          + "Clinic\nMay 2020 - Present\n- Roomed 28 patients a day and took vitals in Epic\n\n"
          + "CERTIFICATIONS\n\(certificate)\n"))
    let asks = KeywordMatcher.match(posting: job, resume: resume).keywords
      .filter { $0.category == .certification }
    #expect(asks.map(\.term) == ["CMA (AAMA) or RMA"])
    #expect(asks.first?.found == true)
  }

  /// "Company, Town, ST" on the line under the title: the company and where the job is.
  @Test(arguments: [
    ("Cottonwood Family Clinic, Ames, IA", "Cottonwood Family Clinic", "Ames, IA"),
    ("Larchmont Tool Works, Elkhart, Indiana", "Larchmont Tool Works", "Elkhart, Indiana"),
    ("Blue Heron Books, Bend, OR", "Blue Heron Books", "Bend, OR"),
  ])
  func aCompanyLineWithItsTownGivesBoth(_ line: String, _ company: String, _ place: String)
    throws
  {
    let posting = try Self.posting(
      "Stock Clerk\n\(line)\n\nRequirements\n- 1 year of retail experience\n")
    #expect(posting.company == company)
    #expect(posting.location == place)
  }

  @Test(arguments: [
    "New York, New York, USA", "Kansas City, Kansas City, MO", "Jersey City, Hudson County, NJ",
  ])
  func aPlaceOfThreePartsIsNoCompany(_ line: String) {
    #expect(CompanyName.companyAndPlace(line) == nil)
  }
}
