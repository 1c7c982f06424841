/// Decides whether words name a person ("Dana Whitfield", "Naveen G", "Dr. Lee") rather
/// than a role, team or company ("the Warehouse Supervisor", "VP Operations", "HR").
enum PersonName {
  /// The leading words of `text` that form a person's name, or nil.
  static func leading(_ text: String, company: String? = nil) -> String? {
    var taken: [String] = []
    for raw in text.split(separator: " ").prefix(5) where taken.count < 4 {
      let word = String(raw)
      // "Sgt. (Ret.) Maria Olsen": a bracketed note after a rank is no part of the name.
      if word.hasPrefix("("), word.hasSuffix(")"), !taken.isEmpty,
        taken.allSatisfy(honorifics.contains)
      {
        continue
      }
      // "Oksana Villanueva-Reid (Engineering Manager, Reliability)": a bracket after the
      // name opens a note about the person, no part of the name.
      if word.hasPrefix("("), !taken.isEmpty { break }
      let bare = word.trimming(charactersIn: ",;:()")
      guard isNamePart(bare) else { break }
      taken.append(bare)
      if word.hasSuffix(",") || word.hasSuffix(";") || word.hasSuffix(":") || word.hasSuffix(")") {
        break
      }
      // "Vega. Interviews include…": a full stop after a word (not "Dr." or "J.") ends it.
      if bare.hasSuffix("."), bare.count > 2, !honorifics.contains(bare) { break }
    }
    // "Denise Okafor MSN RN": credentials after the name are not part of it.
    while taken.count > 2, let last = taken.last, isCredential(last) { taken.removeLast() }
    while let last = taken.last, last.hasSuffix("."), last.count > 2 || honorifics.contains(last) {
      taken[taken.count - 1] = String(last.dropLast())
      if taken[taken.count - 1].isEmpty || honorifics.contains(last) { taken.removeLast() }
    }
    while let first = taken.first, honorifics.contains(first), taken.count > 1 {
      taken.removeFirst()
    }
    let name = taken.joined(separator: " ").trimming(charactersIn: ".")
    return isName(name, company: company) ? name : nil
  }

  /// The name a job title introduces: "Nurse Manager Denise Okafor, MSN, RN", "our
  /// Controller, Miriam Castellanos", "HR Manager Colleen Brandt". The title must hold a
  /// role noun and the name two words, so a bare title ("the Operations Supervisor") or a
  /// department ("Director of Clinical Nursing") never passes for a person.
  static func afterTitle(_ text: String, company: String? = nil) -> String? {
    var words = text.split(separator: " ").map(String.init)[...]
    // "Our superintendent, Marcus Oyelaran" opens a sentence with its capital.
    let determined =
      words.first.map { ["the", "our", "your", "a", "an"].contains($0.lowercased()) } ?? false
    if let first = words.first, ["the", "our", "your", "a", "an"].contains(first.lowercased()) {
      words = words.dropFirst()
    }
    var title: [String] = []
    // "pharmacy manager Hoang Tran", "Hiring manager, Ignatius Bergstrom": a lowercase
    // title without "our" must end on its role noun, right before the name.
    var endsOnRole = false
    while let word = words.first, title.count < 6 {
      let bare = word.trimming(charactersIn: ",")
      // "our pharmacy manager, Dr. Leon Matthews": after "our" a title may be lowercase;
      // "Crew Supervisor Nell Ortiz": a word of its own heads the role noun after it.
      // "our pharmacist-in-charge, Dr. …": a hyphenated title is lowercase too.
      let isLower = !bare.isEmpty && bare.allSatisfy { $0.isLowercase || $0 == "-" }
      let isLowerTitleWord = isLower && (determined || title.count < 3)
      if isLower, !determined, !connectors.contains(bare) {
        endsOnRole = true
      }
      let headsRoleNoun =
        !word.hasSuffix(",") && bare.first?.isUppercase == true
        && words.dropFirst().first.map {
          PostingRoleWords.nouns.contains($0.trimming(charactersIn: ",.").lowercased())
        } == true
      // "our VP of Brand, Rosalind Achebe": the department after "of" ends at the comma.
      let namesDepartment =
        word.hasSuffix(",") && bare.first?.isUppercase == true
        && title.last.map(connectors.contains) == true
      guard
        isTitleWord(bare) || isLowerTitleWord || headsRoleNoun || namesDepartment
          || (!title.isEmpty && connectors.contains(bare))
      else { break }
      title.append(bare.lowercased())
      words = words.dropFirst()
      if word.hasSuffix(",") { break }
    }
    guard let last = title.last, !connectors.contains(last),
      title.contains(where: isRoleNoun), !endsOnRole || isRoleNoun(last),
      let name = leading(words.joined(separator: " "), company: company),
      name.words.count >= 2
    else { return nil }
    return name
  }

  /// Words that join the parts of a title ("VP of Brand", "Chef de Cuisine").
  private static let connectors: Set<String> = ["of", "and", "&", "de", "du"]

  /// "director", or "pharmacist-in-charge" whose first part is one.
  private static func isRoleNoun(_ word: String) -> Bool {
    if PostingRoleWords.nouns.contains(word) || ranks.contains(word) { return true }
    guard let head = word.split(separator: "-").first, head.count < word.count else {
      return false
    }
    return PostingRoleWords.nouns.contains(String(head))
  }

  /// A capitalised word of a job title ("Nurse", "Manager", "HR"), never one of a name.
  private static func isTitleWord(_ word: String) -> Bool {
    guard let first = word.first, first.isUppercase else { return false }
    let lower = word.lowercased()
    return PostingRoleWords.nouns.contains(lower) || notNames.contains(lower)
      || titleWords.contains(lower) || (word.count <= 4 && word.allSatisfy(\.isUppercase))
  }

  /// Heads of a service who are addressed by rank ("EMS Chief Ray …", "Fire Captain …").
  private static let ranks: Set<String> = ["chief", "captain", "commander"]

  /// "MSN", "RN", "PhD", "CPA": letters after a name.
  private static func isCredential(_ word: String) -> Bool {
    let letters = word.filter { $0 != "." }
    guard (2...5).contains(letters.count), letters.allSatisfy(\.isLetter) else { return false }
    return letters.allSatisfy(\.isUppercase) || ["PhD", "EdD", "MBA", "DNP"].contains(letters)
  }

  /// Words of job titles and departments that `notNames` and the role nouns lack.
  private static let titleWords: Set<String> = [
    "nursing", "clinical", "charge", "plant", "store", "branch", "district", "area", "site",
    "shift", "practice", "medical", "patient", "care", "acquisition", "payroll", "facilities",
    "maintenance", "warehouse", "logistics", "admissions", "curriculum", "instruction",
    "academic", "academics", "student", "students", "assistant", "deputy", "interim",
    "acting", "managing", "editorial", "creative", "communications", "relations",
    "cuisine", "partie", "field", "collections", "kitchen", "pastry",
  ]

  /// True when every word could be part of a name and none is a role or team word.
  static func isName(_ name: String, company: String? = nil) -> Bool {
    let words = name.split(separator: " ").map(String.init)
    guard (1...4).contains(words.count), words.allSatisfy(isNamePart),
      !OrganisationNames.named(by: words)
    else { return false }
    // "J. Thompson": an initial may open the name when a written surname follows it.
    let people = words.filter { !honorifics.contains($0) }
      .drop(while: { $0.count == 2 && $0.hasSuffix(".") })
    guard let first = people.first, first.count >= 2,
      first.dropFirst().contains(where: \.isLowercase)
    else { return false }
    if let company, name.folded == company.folded || company.folded.contains(name.folded) {
      return false
    }
    return !words.contains {
      notNames.contains($0.lowercased()) || PostingRoleWords.nouns.contains($0.lowercased())
    }
  }

  private static func isNamePart(_ word: String) -> Bool {
    guard let first = word.first, first.isUppercase else { return false }
    if honorifics.contains(word) { return true }
    if word.count <= 2 { return word.allSatisfy { $0.isLetter || $0 == "." } }  // an initial
    return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
  }

  /// Forms of address and ranks that stand before a name ("Dr.", "Frau", "Sgt.", "Lt. Col.").
  private static let honorifics: Set<String> = [
    "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Sr.", "Sra.", "Herr", "Frau",
    "Sgt.", "Sgt", "Capt.", "Capt", "Lt.", "Lt", "Col.", "Maj.", "Gen.", "Cpl.", "Cmdr.",
    "Rev.", "Fr.", "Hon.", "Mx.", "Mx", "Msgr.", "Mme", "Mme.", "Mlle", "Mlle.", "Srta.",
    "Sra", "Sr",
  ]

  /// Words that show a phrase names a role, group or thing rather than a person.
  static let notNames: Set<String> = [
    "the", "our", "your", "a", "an", "team", "department", "hr", "human", "resources", "talent",
    "recruiting", "recruitment", "hiring", "operations", "office", "manager", "director", "vp",
    "head", "lead", "supervisor", "chief", "officer", "people", "careers", "jobs", "us", "me",
    "him", "her", "them", "please", "email", "mail", "apply", "resume", "cv", "engineering",
    "product", "sales", "marketing", "support", "service", "services", "group", "board",
    "committee", "company", "inc", "llc", "ltd", "corp", "university", "hospital", "center",
    "centre", "school", "college", "bank", "foundation", "institute", "department", "division",
    "quality", "assurance", "control", "finance", "accounting", "legal", "admin", "desk",
    "unit", "staff", "employees", "candidates", "applicants", "you", "we", "they", "it",
    "this", "that", "all", "any", "each", "either", "both", "and", "or", "of", "for", "to",
    "with", "at", "in", "on", "by", "from", "as", "technical", "senior", "junior", "regional",
    "general", "global", "national", "local", "executive", "president", "vice", "founder",
    "ceo", "cto", "cfo", "coo", "owner", "partner", "principal", "associate", "assistant",
    "coordinator", "specialist", "representative", "agent", "administrator", "leadership",
    "management", "project", "program", "design", "data", "platform", "infrastructure",
    "security", "development", "research", "customer", "client", "success", "experience",
    "regards", "thanks", "thank", "sincerely", "best", "cheers", "greetings", "hello", "hi",
    "dear", "main", "web", "phone", "tel", "fax", "mobile", "cell", "website", "linkedin",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    // Teams and departments in the other languages Candor reads ("Recursos Humanos").
    "recursos", "humanos", "rrhh", "equipo", "departamento", "dirección", "ressources",
    "humaines", "équipe", "direction", "personalabteilung", "personal", "abteilung",
    "personalwesen", "talento", "selección", "recrutement",
  ]
}
