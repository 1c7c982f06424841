/// A line that tells the reader how to apply, whom to ask or whom the role reports to ("Apply
/// to Hiring Manager Teresa Lindqvist.", "To apply, send …", "Questions: email Coach Bree at
/// bree@…", "This role reports to Tom Ruiz.", "Please address your letter to Ms. Ruiz.",
/// "Our superintendent, Marcus Oyelaran, reads every application.", "Principal: Dr. Renata
/// Salazar"): never a requirement, though ``RecipientFinder`` may read the person it names.
enum ContactLine {
  static func matches(_ text: String) -> Bool {
    opensWithCue(text) && opening.matches(text)
      || text.hasBytes("@") && addressed.matches(text) || reader.matches(text)
      || text.hasBytes(":") && TitledContact.matches(text)
  }

  /// "Our superintendent, Marcus Oyelaran, reads every application.": who reads what the
  /// applicant sends, named before the verb (the first group).
  static let reader = Pattern(
    #"(?:^|[.!?:]\s+)([^.!?:]{2,60}?),?\s+(?:personally\s+)?(?:reads|reviews|screens)\s+"#
      + #"(?:every|each|all)\s+(?:applications?|applicants?|resumes?|résumés?|cover letters?"#
      + #"|letters?)\b"#,
    requiring: ["reads", "reviews", "screens"])

  /// True when some sentence of `text` could be a contact line: it holds an address or one
  /// of the opening pattern's words. A byte scan that lets a caller split into sentences
  /// only the lines that need it.
  static func mayHold(_ text: String) -> Bool {
    text.hasBytes("@") || cues.matches(text)
  }

  private static let cues = PhraseSet(opening.requiredPhrases + reader.requiredPhrases)

  /// True when the text's first letter starts one of the opening pattern's words: a byte
  /// test that passes over most lines before the pattern runs.
  private static func opensWithCue(_ text: String) -> Bool {
    guard let first = text.utf8.first else { return false }
    return initials.contains(first | 0x20)
  }

  /// The first letters of the opening pattern's words, lowercased: "to apply", "how to
  /// apply", "apply", "questions", "inquiries", "enquiries", "this role", "you will",
  /// "reports", "please", "direct", "send", "forward", "the hiring manager", "hiring
  /// manager", "recruiter", "your application goes".
  private static let initials: Set<UInt8> = [
    0x74, 0x68, 0x61, 0x71, 0x69, 0x65, 0x79, 0x72, 0x70, 0x64, 0x73, 0x66,
  ]

  /// "Apply to …", "Apply: …", "To apply, …", "Questions: …", "Questions? …",
  /// "Inquiries: …", "This role reports to …", "You will report to …", "Reports to: …",
  /// "Please address your cover letter to …", "Send your resume to …", "Send questions to
  /// …", "The hiring manager for this role is …", "Your application goes to …"; not
  /// "Apply brand guidelines", "Questioning techniques", "Report to the site supervisor on
  /// arrival" nor "Send letters to donors".
  private static let opening = Pattern(
    #"^(?:to\s+apply\b|how\s+to\s+apply\b|apply\s*(?::|,|\s(?:to|with|at|via|by|online|"#
      + #"here|now|through|in person)\b)|(?:questions|inquiries|enquiries)\s*[:?]"#
      + #"|questions\s+(?:about|regarding|on)\b"#
      + #"|(?:(?:this|the)\s+(?:role|position|job)\s+|you\s+will\s+|you['’]ll\s+)"#
      + #"(?:reports?|be\s+reporting)\s+(?:directly\s+)?to\b|reports\s+(?:directly\s+)?to\b"#
      + #"|(?:please\s+)?(?:address|direct|send|submit|e-?mail|forward)\s+(?:your|a)\s+"#
      + #"(?:cover\s+letter|letter|resume|résumé|cv|application)s?\b"#
      + #"|(?:please\s+)?(?:address|direct|send|e-?mail|forward)\s+(?:any\s+|all\s+|your\s+)?"#
      + #"(?:questions|inquiries|enquiries)\s+to\b"#
      + #"|(?:the\s+)?(?:hiring\s+manager|recruiter)(?:\s+for\s+(?:this|the)\s+"#
      + #"(?:role|position|job))?\s+is\b"#
      + #"|your\s+(?:application|resume|résumé|cv|letter)s?\s+(?:will\s+)?go(?:es)?\s+to\b)"#,
    requiring: [
      "to apply", "how to", "apply", "questions", "inquiries", "enquiries", "this role",
      "this position", "this job", "the role", "the position", "the job", "you will",
      "you'll", "you’ll", "reports", "please", "address", "direct", "send", "submit",
      "email", "e-mail", "forward", "hiring manager", "the hiring manager", "recruiter",
      "the recruiter", "your application",
      "your resume", "your résumé", "your cv", "your letter",
    ],
    atStart: true)

  /// A line that sends the reader to an address ("email Coach Bree at bree@pulse.example").
  private static let addressed = Pattern(
    #"\b(?:e-?mail|contact|write to|reach out to|send)\b.{0,80}@"#)
}
