/// Rules about the letter's shape: length, paragraphs, sentences, opening and closing.
enum StructureRules {
  static let all: [Rule] = [
    letterLength, longParagraph, longSentence, iOpenings, repeatedOpening, repeatedFrame,
    repeatedFormula, repeatedName, limpClosing,
    noNextStep, missingGreeting, missingSignOff, textAfterSignature,
  ]

  /// About 300 words of plain prose.
  private static let fullLetter = String(
    repeating: "At Larkspur I rebuilt the booking service and cut p95 latency by 40%. ",
    count: 25)

  static let letterLength = Rule(
    id: "letter-length", title: "Letter length",
    summary: "The body is shorter than 250 or longer than 400 words: a warning, a suggestion "
      + "within a tenth of the range (225–440 words), and an error when far outside (under 125 "
      + "or over 600 words).",
    rationale: """
      Under 250 words there is no room for evidence; over 400, readers skim and the best \
      result gets lost. One page of three or four short paragraphs is what gets read.
      """,
    category: .structure, severity: .warning, scope: .letter, needs: [],
    fix: "aim for three or four paragraphs of 250–400 words: a hook, one or two results that "
      + "match the posting, and a next step",
    check: .metric(
      .letterWords(
        range: 250...400, short: "expand the letter (limit {limit} words, found {value})",
        long: "cut the letter (limit {limit} words, found {value})")),
    examples: [
      .triggers("↓I rebuilt the booking service."),
      .triggers("↓" + String(fullLetter.prefix(1_000))),
      .triggers("↓" + fullLetter + fullLetter),
      .passes(fullLetter),
    ])

  static let longParagraph = Rule(
    id: "long-paragraph", title: "Long paragraph",
    summary: "A body paragraph runs over 120 words.",
    rationale: "Readers skim long blocks; a paragraph should carry one point.",
    category: .structure, severity: .suggestion, scope: .paragraph, needs: [],
    fix: "split the paragraph where the point changes, one result per paragraph",
    check: .metric(
      .paragraphWords(
        limit: 120,
        message: "split this paragraph (limit {limit} words, found "
          + "{value})")),
    examples: [
      .triggers("↓" + String(repeating: "I shipped the new billing service on time. ", count: 16)),
      .passes(String(repeating: "I shipped the new billing service on time. ", count: 12)),
    ])

  static let longSentence = Rule(
    id: "long-sentence", title: "Long sentence",
    summary: "A sentence runs over 35 words.",
    rationale: "Long sentences bury the result; readers skimming a letter lose the thread.",
    category: .structure, severity: .suggestion, scope: .sentence, needs: [],
    fix: "split the sentence: lead with the result, then the how",
    check: .metric(
      .sentenceWords(
        limit: 35,
        message: "split this sentence (limit {limit} words, found "
          + "{value})")),
    examples: [
      .triggers(
        "Short one. ↓I rebuilt " + String(repeating: "the booking service and ", count: 9)
          + "shipped it."),
      .passes("I rebuilt the booking service. It now answers in 180 ms."),
    ])

  static let iOpenings = Rule(
    id: "i-openings", title: "Too many sentences open with 'I'",
    summary: "More than half of the body's sentences start with 'I'.",
    rationale: """
      A run of "I did… I built… I am…" reads as a list about the writer. Leading some \
      sentences with the result or the reader's need varies the rhythm and shifts focus.
      """,
    category: .structure, severity: .suggestion, scope: .letter,
    fix: "start some sentences with the result or the place: 'Complaints fell by 40% after "
      + "I…'",
    check: .metric(
      .sentenceOpenings(
        word: "i", share: 0.5,
        message: "start fewer sentences with 'I' (limit {limit}, found {value})")),
    examples: [
      .triggers("↓I built it. I ran it. I fixed it. I’m proud of it."),
      .passes("I built it. Latency fell by 40%. I fixed it. The team kept it."),
    ])

  static let repeatedOpening = Rule(
    id: "repeated-opening", title: "Repeated sentence opening",
    summary: "Three sentences in a row start with the same word.",
    rationale: "Repeated openings make prose monotonous and read like a list.",
    category: .structure, severity: .suggestion, scope: .paragraph,
    fix: "rephrase one of the sentences so it opens differently",
    check: .repetition(
      .sentenceOpenings(
        run: 3, message: "vary the openings: {value} sentences in a row start with '{match}'")),
    examples: [
      .triggers("My team grew. My work grew. ↓My pay grew."),
      .passes("My team grew. The work grew. My pay grew."),
    ])

  static let repeatedFrame = Rule(
    id: "repeated-frame", title: "One sentence opening used again and again",
    summary: "Three or more sentences open with the same two words, such as 'At <employer>,'.",
    rationale: """
      "At Acme, I also … At Beta, I also … At Acme, I also …" reads as a form filled in \
      line by line, even when the sentences are apart. Readers notice the frame before the \
      results in it.
      """,
    category: .structure, severity: .warning, scope: .letter,
    fix: "open some sentences with the result, the project or the reason instead: 'The "
      + "schedule I built at Beta still runs every week'",
    check: .repetition(
      .sentenceFrames(
        limit: 3, message: "vary the openings: {value} sentences start with '{match}'")),
    examples: [
      .triggers(
        "At Larkspur, I led the move to AWS. At Brightline, I ran on-call. Latency fell by "
          + "40%. ↓At Larkspur, I also mentored four engineers."),
      .triggers(
        "Your posting asks for Go. I use Go daily.\n\nYour posting also asks for Kafka. I run "
          + "it.\n\n↓Your posting asks for SQL. I write it."),
      .triggers("I also led it. I’m proud of it. I also ran it. ↓I also wrote it."),
      .triggers(
        "Harbor Point is where I led the night shift. Cedar Valley is where I ran counts. "
          + "↓Harbor Point is also where I trained 30 associates."),
      .triggers(
        "The Perfect Look is where I led the night shift. Grove and Tam is where I ran counts. "
          + "↓Harbor Point is also where I trained 30 associates."),
      .triggers(
        "Brightwell is where I learned triage. Nursing is where I found my pace. ↓Oakmont is "
          + "also where I trained 12 aides."),
      .passes(
        "This is where I learned triage. This is where I grew. Oakmont is where I trained "
          + "12 aides."),
      .passes(
        "The team is where I learned the most. Grove and Tam is where I ran counts. The "
          + "Perfect Look hired me in 2020."),
      .passes(
        "At Larkspur, I led the move to AWS. Brightline is where I ran on-call. Latency fell "
          + "by 40%. At Larkspur, I also mentored four engineers."),
      .passes("I led it. I ran it. I wrote the runbook. I mentored two engineers."),
    ])

  static let repeatedFormula = Rule(
    id: "repeated-formula", title: "One opening formula used twice",
    summary: "Two sentences open with the same formula, such as '<employer> is where I' or "
      + "'Your posting asks for'.",
    rationale: """
      A formula is a sentence with a blank to fill. Once it reads as a choice; the second \
      time the reader sees the blank and stops hearing the writer.
      """,
    category: .structure, severity: .warning, scope: .letter,
    fix: "keep the formula once; open the other sentence with its result or its subject",
    check: .repetition(
      .formulaFrames(limit: 2, message: "vary the openings: '{match}' opens a second sentence")),
    examples: [
      .triggers(
        "Brightwell is where I learned triage. ↓Nursing is also where I found my pace."),
      .triggers(
        "Harbor Point Clinic is where I ran intake. I cut waits by 20%. ↓Oakmont is where "
          + "I trained 12 aides."),
      .triggers(
        "Your posting asks for Go. I use Go daily.\n\n↓Your posting also asks for Kafka. I "
          + "run it."),
      .passes(
        "Brightwell is where I learned triage. Nursing taught me patience. Oakmont hired me "
          + "in 2021."),
      .passes("Your posting asks for Go. I use Go daily. Your posting lists Kafka. I run it."),
      .passes("At Larkspur, I led the move to AWS. At Brightline, I ran on-call."),
    ])

  static let repeatedName = Rule(
    id: "repeated-name", title: "One name used again and again",
    summary: "The body names one employer, school or company six times or more.",
    rationale: """
      "At Harbor Point Clinic, I … In my work at Harbor Point Clinic, I … While at Harbor \
      Point Clinic, I …" reads as a form filled in line by line, and hides the results \
      behind the name. Good letters name an employer once or twice and then say "there", or \
      group its results in one sentence. The greeting and signature are not counted.
      """,
    category: .structure, severity: .warning, scope: .letter, needs: [],
    fix: "name it once or twice; then write 'there', 'the team' or 'the clinic', or group "
      + "the results from one place in one sentence",
    check: .code(RepeatedNameCheck(limit: 6)),
    examples: [
      .triggers(
        "At Harbor Point Clinic, I ran intake. Harbor Point Clinic is where I cut waits. "
          + "In my work at Harbor Point Clinic, I trained 12 aides. While at Harbor Point "
          + "Clinic, I led audits. As a Nurse at Harbor Point Clinic, I wrote the rota. "
          + "↓Harbor Point Clinic also sent me to train the night staff."),
      .triggers(
        "I ran intake at Initech. I cut waits at Initech. I trained aides at Initech. I led "
          + "audits at Initech. I wrote the rota at Initech. I left ↓Initech in May.",
        job: ExampleInputs.job,
        resume: ExampleInputs.namedEmployer("Initech")),
      .passes(
        "At Harbor Point Clinic, I ran intake. There I cut waits. In my work at Harbor "
          + "Point Clinic, I trained 12 aides. While at Harbor Point Clinic, I led audits. As "
          + "a Nurse at Harbor Point Clinic, I wrote the rota. There I also trained the night "
          + "staff."),
      .passes(
        "At Harbor Point Clinic, I ran intake, cut waits by 20%, trained 12 aides and led "
          + "the audits. The rota I wrote there is still in use."),
      .passes(
        "I ran intake at Initech. I cut waits at Initech. I trained aides at Initech. I led "
          + "audits at Initech. I wrote the rota at Initech.", job: ExampleInputs.job,
        resume: ExampleInputs.namedEmployer("Initech")),
    ])

  static let limpClosing = Rule(
    id: "limp-closing", title: "Limp or generic closing",
    summary: "The closing leans on a stock phrase ('do not hesitate to contact me').",
    rationale: """
      The last paragraph is where the reader decides what happens next. Stock phrases hand \
      that decision away; a concrete proposal keeps it.
      """,
    category: .structure, severity: .warning, scope: .sentence,
    fix: "close with what you will do next and when: 'I will call on Tuesday to see whether a "
      + "short conversation about the role would help'",
    check: .existence(
      Existence(
        [
          "do not hesitate to contact|call|reach|email|get",
          "never hesitate to contact|call|reach|email|get", "feel free to contact|reach|call",
          "hope|hoping to hear from you soon?", "at your earliest? convenience",
          "i look|am looking? forward to hearing|receiving|your ~2 from? you?",
          "thank|thanks you? ~2 for considering|reviewing|reading|your ~1 application|candidacy|"
            + "resume|letter|consideration|time|attention",
          "i would appreciate|welcome|love|value|like the? opportunity|chance to discuss|talk|"
            + "speak|meet",
          "should|if you have|require|need any? further|more|additional? questions|information|"
            + "details",
          "look|looking forward to the possibility|prospect",
          "i await|awaiting your response|reply",
          "thank you in advance", "please consider my application|candidacy",
          "if this sounds interesting",
          "i hope you will consider",
          // "let me know if you need anything else from me", "hope to hear back soon",
          // "contact me whenever it suits you", "I appreciate your consideration".
          "let me know if you need|require|want anything|any ~2 else|more|further|additional",
          "hope|hoping to hear back", "contact|reach|call|email me whenever|anytime",
          "i ~1 appreciate|appreciated your ~1 consideration|time|attention",
          "await|awaiting your ~1 response|reply|decision",
        ], in: .closing, excuse: .nextStepInClosing,
        message: "end on a concrete next step instead of '{clause}'", fix: .closing)),
    examples: [
      .triggers("I rebuilt the booking service.\n\nPlease ↓do not hesitate to contact me."),
      .triggers("I rebuilt it.\n\nI ↓hope to hear from you soon, ↓at your earliest convenience."),
      .triggers(
        "I cut latency by 40%.\n\n↓I would welcome the opportunity to discuss the role.",
        job: ExampleInputs.job, resume: ExampleInputs.resume),
      .triggers("I rebuilt it.\n\n↓I look forward to hearing from you."),
      .triggers("I rebuilt it.\n\n↓Thank you for considering my application."),
      .triggers("I rebuilt it.\n\n↓Thank you for your time and consideration."),
      .triggers("I rebuilt it.\n\n↓Thanks for your time."),
      .triggers(
        "I rebuilt it.\n\n↓I would appreciate the opportunity to discuss my qualifications."),
      .triggers("I rebuilt it.\n\n↓Should you have any questions, please let me know."),
      .triggers(
        "I rebuilt it.\n\nPlease ↓let me know if you need anything else from me. ↓Hope to hear "
          + "back soon!"),
      .triggers("I rebuilt it.\n\nIf it fits, please ↓contact me whenever it suits you."),
      .triggers("I rebuilt it.\n\n↓I appreciate your consideration and ↓await your response."),
      .triggers("I rebuilt it.\n\nI am ↓hoping to hear back from you."),
      .passes("I will call your office on Tuesday to arrange a demo of the scheduler."),
      .passes(
        "I never hesitate to call a rollback.\n\nI cut latency by 40%.\n\nI will call on Monday."),
      .passes(
        "I ran the spring launch.\n\nI would welcome the chance to talk through your plans, "
          + "and I will ring on Friday to arrange a time."),
      .passes(
        "I cut shrink by a third.\n\nI look forward to hearing from you. I will stop by the "
          + "store on Monday to introduce myself."),
    ])

  static let noNextStep = Rule(
    id: "no-next-step", title: "No concrete next step",
    summary: "The closing proposes no concrete action, such as a call, a demo or a follow-up.",
    rationale: """
      Letters that end on a wish leave the next move to a busy reader. Proposing one (a call, \
      a walkthrough, a follow-up on a day) makes the reply easy.
      """,
    category: .structure, severity: .suggestion, scope: .paragraph,
    fix: "end with one concrete proposal and when: 'I will follow up next week to see whether "
      + "a short call would help'",
    check: .existence(
      Existence(
        NextStepPhrases.patterns, in: .closing, mode: .require,
        message: "end with a concrete next step: what you will do or propose, and when",
        fix: .closing)),
    examples: [
      .triggers("I rebuilt the booking service in Go.\n\n↓Thank you for your consideration."),
      .triggers("↓I hope to hear from you.", job: ExampleInputs.job, resume: ExampleInputs.resume),
      .passes("I rebuilt it.\n\nI will call on Tuesday to ask whether a demo would help."),
      .passes("I rebuilt it.\n\nI would be glad to walk you through the design."),
      .passes("I cut shrink by a third.\n\nI will stop by the store on Monday to say hello."),
      .passes("I ran the autumn launch.\n\nI'll pop in to the Leeds office on Thursday."),
      .passes("I ran the autumn launch.\n\nI will give you a ring next Tuesday."),
      .passes("I wired the plant.\n\nI will drop by the site office to introduce myself."),
      .triggers("I cut shrink by a third.\n\n↓I could start on Monday if needed."),
      .triggers("I ran the launch.\n\n↓I am sure I would be a good fit for your team."),
      .passes("I ran nights.\n\nI would welcome a call about staffing the overnight shift."),
      .passes("I ran nights.\n\nI would welcome a call about the overnight shift rota."),
      .triggers("I ran nights.\n\n↓I would welcome a call about my qualifications."),
      .triggers("I ran nights.\n\n↓I would welcome a conversation about the role."),
    ])

  static let missingGreeting = Rule(
    id: "missing-greeting", title: "Missing greeting",
    summary: "The letter starts without a salutation.",
    rationale: "A letter with no greeting reads like a form answer pasted into an email.",
    category: .structure, severity: .suggestion, scope: .letter, needs: [],
    fix: "start with 'Dear' and the person's name, or the team's",
    check: .code(LetterPartCheck(part: .greeting)),
    examples: [
      .triggers("↓I rebuilt the booking service.\n\nBest,\nSam"),
      .passes("Dear Dana,\n\nI rebuilt the booking service."),
    ])

  static let missingSignOff = Rule(
    id: "missing-sign-off", title: "Missing sign-off",
    summary: "The letter ends without a sign-off, or signs off without the writer's name.",
    rationale: "Ending mid-air makes the letter look unfinished or pasted from elsewhere.",
    category: .structure, severity: .suggestion, scope: .letter, needs: [],
    fix: "end with a sign-off ('Best regards,') and your name",
    check: .code(LetterPartCheck(part: .signOff)),
    examples: [
      .triggers("Dear Dana,\n\nI rebuilt the service.\n\n↓I will call on Tuesday."),
      .passes("Dear Dana,\n\nI rebuilt the service.\n\nBest regards,\nSam Ortiz"),
      .passes("Dear Dana,\n\nI rebuilt the service.\n\nSam Ortiz"),
      .triggers("Dear Dana,\n\nI rebuilt the service.\n\n↓Sincerely,\nsam@example.com"),
      .triggers("Dear Dana,\n\nI rebuilt the service.\n\n↓Best regards,\n"),
      .triggers("Dear Dana,\n\nI rebuilt it.\n\n↓Kind regards,\n(720) 555-0100"),
      .passes("Dear Dana,\n\nI rebuilt it.\n\nKind regards,\nSam Ortiz\n(720) 555-0100"),
      .passes("Dear Dana,\n\nI rebuilt the service.\n\nSincerely, Sam Ortiz"),
      .passes("Dear Dana,\n\nI rebuilt it.\n\nSincerely,\nSamuel \"Sam\" Ortiz\nsam@example.com"),
      .passes("Dear Dana,\n\nI rebuilt it.\n\nBest,\nNguyen Thi Lan (Lana) Nguyen"),
    ])

  static let textAfterSignature = Rule(
    id: "text-after-signature", title: "Text after the signature",
    summary: "Notes, keyword lists or a second letter follow the signature.",
    rationale: """
      Interview notes, keyword lists and a second draft below the signature show the reader \
      your working file. They are the easiest mistake to miss and the most damaging to keep.
      """,
    category: .structure, severity: .error, scope: .letter, needs: [],
    fix: "delete everything after your name, and keep one letter per file",
    check: .code(LetterPartCheck(part: .trailing)),
    examples: [
      .triggers("Dear Dana,\n\nI rebuilt it.\n\nBest,\nSam\n\n--↓recursion\n--graphs"),
      .triggers("Dear Dana,\n\nI rebuilt it.\n\nBest,\nSam\n\n↓Dear Lee,\n\nI rebuilt it."),
      .passes("Dear Dana,\n\nI rebuilt it.\n\nBest,\nSam Ortiz\nsam@example.com"),
    ])
}
