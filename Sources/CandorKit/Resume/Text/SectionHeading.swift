import Foundation

/// Recognises section headings in any common wording, case and language: "WORK
/// EXPERIENCE", "Professional Experience:", "## Skills", "Education Details",
/// "EXPERIENCIA", "Habilidades", "Licenses & Certifications".
enum SectionHeading {
  /// The section a line heads, when the whole line is a heading.
  static func kind(of text: String) -> SectionKind? {
    let words = normalisedWords(text)
    guard !words.isEmpty, words.count <= 6 else { return nil }
    if let kind = phrases[words.joined(separator: " ")] { return kind }
    // "Roles and responsibilities at Acme": a known heading naming where.
    if let at = words.firstIndex(where: { $0 == "at" || $0 == "en" }), at >= 2,
      let kind = phrases[words[..<at].joined(separator: " ")]
    {
      return kind
    }
    var kinds: [SectionKind] = []
    for word in words where !fillers.contains(word) && !joiners.contains(word) {
      guard let kind = keywords[word] else { return qualified(words, text) }
      if kinds.last != kind { kinds.append(kind) }
    }
    guard let first = kinds.first, kinds.count <= 2 else { return nil }
    return first
  }

  /// "Teaching Experience", "Clinical Skills", "UX Research Experience": a heading word
  /// after one or two capitalised words or acronyms naming the field. A wide gap
  /// sets columns apart, so "Tobias  Renner      Skills" is a name beside a sidebar's
  /// heading.
  private static func qualified(_ words: [String], _ text: String) -> SectionKind? {
    guard let last = words.last, let kind = qualifiedHeads[last], (2...3).contains(words.count),
      !text.contains(where: \.isNumber), !text.hasBytes("  ")
    else { return nil }
    let modifiers = words.dropLast()
    let written = text.split { !$0.isLetter && $0 != "'" }.dropLast()
    guard written.count == modifiers.count,
      written.allSatisfy({ $0.first?.isUppercase == true && ($0.count >= 3 || isAcronym($0)) }),
      modifiers.allSatisfy({ !notModifiers.contains($0) && keywords[$0] == nil })
    else { return nil }
    return kind
  }

  /// "UX", "HR", "IT": a field named by its capitals.
  private static func isAcronym(_ word: Substring) -> Bool {
    word.count >= 2 && word.allSatisfy(\.isUppercase)
  }

  /// Heading words that a field's name may precede.
  private static let qualifiedHeads: [String: SectionKind] = [
    "experience": .work, "experiences": .work, "employment": .work, "skills": .skills,
    "competencies": .skills, "projects": .projects, "certifications": .certificates,
    "certificates": .certificates, "licenses": .certificates, "licences": .certificates,
    "licensure": .certificates, "credentials": .certificates, "training": .certificates,
    "endorsements": .certificates,
    "education": .education, "awards": .awards, "publications": .publications,
    "rotations": .work, "placements": .work, "practicum": .work, "practicums": .work,
    "preceptorships": .work, "clerkships": .work, "externships": .work,
  ]

  /// Words before a heading word that make the line a fact, not a heading ("Total
  /// Experience: 6 years").
  private static let notModifiers: Set<String> = [
    "total", "overall", "years", "year", "months", "minimum", "required", "preferred",
    "desired", "some", "any", "no", "used", "with", "without", "more", "less",
  ]

  /// True when `word` (normalised) can end a heading, for a quick check before a full one.
  static func isHeadingWord(_ word: String) -> Bool {
    keywords[word] != nil || fillers.contains(word) || phraseEnds.contains(word)
  }

  /// False when ASCII text surely ends on a word that cannot end a heading: a backward
  /// look at its last word, cheaper than ``normalisedWords`` on every line.
  static func mayEndInHeadingWord(_ text: String) -> Bool {
    guard text.utf8.last != UInt8(ascii: ")"), text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return true
    }
    var word: [UInt8] = []
    for byte in text.utf8.reversed() {
      let isWordByte = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x27
      if isWordByte {
        word.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
      } else if !word.isEmpty {
        break
      }
    }
    let last = String(decoding: word.reversed(), as: UTF8.self)
    return last.isEmpty || last == "link" || isHeadingWord(last)
  }

  private static let phraseEnds = Set(
    phrases.keys.compactMap { $0.split(separator: " ").last }.map(String.init))

  /// Lowercased words without accents, punctuation, dates or a trailing "(…)".
  static func normalisedWords(_ text: String) -> [String] {
    var core = Substring(text)
    // The end is looked at first: few lines end in ")", and finding "(" walks characters.
    if core.hasSuffix(")"), let paren = core.firstIndex(of: "(") {
      core = core[..<paren]
    }
    if core.hasBytes("|") { return [] }
    // A native string's bytes are read in place; walking `utf8` costs several times more.
    let ascii = core.utf8.withContiguousStorageIfAvailable(asciiWords) ?? asciiWords(core)
    let words =
      ascii ?? TextFolding.fold(core).split { !$0.isLetter && $0 != "'" }.map(String.init)
    // An ASCII word has as many characters as bytes.
    let isShort = ascii?.allSatisfy({ $0.utf8.count <= 20 }) ?? words.allSatisfy({ $0.count <= 20 })
    guard isShort else { return [] }
    return words.filter { $0 != "link" }
  }

  private static func asciiWords(_ text: Substring) -> [String]? {
    Array(text.utf8).withUnsafeBufferPointer(asciiWords)
  }

  /// The lowercased words of ASCII text, split on bytes as Character's `isLetter` would;
  /// nil when a byte is not ASCII.
  private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
    var words: [String] = []
    var start = 0
    for end in 0...bytes.count {
      if end < bytes.count {
        let byte = bytes[end]
        guard byte < 0x80 else { return nil }
        if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x27 {
          continue
        }
      }
      if start < end { words.append(lowercased(bytes[start..<end])) }
      start = end + 1
    }
    return words
  }

  private static func lowercased(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> String {
    String(unsafeUninitializedCapacity: word.count) { buffer in
      for (offset, byte) in word.enumerated() {
        buffer[offset] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
      }
      return word.count
    }
  }

  private static let joiners: Set<String> = ["and", "&", "y", "et", "e", "of", "de", "la", "in"]

  /// Words that qualify a heading without changing what it is.
  private static let fillers: Set<String> = [
    "professional", "relevant", "selected", "key", "core", "academic", "other", "notable",
    "recent", "additional", "my", "career", "details", "detail", "history", "section",
    "personal", "areas", "area", "it", "computer", "profesional", "laboral", "academica",
    "academico", "tecnicos", "principales", "otros", "otras", "relevantes",
    "complementaria", "professionnelle", "professionnelles", "known", "informaticas",
    "informatica", "tecnicas", "technical",
  ]

  private static let keywords: [String: SectionKind] = [
    "experience": .work, "experiences": .work, "employment": .work, "work": .work,
    "internships": .work, "internship": .work, "experiencia": .work, "experiencias": .work,
    "trayectoria": .work, "emplois": .work, "rotations": .work, "practicum": .work,
    "practicums": .work, "practica": .work, "clerkships": .work, "externships": .work,
    "preceptorships": .work,
    "education": .education, "educational": .education, "qualifications": .education,
    "studies": .education, "degrees": .education, "educacion": .education, "formacion": .education,
    "estudios": .education, "formation": .education, "academics": .education,
    "skills": .skills, "skill": .skills, "competencies": .skills, "competences": .skills,
    "proficiencies": .skills, "expertise": .skills, "technologies": .skills,
    "habilidades": .skills, "aptitudes": .skills, "competencias": .skills,
    "conocimientos": .skills, "herramientas": .skills, "tools": .skills,
    "projects": .projects, "project": .projects, "proyectos": .projects,
    "projets": .projects, "portfolio": .projects,
    "certifications": .certificates, "certification": .certificates,
    "certificates": .certificates, "certificate": .certificates, "licenses": .certificates,
    "license": .certificates, "licensure": .certificates,
    "licences": .certificates, "credentials": .certificates, "certificaciones": .certificates,
    "certificados": .certificates, "courses": .certificates, "cursos": .certificates,
    "training": .certificates, "trainings": .certificates, "endorsements": .certificates,
    "endorsement": .certificates,
    "summary": .summary, "profile": .summary, "objective": .summary, "about": .summary,
    "overview": .summary, "perfil": .summary, "resumen": .summary, "objetivo": .summary,
    "profil": .summary, "bio": .summary,
    "languages": .languages, "language": .languages, "idiomas": .languages,
    "lenguas": .languages, "langues": .languages,
    "volunteer": .volunteer, "volunteering": .volunteer, "voluntariado": .volunteer,
    "activities": .volunteer, "actividades": .volunteer, "extracurricular": .volunteer,
    "awards": .awards, "honors": .awards, "honours": .awards, "achievements": .awards,
    "accomplishments": .awards, "premios": .awards, "logros": .awards,
    "reconocimientos": .awards, "distinctions": .awards,
    "publications": .publications, "talks": .publications, "presentations": .publications,
    "publicaciones": .publications, "papers": .publications, "articles": .publications,
    "manuscripts": .publications, "posters": .publications, "bibliography": .publications,
    "interests": .interests, "hobbies": .interests, "intereses": .interests,
    "aficiones": .interests, "pasatiempos": .interests,
    "references": .references, "referencias": .references,
    "strengths": .other, "strength": .other, "declaration": .other,
    "berufserfahrung": .work, "erfahrung": .work, "ausbildung": .education,
    "kenntnisse": .skills, "fahigkeiten": .skills, "sprachen": .languages,
    "projekte": .projects, "formacao": .education, "educacao": .education,
    "projetos": .projects, "certificacoes": .certificates, "resumo": .summary,
  ]

  /// Whole headings whose words alone would mislead.
  private static let phrases: [String: SectionKind] = [
    "technical qualifications": .skills, "technical skills": .skills,
    "technical proficiencies": .skills, "tech stack": .skills, "tools": .skills,
    "summary of qualifications": .summary, "about me": .summary, "sobre mi": .summary,
    "acerca de mi": .summary, "career objective": .summary, "professional summary": .summary,
    "executive summary": .summary, "personal details": .other, "personal information": .other,
    "personal data": .other, "datos personales": .other, "additional information": .other,
    "informacion adicional": .other, "other information": .other, "company details": .work,
    "roles and responsibilities": .work, "work history": .work, "employment history": .work,
    "career history": .work, "community service": .volunteer, "community involvement": .volunteer,
    "languages known": .languages, "skill details": .skills, "education details": .education,
    "work experience": .work, "it skills": .skills, "computer skills": .skills,
    "key skills": .skills, "education and training": .education, "student teaching": .work,
    "other": .other, "additional": .other, "miscellaneous": .other, "misc": .other,
    // Time away, read with the work as a break (``Resume/Work/isBreak``).
    "career break": .work, "career gap": .work, "employment gap": .work,
    "planned break": .work, "academic background": .education,
    "educational background": .education, "education background": .education,
    "language proficiency": .languages, "language proficiencies": .languages,
    "languages spoken": .languages, "spoken languages": .languages,
    "project highlights": .projects, "professional development": .certificates,
  ]

  /// "Other", "Additional": a heading over whatever the sections above left out, which
  /// under Skills only groups the rest of the skills.
  static func isCatchAll(_ text: String) -> Bool {
    text.count <= 14 && catchAll.contains(text.lowercased())
  }

  private static let catchAll: Set<String> = ["other", "additional", "miscellaneous", "misc"]
}
