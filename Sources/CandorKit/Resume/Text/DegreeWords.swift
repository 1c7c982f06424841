import Foundation

/// Recognises degrees ("Bachelor of Science in CS", "B.Tech", "MBA", "Licenciatura") and
/// splits them into the JSON Resume `studyType` and `area`.
enum DegreeWords {
  static func isDegree(_ text: String) -> Bool {
    let words = tokens(text)
    guard let first = words.first else { return false }
    // "Spanish (intermediate)": a language and its level, not an intermediate school award.
    if words.count == 2, LanguageNames.isLanguage(first), LanguageNames.isLevel(words[1]) {
      return false
    }
    if abbreviations.contains(first) || isAssociateOfScience(text) { return true }
    if words.contains(where: { $0 == "school" || $0 == "college" }) {
      // "High School Diploma", "Secondary School Leaving Certificate": a school level's
      // award, not a school, when no word names which school.
      return words == ["high", "school"]
        || (words.allSatisfy(schoolLevelWords.contains)
          && words.contains { $0 == "diploma" || $0 == "certificate" })
    }
    return words.prefix(3).contains { fullWords.contains($0) }
  }

  /// True when `word` is a degree's abbreviation however it is dotted ("B.A.", "MSc").
  static func isAbbreviation(_ word: String) -> Bool {
    abbreviations.contains(fold(word))
  }

  /// "Bachelor of Science in Computer Science" → ("Bachelor of Science", "Computer
  /// Science"); "BE Computer Science" → ("BE", "Computer Science"); "MBA" → ("MBA", nil).
  static func split(_ text: String) -> (studyType: String, area: String?) {
    let (rest, honours) = withoutHonours(text.trimmingSpaces())
    let (studyType, area) = splitPlain(rest)
    return (honours.map { studyType + " " + $0 } ?? studyType, area)
  }

  /// "BSc (Hons) Biochemistry" → ("BSc Biochemistry", "(Hons)"): an honours mark belongs
  /// to the degree's type, never to the field.
  private static func withoutHonours(_ text: String) -> (String, String?) {
    guard text.count > 4, text.hasBytes("on") || text.hasBytes("ON") else { return (text, nil) }
    var words = text.split(separator: " ").map(String.init)
    guard let index = words.firstIndex(where: { honoursWords.contains(fold($0)) }),
      words.count > 1
    else { return (text, nil) }
    let mark = words.remove(at: index).trimming(charactersIn: ",")
    return (words.joined(separator: " "), mark)
  }

  private static func splitPlain(_ text: String) -> (studyType: String, area: String?) {
    var degree = text
    var area: String?
    if degree.hasSuffix(")"), let open = degree.lastIndex(of: "("), open > degree.startIndex {
      let inside = String(degree[degree.index(after: open)..<degree.index(before: degree.endIndex)])
      // "Associate of Arts (A.A.)": the degree's own abbreviation, not its field.
      // "Paralegal Certificate (ABA-approved)": a qualifier of the award, which stays in it.
      if isQualifier(inside) { return (degree, nil) }
      area = abbreviations.contains(fold(inside)) ? nil : inside
      degree = degree[..<open].trimmingSpaces()
    }
    for marker in [" in ", " en ", " - ", ": "] {
      if let range = degree.byteRange(of: marker) {
        let rest = degree[range.upperBound...].trimmingSpaces()
        return (String(degree[..<range.lowerBound]), rest.isEmpty ? area : rest)
      }
    }
    if let range = degree.byteRange(of: " of "),
      !generalFields.contains(MonthNames.fold(degree[range.upperBound...]))
    {
      return (String(degree[..<range.lowerBound]), String(degree[range.upperBound...]))
    }
    let words = degree.split(separator: " ")
    if words.count > 1, let first = words.first,
      abbreviations.contains(fold(first)) || isAssociateOfScience(first)
    {
      return (String(first), words.dropFirst().joined(separator: " "))
    }
    return (degree, area)
  }

  /// True when a bracketed aside says how the award stands, not what it is in:
  /// "ABA-approved", "CAHIIM accredited", "online", "part-time".
  static func isQualifier(_ inside: String) -> Bool {
    inside.split { $0 == " " || $0 == "-" || $0 == "," }.contains { word in
      qualifierWords.contains(fold(word))
    }
  }

  private static let qualifierWords: Set<String> = [
    "approved", "accredited", "certified", "recognized", "recognised", "online", "parttime",
    "part", "fulltime", "evening", "weekend", "distance", "hybrid", "accelerated", "ongoing",
    "inprogress", "expected", "pending",
  ]

  /// "A.S. Business", "AS Nursing": an associate of science, told from the word "as" by its
  /// capitals.
  private static func isAssociateOfScience(_ text: some StringProtocol) -> Bool {
    let first = text.prefix { $0 != " " }
    return first == "A.S." || first == "AS" || first == "A.S"
  }

  private static func tokens(_ text: String) -> [String] {
    text.split(separator: " ").map { fold($0) }.filter { !$0.isEmpty }
  }

  private static func fold(_ word: some StringProtocol) -> String {
    let letters = MonthNames.fold(word).filter { $0.isLetter || $0 == "'" }
    return letters.hasBytes("'") ? letters.replacingOccurrences(of: "'s", with: "") : letters
  }

  private static let abbreviations: Set<String> = [
    "bs", "bsc", "ba", "ms", "msc", "ma", "mba", "mca", "bca", "be", "btech", "mtech", "bba",
    "bcom", "mcom", "llb", "llm", "hsc", "ssc", "sslc", "ged", "phd", "dphil", "md", "mphil",
    "beng", "meng", "bfa", "mfa", "bsn", "msn", "aas", "pgdm", "bpharm", "mpharm", "bds",
    "mbbs", "bts", "dut", "macc", "mpa", "mph", "msw", "bsw", "mha", "mpp", "jd", "dnp",
    "pharmd", "dvm", "dds", "dpt", "edd", "aa", "adn", "asn", "mlis", "mslis", "mls", "msed",
    "mdiv", "mres", "mst", "bsba", "msba", "bscs", "mscs", "bsee", "msee", "mfin", "psyd",
    "otd", "mpas", "bmus", "mmus", "bas", "baas", "bgs", "basc", "masc", "bcs", "mcs",
    // Teaching, therapy and other dotted degrees: "M.A.T.", "M.Ed.", "B.Ed.", "Ed.S.".
    "mat", "med", "maed", "mae", "bed", "bsed", "eds", "mot", "msot", "mhsa", "macct", "mpacc",
    "barch", "mse", "mps", "dmd", "dsw", "dma",
  ]

  private static let honoursWords: Set<String> = ["hons", "honours", "honors"]

  private static let schoolLevelWords: Set<String> = [
    "high", "secondary", "senior", "junior", "school", "college", "diploma", "certificate",
    "leaving", "graduation", "equivalency",
  ]

  private static let fullWords: Set<String> = [
    "bachelor", "bachelors", "master", "masters", "doctorate", "doctor", "associate",
    "associates", "diploma", "degree", "intermediate", "licenciatura", "licenciado",
    "licenciada", "bachiller", "bachillerato", "maestria", "magister", "doctorado",
    "tecnico", "licence", "doctorat", "diplome", "postgraduate", "graduate", "undergraduate",
    "certificate", "matriculation", "estudiante", "student", "alumno", "alumna",
    "apprenticeship", "apprenticeships", "program", "programme", "credential",
  ]

  private static let generalFields: Set<String> = [
    "science", "arts", "engineering", "technology", "commerce", "business administration",
    "laws", "education", "fine arts", "philosophy", "applied science", "applied sciences",
    "computer applications", "medicine", "nursing", "pharmacy", "architecture",
  ]
}
