import Foundation

/// Finds a person the posting names as the one to write to: a contact, the hiring
/// manager or recruiter, the person the role reports to, the signer of a recruiter's
/// note, or the owner of the address to apply to. Never invents one: no named person,
/// no recipient.
enum RecipientFinder {
  /// `stated` is a recipient the posting's front matter names; it counts when it names a
  /// person ("Marta Quispe", not "Talent Team").
  static func find(_ lines: [TextLine], company: String?, stated: SourcedValue? = nil)
    -> Contact?
  {
    guard var contact = person(lines, company: company, stated: stated) else { return nil }
    contact.honorific = ContactHonorific.written(before: contact.name, in: lines)
    return contact
  }

  private static func person(_ lines: [TextLine], company: String?, stated: SourcedValue?)
    -> Contact?
  {
    let texts = lines.filter { !$0.isBlank }
    if let stated {
      if let name = PersonName.leading(stated.text, company: company) {
        return Contact(name: name, role: "contact", line: stated.line)
      }
      // "Hiring manager: Olusegun Adeyemi": a stated contact with its role before it.
      if var contact = cued([TextLine(stated.text, line: 0)], company: company) {
        contact.line = stated.line
        return contact
      }
    }
    let emails = texts.filter { $0.text.hasBytes("@") }.flatMap { line in
      emailPattern.allGroups(in: line.text).map { (address: $0[0], local: $0[1], line: line.line) }
    }
    if var contact = cued(texts, company: company) ?? titled(texts, company: company)
      ?? reader(texts, company: company) ?? signature(texts, company: company)
    {
      contact.email = emails.first { EmailOwner.matches($0.local, name: contact.name) }?.address
      return contact
    }
    for email in emails {
      guard var name = EmailOwner.name(email.local, company: company) else { continue }
      name = spelledInText(name, in: texts) ?? name
      let fuller = fullName(startingWith: name, in: texts, company: company) ?? name
      return Contact(name: fuller, email: email.address, role: "email", line: email.line)
    }
    return nil
  }

  private static let emailPattern = Pattern(
    #"\b([A-Za-z0-9._%+-]+)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"#)

  /// Each cue's expression, the role it names, and words one of which it needs.
  private static let cues: [(Pattern, String)] = [
    // "The hiring manager for this role is Tomasz Wierzbicki": the manager, not a recruiter.
    (
      #"hiring manager"# + forThisRole + #"\s*(?:is|:|,|-|–|—)?\s+"#, "hiring manager",
      ["hiring manager"]
    ),
    // "contact: Hiring lead — Peter Sandoval, PE": a lead who hires, named after a dash.
    (#"hiring lead"# + forThisRole + #"\s*(?:is|:|,|-|–|—)?\s+"#, "hiring lead", ["hiring lead"]),
    (#"recruiter"# + forThisRole + #"\s*(?:is|:|,|-|–)\s*"#, "recruiter", ["recruiter"]),
    // "à l'attention de Mme Claire Dubois", "a la atención de", "z. Hd. Frau Jana Roth".
    (
      #"\b(?:attn\.?|(?:for the )?attention(?: of| de| d['’])?|atención(?: de)?"#
        + #"|z\.\s?hd\.?|zu händen)\s*:?\s+"#, "contact",
      ["attn", "attention", "atención", "hd.", "händen"]
    ),
    (
      Pattern.anyOf([
        "contact person", "point of contact", "ansprechpartner(?:in)?", "persona de contacto",
        "contacto", "interlocuteur",
      ]) + #"\s*(?:is|:|,|-)?\s*"#,
      "contact", ["contact", "ansprechpartner", "interlocuteur"]
    ),
    (
      #"\bcontact(?:\s+(?:our|the)\s+(?:recruiter|hiring manager))?\s*:?\s+"#, "contact",
      ["contact"]
    ),
    (
      #"(?:send|e-?mail|mail|submit|forward|direct|address)\s+(?:your|a|the|an)?\s*"#
        + #"(?:[\w'’-]+\s+){0,2}?"#
        + #"(?:resume|résumé|cv|application|cover letter|letter|questions|inquiries|portfolio)"#
        + #"[^.]{0,60}?\s+to\s+"#,
      "applications", ["send", "mail", "submit", "forward", "direct", "address"]
    ),
    // "Envía tu currículum a María Fernández", "Envoyez votre CV à Mme Claire Dubois".
    (
      #"\b(?:env[ií]a|env[ií]e|enviar|env[ií]en|manda|mande|envoyez|envoyer|adressez"#
        + #"|adresser|schicken sie|senden sie)\s+(?:tu|su|sus|votre|vos|ihre)?\s*"#
        + #"(?:curr[ií]culum(?: vitae)?|cv|solicitud|candidatura|carta|lettre|dossier"#
        + #"|bewerbung(?:sunterlagen)?|unterlagen)[^.]{0,60}?\s+(?:a|à|an)\s+"#,
      "applications", ["env", "manda", "mande", "adress", "schicken", "senden"]
    ),
    (#"\b(?:addressed|directed)\s+to\s*:?\s+"#, "applications", ["addressed", "directed"]),
    // "Your application goes to Aditi Rao, Engineering Manager".
    (
      #"\b(?:applications?|resumes?|résumés?|cvs?|letters?)\s+(?:(?:will\s+)?go(?:es)?"#
        + #"|(?:is|are|will be)\s+(?:sent|routed|forwarded))\s+(?:directly\s+|straight\s+)?"#
        + #"to\s+"#,
      "applications", ["go to", "goes to", "sent", "routed", "forwarded"]
    ),
    // "Your application will be reviewed by our HR Director, Dwayne Parker".
    (
      #"\b(?:applications?|resumes?|résumés?|cvs?|letters?)\s+(?:will\s+be|is|are)\s+"#
        + #"(?:reviewed|read|screened)\s+(?:personally\s+)?by\s+"#,
      "applications", ["reviewed by", "read by", "screened by"]
    ),
    // "to the Selection Committee, c/o Ms. Lucia Alvarez": the person in care of whom.
    (#"\b(?:c/o|care of)\s+"#, "applications", ["c/o", "care of"]),
    // "Apply to Dana Reyes", "Apply: Dr. Sarah Lin, Medical Director".
    (
      #"^\s*apply(?:\s+(?:to|with)\s*:?|\s*:)\s+"#, "applications",
      ["apply to", "apply with", "apply:"]
    ),
    (
      #"(?:reach out to|get in touch with|write to)\s+"#, "contact",
      ["reach out", "get in touch", "write to"]
    ),
    (#"\breport(?:s|ing)?\s+(?:directly\s+)?to\s*:?\s+"#, "reports to", ["report"]),
    // "Rattaché(e) à Mme Claire Dubois", "Reporta a Lucía Romero", "Sie berichten an …".
    (
      #"\b(?:rattach[ée]e?(?:\(e\))?\s+(?:directement\s+)?à|reporta(?:rás)?\s+a"#
        + #"|bericht(?:en|est)\s+(?:direkt\s+)?an)\s+"#, "reports to",
      ["rattach", "reporta", "bericht"]
    ),
    // "Inquiries to Dr. Anselm Kettering-Obi", "Questions may be directed to …".
    (
      #"\b(?:inquiries|enquiries|questions)\s+(?:(?:may|can|should)\s+be\s+)?"#
        + #"(?:sent\s+|directed\s+|addressed\s+)?to\s*:?\s+"#,
      "contact", ["inquiries", "enquiries", "questions"]
    ),
    // "Email Chef de Cuisine Marguerite Ostby at …": a person to write to by email.
    (#"(?:^|[.!;]\s+)e-?mail\s+"#, "contact", ["email", "e-mail"]),
  ].map { (Pattern($0.0 + #"(.{2,60})"#, requiring: $0.2), $0.1) }

  /// " for this role", as a cue's name for a role may be followed.
  private static let forThisRole = #"(?:\s+for\s+(?:this|the)\s+(?:role|position|job|opening))?"#

  /// Words at least one cue contains, to skip lines no cue can match.
  private static let cueWords = PhraseSet(
    [
      "hiring manager", "hiring lead", "recruiter", "contact", "ansprechpartner",
      "interlocuteur", "send",
      "mail", "submit", "forward", "direct", "address", "reach out", "get in touch", "write to",
      "report", "attn", "apply to", "apply with", "apply:", "inquiries", "enquiries", "questions",
      "go to", "goes to", "sent", "routed", "c/o", "care of", "reviewed by", "read by",
      "screened by", "atención", "hd.", "händen", "env", "manda", "mande", "adress",
      "schicken", "senden", "rattach", "reporta", "bericht",
    ] + attention)

  /// "attention Kim Nguyen" after a comma, dash or bracket, "Attention: …", "for the
  /// attention of …", but not the "attention to detail" many postings ask for.
  private static let attention = [
    ", attention ", "attention:", "attention of", "— attention ", "– attention ",
    "- attention ", "(attention ", "; attention ", ": attention ", "attention de ",
    "attention d'", "attention d’",
  ]

  private static func cued(_ lines: [TextLine], company: String?) -> Contact? {
    let lines = lines.filter { cueWords.matches($0.text) || opensOnAttention($0.text) }
    for (pattern, role) in cues {
      for line in lines {
        for groups in pattern.allGroups(in: line.text) where !isNegated(groups[0], in: line.text) {
          if let name = PersonName.leading(groups[1], company: company)
            ?? PersonName.afterTitle(groups[1], company: company)
          {
            return Contact(name: name, role: role, line: line.line)
          }
        }
      }
    }
    return nil
  }

  /// "Principal: Dr. Renata Salazar": the person a job title labels.
  private static func titled(_ lines: [TextLine], company: String?) -> Contact? {
    for line in lines where line.text.hasBytes(":") {
      if let (name, role) = TitledContact.person(in: line.text, company: company) {
        return Contact(name: name, role: role, line: line.line)
      }
    }
    return nil
  }

  /// "Our superintendent, Marcus Oyelaran, reads every application.": the person who reads
  /// what the applicant sends, named before the verb.
  private static func reader(_ lines: [TextLine], company: String?) -> Contact? {
    for line in lines {
      for groups in ContactLine.reader.allGroups(in: line.text) {
        let phrase = groups[1].trimmed
        if let name = PersonName.leading(phrase, company: company)
          ?? PersonName.afterTitle(phrase, company: company)
        {
          return Contact(name: name, role: "applications", line: line.line)
        }
      }
    }
    return nil
  }

  /// "Attention Kim Nguyen, Engineering Manager" opening a line, not "Attention to detail".
  private static func opensOnAttention(_ text: String) -> Bool {
    guard text.hasCharacters(atLeast: 12) else { return false }
    let head = text.prefix(13).lowercased()
    return head.hasPrefix("attention ") && !head.hasPrefix("attention to ")
  }

  /// "Do not contact Mark Smith directly": a cue that tells the reader not to write.
  private static func isNegated(_ match: String, in text: String) -> Bool {
    guard let start = text.range(of: match)?.lowerBound else { return false }
    let before = text[..<start].suffix(16).lowercased()
    return negations.contains { before.hasSuffix($0) }
  }

  private static let negations = [
    "do not ", "don't ", "don’t ", "not ", "never ", "no need to ",
  ]

  private static let closing = Pattern(
    #"^(?:with |best |kind |warm |many )?"#
      + Pattern.anyOf([
        "regards", "thanks", "thank you", "sincerely", "cheers", "saludos", "atentamente",
        "cordialmente", "mit freundlichen grüßen", "viele grüße", "cordialement", "best",
      ]) + #"\s*[,.!]?$"#,
    requiring: closingWords)

  /// Words one of which every closing holds.
  private static let closingWords = [
    "regards", "thank", "sincerely", "cheers", "saludos", "atentamente", "cordialmente", "grüß",
    "cordialement", "best",
  ]
  private static let closingWordSet = PhraseSet(closingWords)

  /// The name under a closing such as "With Regards," in a recruiter's note.
  private static func signature(_ lines: [TextLine], company: String?) -> Contact? {
    // The words are looked for in the untrimmed line first, so most lines are not trimmed.
    for (index, line) in lines.enumerated()
    where closingWordSet.matches(line.text) && closing.matches(line.text.trimmed) {
      guard index + 1 < lines.count else { continue }
      let next = lines[index + 1]
      guard next.text.wordCount <= 4, let name = PersonName.leading(next.text, company: company),
        name.words.count == next.text.trimmedValue.wordCount
      else { continue }
      return Contact(name: name, role: "signature", line: next.line)
    }
    return nil
  }

  /// "Casey" → "Casey Rivera" when the posting spells the full name out somewhere.
  /// The posting's own spelling of a name read from an address, which has only ASCII:
  /// "Jana Groessler" is written "Jana Größler", "Rene Lefevre" "René Lefèvre".
  private static func spelledInText(_ name: String, in lines: [TextLine]) -> String? {
    let wanted = name.lowercased()
    let count = name.split(separator: " ").count
    // A character is ASCII exactly when its bytes are ("\r\n" too).
    for line in lines where !line.text.utf8.allSatisfy({ $0 < 0x80 }) {
      let words = line.text.split { !($0.isLetter || $0 == "-" || $0 == "'") }
      guard words.count >= count else { continue }
      for start in 0...(words.count - count) {
        let window = words[start..<(start + count)].joined(separator: " ")
        let plain = window.folding(options: .diacriticInsensitive, locale: nil)
        if window.first?.isUppercase == true,
          [asASCII(window), plain].contains(where: { $0.lowercased() == wanted })
        {
          return window
        }
      }
    }
    return nil
  }

  /// German umlauts as an address often writes them (ö → oe, ß → ss), other accents dropped.
  private static func asASCII(_ text: String) -> String {
    let umlauts: [Character: String] = [
      "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
    ]
    let spelled = text.map { umlauts[$0] ?? String($0) }.joined()
    return spelled.folding(options: .diacriticInsensitive, locale: nil)
  }

  private static func fullName(startingWith first: String, in lines: [TextLine], company: String?)
    -> String?
  {
    let pattern = Pattern(#"\b"# + first + #"\s+([A-Z][\p{Ll}'’-]+)\b"#, caseSensitive: true)
    for line in lines {
      guard let groups = pattern.groups(in: line.text) else { continue }
      let name = "\(first) \(groups[1])"
      if PersonName.isName(name, company: company) { return name }
    }
    return nil
  }
}
