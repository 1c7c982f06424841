import Foundation

/// Words that tell the parts of a role's heading apart: job titles ("Engineer",
/// "Contador", "Intern"), employers ("Inc.", "Bank", "Solutions") and schools.
enum RoleWords {
  /// True when `text` reads as a job title: its head noun ends it ("Support Technician",
  /// "Analyst IV") or starts it ("Director of Operations", "Consultor Practicante").
  static func isTitle(_ text: String) -> Bool {
    let words = folded(text).filter { !levelMarks.contains($0) }
    guard let last = words.last else { return false }
    if isTitleNoun(last) || isTitleNoun(singular(last)) { return true }
    return words.prefix(2).contains(where: isTitleNoun) && words.count <= 8
  }

  /// True when any word of `text` is a job-title noun.
  static func hasTitleWord(_ text: String) -> Bool {
    folded(text).contains(where: isTitleNoun)
  }

  /// A folded word that names a job, in English or another language.
  private static func isTitleNoun(_ word: String) -> Bool {
    titleNouns.contains(word) || RoleNounsAbroad.folded.contains(word)
  }

  /// True when `text` names an organisation by its form ("Acme Inc.", "Fino Payments Bank").
  static func isOrganization(_ text: String) -> Bool {
    folded(text).contains { organizationWords.contains($0) }
  }

  /// True when `text` names a school ("University of Oklahoma", "IIT Delhi").
  static func isSchool(_ text: String) -> Bool {
    let words = folded(text)
    return words.contains { schoolWords.contains($0) }
      || text.split(separator: " ").contains { schoolAcronyms.contains(String($0)) }
  }

  /// "College", "Community College", "Services", "Inc.": words that end a school's or an
  /// employer's name and name nothing alone, so a line that opens with them continues the
  /// name on the line above.
  static func isBareForm(_ text: String) -> Bool {
    let words = folded(text)
    return (1...3).contains(words.count)
      && words.allSatisfy {
        schoolWords.contains($0) || organizationWords.contains($0) || formModifiers.contains($0)
      }
  }

  /// Words that stand before a form word in a name ("Community College", "Medical Center").
  private static let formModifiers: Set<String> = [
    "community", "state", "technical", "junior", "medical", "regional", "county", "center",
    "centre", "district", "authority",
  ]

  /// "Inc.", "LLC", "Ltd": a legal form that belongs to the employer before it.
  static func isLegalForm(_ text: String) -> Bool {
    let words = folded(text)
    return words.count <= 2 && words.allSatisfy { legalForms.contains($0) }
  }

  /// The words of `text` folded: runs of letters and "&".
  static func folded(_ text: String) -> [String] {
    let folded = TextFolding.fold(text)
    guard folded.utf8.allSatisfy({ $0 < 0x80 }) else {
      return folded.split { !$0.isLetter && $0 != "&" }.map(String.init)
    }
    // The only ASCII letters are A to Z in either case, so the bytes split the same way.
    return folded.utf8.split { byte in
      !(0x61...0x7A).contains(byte | 0x20) && byte != UInt8(ascii: "&")
    }.map { String(Substring($0)) }
  }

  private static func singular(_ word: String) -> String {
    word.hasSuffix("s") ? String(word.dropLast()) : word
  }

  private static let levelMarks: Set<String> = [
    "i", "ii", "iii", "iv", "v", "sr", "jr", "senior", "junior", "lead", "principal",
  ]

  private static let legalForms: Set<String> = [
    "inc", "llc", "ltd", "limited", "corp", "co", "plc", "gmbh", "pvt", "sa", "sac", "srl",
    "llp", "lp", "ag", "bv", "pty", "sas",
  ]

  private static let organizationWords: Set<String> = legalForms.union([
    "company", "corporation", "group", "technologies", "technology", "solutions", "systems",
    "services", "bank", "labs", "studio", "studios", "agency", "partners", "consulting",
    "software", "foundation", "holdings", "enterprises", "enterprise", "industries",
    "network", "networks", "media", "hospital", "clinic", "health", "healthcare",
    "financial", "insurance", "court", "bureau", "department", "ministry", "council",
    "associates", "firm", "management", "infosoft", "infotech", "tech", "global",
    "international", "ventures", "capital", "pharma", "motors", "retail", "logistics",
    "empresa", "grupo", "consultores", "soluciones", "servicios", "business",
  ])

  private static let schoolWords: Set<String> = [
    "university", "universidad", "universite", "universidade", "universitat", "college",
    "school", "institute", "instituto", "institut", "academy", "academia", "polytechnic",
    "politecnico", "escuela", "colegio", "ecole", "seminary", "conservatory", "iit", "iim",
    "nit", "bootcamp", "campus", "board",
  ]

  private static let schoolAcronyms: Set<String> = [
    "MIT", "UCLA", "NYU", "CalTech", "Caltech", "UC", "USC", "CMU", "UCSD", "EPFL", "ETH",
    "UNAM", "UNMSM", "PUCP",
  ]

  private static let titleNouns: Set<String> = TitleNouns.shared.union([
    "admin", "cio", "founder", "cofounder", "co-founder", "educator", "lecturer", "advocate",
    "volunteer", "member", "webmaster", "treasurer", "barista", "server", "surgeon", "doctor",
    "contractor", "freelancer", "sme", "leader", "staff", "student", "actuary", "economist",
    "statistician", "midwife", "stewardess", "pilot", "captain", "sergeant", "chair",
    "chairman", "superintendent", "dean", "registrar", "ambassador", "evangelist",
    "consultor", "consultora", "auxiliar", "directora", "estudiante", "docente", "profesor",
    "profesora", "contador", "contadora", "abogado", "abogada", "voluntario", "voluntaria",
    "miembro", "tecnico", "tecnica", "vendedora", "supervisora", "architecte", "developpeur",
    "administrateur", "charge", "asm", "rsm",
  ])
}
