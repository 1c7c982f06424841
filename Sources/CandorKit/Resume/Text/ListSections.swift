import Foundation

/// Reads the sections that are lists of one-line items: certificates, awards, languages,
/// interests, publications and references.
enum ListSections {
  static func items(_ section: ResumeSection, wrapWidth: Int) -> [BodyItem] {
    let lines = endingItems(section.lines) { endsOnDate($0.text) }
    guard section.kind == .certificates else { return BodyItems.read(lines, wrapWidth: wrapWidth) }
    // Each certificate is read alone, so "CPR/AED, American Red Cross" is never taken for
    // the tail of the line above it: a line ends its item unless it wraps.
    let ended = endingItems(joinedLines(lines)) { line in
      endsOnNumber(line.text) || !wraps(line, wrapWidth: wrapWidth)
    }
    return ended.split(whereSeparator: \.isBlank).flatMap {
      BodyItems.read(Array($0), wrapWidth: wrapWidth)
    }
  }

  /// The lines with a blank after each text line that `ends` an item when the next text
  /// line starts in capitals.
  private static func endingItems(_ lines: [ResumeLine], where ends: (ResumeLine) -> Bool)
    -> [ResumeLine]
  {
    var result: [ResumeLine] = []
    for (index, line) in lines.enumerated() {
      result.append(line)
      guard line.kind == .text, index + 1 < lines.count, lines[index + 1].kind == .text,
        lines[index + 1].text.first?.isUppercase == true, ends(line)
      else { continue }
      result.append(.blank(at: line.line))
    }
    return result
  }

  /// True when a certificate's line runs on into the next as any statement's does: it
  /// stops on a comma, a dash or a joining word, or reaches the width the resume wraps at.
  private static func wraps(_ line: ResumeLine, wrapWidth: Int) -> Bool {
    guard let last = line.text.last else { return false }
    return ",-&".contains(last) || LineShape.endsOnJoiner(line.text)
      || LineShape.isFull(line, wrapWidth: wrapWidth)
  }

  /// The certificate lines with three kinds of line joined to the one above: a line after
  /// one that leaves a bracket open or stops on a slash ("Wilderness First Responder (Solo"
  /// / "Medical Institute)"), a line that only numbers the credential above it
  /// ("ServSafe Manager" / "Certification #24418806"), and a sidebar's wrapped tail that
  /// names nothing alone ("Fundamental Payroll" / "Certification (FPC), 2021").
  private static func joinedLines(_ lines: [ResumeLine]) -> [ResumeLine] {
    var result: [ResumeLine] = []
    for line in lines {
      guard line.kind == .text, let last = result.last, last.kind != .blank else {
        result.append(line)
        continue
      }
      if isOpen(last.text) {
        result[result.count - 1].text += " " + line.text
      } else if CertificateText.isNumberLabel(line.text) {
        result[result.count - 1].text += (last.text.hasSuffix(",") ? " " : ", ") + line.text
      } else if CertificateText.isWrappedTail(line.text, after: last.text) {
        result[result.count - 1].text += " " + line.text
      } else {
        result.append(line)
      }
    }
    return result
  }

  /// True when the text leaves a bracket open or stops on a slash.
  private static func isOpen(_ text: String) -> Bool {
    guard text.hasBytes("(") || text.hasSuffix("/") else { return false }
    return text.hasSuffix("/") || text.filter { $0 == "(" }.count > text.filter { $0 == ")" }.count
  }

  /// "… truck (renewed Feb 2026)" / "OSHA 10-Hour …": a line that ends on a date ends
  /// its item, however long it is, unless the next line runs on in lowercase.
  private static func endsOnDate(_ text: String) -> Bool {
    guard let span = DateParser.spans(in: text).last else { return false }
    return !text[span.range.upperBound...].contains(where: { $0.isLetter || $0.isNumber })
  }

  /// "Idaho Board of Pharmacy Technician Registration #T-48812" / "CPR/AED, American Red
  /// Cross, 2025": a certificate line that ends on its number ends its item, however narrow
  /// the resume's other lines are.
  private static func endsOnNumber(_ text: String) -> Bool {
    text.split(separator: " ").last?.contains(where: \.isNumber) ?? false
  }

  /// "AppleCare Hardware Certification - Apple Support - 2019", "BLS Provider, American
  /// Heart Association (expires 08/2027)". An expiry is not the date the certificate was
  /// earned, so it is left out.
  static func certificate(_ item: BodyItem) -> Resume.Certificate {
    var (parts, date) = partsAndDate(item.text)
    // "Forklift Certification - sit-down and reach truck": a description, not an issuer;
    // "Solutions Architect - Professional": the level, part of the name.
    while parts.count > 1, parts[1].first?.isLowercase == true || isLevel(parts[1]) {
      parts[0] += " - " + parts.remove(at: 1)
    }
    // "…training, IIRP (completed during career break)": a note after the issuer.
    if parts.count == 1 {
      let (core, note) = CertificateText.trailingNote(parts[0])
      if let (name, issuer) = CertificateText.issuerAfterComma(core) {
        parts = [name + (note.map { " (\($0))" } ?? ""), issuer]
      }
    }
    var certificate = Resume.Certificate()
    certificate.name = parts.first.map(CertificateText.withoutCode).map(CertificateText.withoutVerb)
    certificate.issuer = parts.count > 1 ? parts[1...].joined(separator: ", ") : nil
    certificate.date = date
    if date != nil, renewal.matches(item.text) { certificate.renewed = true }
    return certificate
  }

  /// "Professional", "Associate", "Specialty": a credential's level, written after a dash.
  private static func isLevel(_ piece: String) -> Bool {
    let words = piece.split(separator: " ")
    return (1...2).contains(words.count) && levels.contains(words[0].lowercased())
  }

  private static let levels: Set<String> = [
    "professional", "associate", "specialty", "foundational", "practitioner", "expert",
    "fundamentals", "advanced", "intermediate", "level",
  ]

  private static let renewal = Pattern(#"\b(?:renewed|recertified|renewal)\b"#)

  /// "Interbranch Football Competition: Winner", "Dean's List - 2019".
  static func award(_ item: BodyItem) -> Resume.Award {
    let (parts, date) = partsAndDate(item.text)
    var award = Resume.Award()
    award.title = parts.joined(separator: " - ")
    award.date = date
    return award
  }

  /// "Title - Journal - 2019"; a citation's title and journal ("Nwosu A. Title. Journal.
  /// 2024;151:20"), its year kept as the date rather than cut from the middle of the name.
  static func publication(_ item: BodyItem) -> Resume.Publication {
    let (parts, date) = partsAndDate(item.text)
    var publication = Resume.Publication()
    if let (title, venue) = Citation.parts(item.text) {
      publication.name = title
      publication.publisher = venue
    } else {
      publication.name = parts.first
      publication.publisher = parts.count > 1 ? parts[1...].joined(separator: ", ") : nil
    }
    publication.releaseDate = date
    return publication
  }

  /// "English (Native)", "Español: nativo", "Hindi – fluent"; known languages, and in a
  /// languages section any capitalised name that is no level ("Somali (fluent)", "Tigrinya").
  static func languages(_ text: String) -> [Resume.Language] {
    SkillsParser.items(text).compactMap { item in
      let parts = item.components(separatedBy: CharacterSet(charactersIn: "(:–—-"))
        .map { $0.trimming(charactersIn: " )") }
        .filter { !$0.isEmpty }
      guard let name = parts.first, !LanguageNames.isPaperwork(name),
        LanguageNames.isLanguage(name)
          || (LanguageNames.isNameShaped(name) && !isLabelledValue(item, parts))
      else { return nil }
      var language = Resume.Language()
      language.language = name
      language.fluency = parts.count > 1 ? parts[1...].joined(separator: ", ") : nil
      return language
    }
  }

  /// "Spanish (intermediate)", "French – fluent, Hmong (native)": the languages of a line
  /// that names only known languages, each with its level; none for any other line.
  static func statedLanguages(_ text: String) -> [Resume.Language] {
    guard text.count <= 80, text.contains(where: { "(:–—-".contains($0) }) else { return [] }
    let found = languages(text)
    let isStated = found.allSatisfy { language in
      language.language.map(LanguageNames.isLanguage) == true
        && language.fluency.map(LanguageNames.isLevel) == true
    }
    return isStated ? found : []
  }

  /// "Visa: H-1B": a label and a value that states no level, a line of another kind that
  /// a languages section holds, unlike "Tigrinya: native".
  private static func isLabelledValue(_ item: String, _ parts: [String]) -> Bool {
    guard item.hasBytes(":"), parts.count > 1 else { return false }
    return !LanguageNames.isLevel(parts[1])
  }

  static func interests(_ text: String) -> [Resume.Interest] {
    SkillsParser.items(text).map {
      var interest = Resume.Interest()
      interest.name = $0
      return interest
    }
  }

  /// The item's pieces and the date it names (not an expiry), link placeholders and the
  /// words that introduced the date ("(expires )", "completed") removed.
  private static func partsAndDate(_ text: String) -> ([String], String?) {
    var rest = EntryFields.clean(text)
    var date: String?
    if let span = DateParser.span(in: rest), !CertificateText.isStatement(before: span, in: rest) {
      if !CertificateText.isExpiry(before: span, in: rest) {
        date = (span.isRange ? span.end ?? span.start : span.start)?.iso
      }
      rest = CertificateText.tidy(EntryAnchors.remainder(of: rest, without: span))
    }
    // "issued 04/2023, renew 04/2026": the expiry after the date goes as well.
    if date != nil, let span = DateParser.span(in: rest),
      CertificateText.isExpiry(before: span, in: rest)
    {
      rest = CertificateText.tidy(EntryAnchors.remainder(of: rest, without: span))
    }
    let parts = rest.components(separatedBy: " - ").flatMap { $0.components(separatedBy: " | ") }
      .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    return (parts.isEmpty ? [rest] : parts, date)
  }
}

/// Names of languages people list, in English, Spanish and French.
enum LanguageNames {
  static func isLanguage(_ text: String) -> Bool {
    names.contains(MonthNames.fold(text))
  }

  /// One or two capitalised words of letters that name no level ("Somali", "Haitian
  /// Creole"): in a languages section, a language the list above lacks.
  static func isNameShaped(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    return (1...2).contains(words.count)
      && words.allSatisfy { word in
        word.count >= 3 && word.first?.isUppercase == true && word.last?.isLetter == true
          && word.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" }
      } && !words.contains { levels.contains(MonthNames.fold($0)) }
  }

  /// "Passport", "Visa", "Citizenship", "Driver's licence", "Work authorization": the
  /// papers a person holds, listed beside their languages, never a language.
  static func isPaperwork(_ text: String) -> Bool {
    text.split(separator: " ").contains { paperwork.contains(MonthNames.fold($0)) }
  }

  /// True when `text` starts by stating a level ("native", "full professional").
  static func isLevel(_ text: String) -> Bool {
    text.split(separator: " ").first.map { levels.contains(MonthNames.fold($0)) } ?? false
  }

  private static let paperwork: Set<String> = [
    "passport", "visa", "citizenship", "citizen", "nationality", "licence", "license",
    "licensed", "authorization", "authorisation", "authorized", "clearance", "permit",
    "residency", "resident",
  ]

  /// Words that state a level or a skill of speech, not a language ("Read", "Write Speak"
  /// from a table's column).
  private static let levels: Set<String> = [
    "native", "fluent", "fluency", "basic", "intermediate", "advanced", "conversational",
    "professional", "proficient", "beginner", "elementary", "bilingual", "working",
    "limited", "full", "nativo", "nativa", "basico", "intermedio",
    "avanzado", "courant", "natif", "languages", "language", "idiomas", "read", "write",
    "speak", "reading", "writing", "speaking", "spoken", "written", "proficiency", "tongue",
    "mother", "first", "second", "level", "none", "known",
  ]

  private static let names: Set<String> = [
    "english", "spanish", "french", "german", "italian", "portuguese", "dutch", "russian",
    "polish", "ukrainian", "czech", "slovak", "hungarian", "romanian", "bulgarian", "greek",
    "turkish", "arabic", "hebrew", "persian", "farsi", "urdu", "hindi", "bengali", "bangla",
    "punjabi", "gujarati", "marathi", "tamil", "telugu", "kannada", "malayalam", "odia",
    "assamese", "nepali", "sinhala", "mandarin", "chinese", "cantonese", "japanese",
    "korean", "vietnamese", "thai", "indonesian", "malay", "filipino", "tagalog",
    "swahili", "amharic", "yoruba", "igbo", "hausa", "zulu", "afrikaans", "swedish",
    "norwegian", "danish", "finnish", "icelandic", "estonian", "latvian", "lithuanian",
    "serbian", "croatian", "bosnian", "slovenian", "albanian", "catalan", "basque",
    "galician", "quechua", "aymara", "guarani", "latin", "sign language", "asl", "somali",
    "oromo", "tigrinya", "hmong", "kurdish", "pashto", "dari", "burmese", "khmer", "lao",
    "haitian creole", "creole", "kinyarwanda", "wolof", "twi", "lingala", "armenian",
    "georgian", "azerbaijani", "uzbek", "kazakh", "mongolian", "irish", "welsh", "maltese",
    "ingles", "espanol", "castellano", "frances", "aleman", "italiano", "portugues",
    "chino", "japones", "ruso", "arabe", "anglais", "francais", "espagnol", "allemand",
    "italien", "portugais", "fr", "en", "es", "de", "yup'ik", "yupik", "cup'ik", "inupiaq",
    "inuktitut", "navajo", "cherokee", "ojibwe", "lakota", "cree", "tlingit", "hawaiian",
    "samoan", "tongan", "maori", "chamorro", "ilocano", "cebuano",
    // Names of two or three words, read whole before any one word of them.
    "american sign language", "british sign language", "brazilian portuguese",
    "european portuguese", "mandarin chinese", "modern standard arabic",
    "latin american spanish", "mexican spanish", "cape verdean creole",
  ]
}
