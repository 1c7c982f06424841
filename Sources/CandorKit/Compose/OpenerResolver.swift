/// Picks the opening situation: the person's choice, or what the inputs show (a referrer,
/// the same employer, a break the resume shows, a different field).
struct OpenerResolver {
  let posting: JobPosting
  let resume: ParsedResume
  let options: LetterOptions
  let today: String

  func resolve() throws(CandorError) -> (OpenerSituation, String) {
    let referrer = (options.referrer ?? "").trimmingSpaces()
    let hasReferrer = !referrer.isEmpty
    // A referrer given with another opener would vanish from the letter unsaid.
    if hasReferrer, ![.referral, .auto].contains(options.opener) {
      throw .invalidOption(
        name: "--opener", value: options.opener.rawValue,
        reason: "--referrer \(referrer) needs the referral opener; use --opener referral or "
          + "leave --opener out")
    }
    switch options.opener {
    case .referral:
      guard hasReferrer || statedReferral != nil else {
        throw .invalidOption(
          name: "--opener", value: "referral", reason: "a referral opener needs --referrer NAME")
      }
      return (.referral, "chosen with --opener")
    case .match: return (.match, "chosen with --opener")
    case .careerChange: return (.careerChange, "chosen with --opener")
    case .internal:
      try requireRoleAtCompany()
      return (.internal, "chosen with --opener")
    case .return:
      if let employer = currentEmployer {
        throw .invalidOption(
          name: "--opener", value: "return",
          reason: "the resume shows a current role at \(employer), so there is no break to name")
      }
      return (.return, "chosen with --opener")
    case .auto: break
    }
    if hasReferrer { return (.referral, "a referrer was given with --referrer") }
    if let stated = statedReferral {
      return (.referral, "the resume says \(stated.name) referred you (\(stated.source.reference))")
    }
    if let employer = currentEmployer, let company = posting.company,
      Self.sameOrganisation(employer, company)
    {
      return (.internal, "the resume's current employer is \(company)")
    }
    // A break the resume names, or a gap of over a year after its last role that no study,
    // certificate, volunteer work or project fills (``CareerBreak``), opens on the return.
    if let source = CareerBreak.stated(in: resume.resume) {
      return (.return, "the resume names a break (\(source.reference))")
    }
    if let months = CareerBreak.unfilledGap(in: resume.resume, today: today), months > 12 {
      return (.return, "the last role ended \(months) months ago, with nothing dated since")
    }
    if isDifferentField {
      return (.careerChange, "the resume's titles and skills share nothing with the posting")
    }
    return (.match, "the resume's experience matches the posting's field")
  }

  /// An internal opener names the person's current role at the company: the resume must
  /// show one, or the letter would invent it.
  private func requireRoleAtCompany() throws(CandorError) {
    guard let company = posting.company else {
      throw .invalidOption(
        name: "--opener", value: "internal", reason: "the posting names no company")
    }
    guard let employer = currentEmployer, Self.sameOrganisation(employer, company) else {
      throw .invalidOption(
        name: "--opener", value: "internal",
        reason: "the resume shows no current role at \(company)")
    }
  }

  /// The referrer a referral opening names: `--referrer` as typed (cased), else the
  /// referral the resume states.
  var referrer: PlannedReferrer? {
    let typed = (options.referrer ?? "").trimmingSpaces()
    if !typed.isEmpty {
      return PlannedReferrer(name: TypedName.cased(typed), source: .option("--referrer"))
    }
    return statedReferral.map { PlannedReferrer(name: $0.name, source: $0.source) }
  }

  /// A referral to the posting's company that the resume states.
  var statedReferral: StatedReferral? {
    StatedReferral.find(in: resume.resume, company: posting.company)
  }

  /// The employer of a role with no end date.
  var currentEmployer: String? {
    resume.resume.work.first { ($0.endDate ?? "").isEmpty && $0.startDate != nil }?.name
  }

  private var isDifferentField: Bool {
    FieldChange(posting: posting, resume: resume).isDifferentField
  }

  static func sameOrganisation(_ a: String, _ b: String) -> Bool {
    let suffixes: Set<String> = [
      "inc", "llc", "ltd", "corp", "corporation", "company", "co", "plc",
    ]
    func core(_ name: String) -> [String] {
      Tokenizer.tokens(in: name).filter { !$0.isPunctuation }.map(\.folded).filter {
        !suffixes.contains($0)
      }
    }
    let left = core(a)
    return !left.isEmpty && left == core(b)
  }
}

/// A year and month, for counting the months between ISO 8601 dates.
struct MonthStamp: Comparable {
  var months: Int

  init?(_ iso: String) {
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    guard let year = parts.first, year > 1900 else { return nil }
    months = year * 12 + (parts.count > 1 ? parts[1] - 1 : 11)
  }

  init(months: Int) { self.months = months }

  /// Later than any date a resume states.
  static let max = MonthStamp(months: Int.max)

  static func < (lhs: MonthStamp, rhs: MonthStamp) -> Bool { lhs.months < rhs.months }
}
