/// Rules that compare the letter with the posting and the resume.
enum RelevanceRules {
  static let all: [Rule] = [keywordGap, unsupportedClaim, misquotedPosting, unsupportedHistory]

  static let unsupportedHistory = Rule(
    id: "unsupported-history", title: "Unsupported personal history",
    summary: "The letter tells of a career break or a return to work the resume does not show.",
    rationale: """
      "After a career break, I am returning to work" about a new graduate is false, and a \
      reader who checks the resume's dates sees it at once.
      """,
    category: .relevance, severity: .error, scope: .sentence, needs: [.english, .resume],
    fix: "remove the personal history the resume does not show",
    check: .existence(
      Existence(
        [
          "career|planned break|gap|pause|hiatus",
          "after|following|during ~3 break|hiatus|sabbatical",
          "returning|return|returned to the? work|workforce",
          "time away from ~1 work|workforce|career",
          "parental|maternity|paternity|family|caregiving leave",
          "stepped|stepping away from ~2 work|career|workforce",
        ], in: .body, excuse: .resumeShowsBreak,
        message: "check '{match}': your resume shows no break or return to work")),
    examples: [
      .triggers(
        "↓After a career break, I am applying for the role.", resume: ExampleInputs.resume),
      .triggers(
        "I rebuilt a service. ↓During my break I completed a course.",
        resume: ExampleInputs.resume),
      .passes("I took a coffee break after the launch.", resume: ExampleInputs.resume),
      .passes("I rebuilt the reservation service in PostgreSQL.", resume: ExampleInputs.resume),
    ])

  static let keywordGap = Rule(
    id: "keyword-gap", title: "Keyword gap",
    summary: "One of the posting's top must-haves, which the resume supports, is never "
      + "mentioned.",
    rationale: """
      Screens and readers look for the posting's must-haves by name. A must-have you have \
      but never mention is a match the reader will not see.
      """,
    category: .relevance, severity: .warning, scope: .letter, needs: [.job],
    fix: "mention the must-have by name with one line of evidence from your resume",
    check: .code(KeywordGapCheck()),
    examples: [
      .triggers(
        "↓I rebuilt a booking service and cut latency by 40%.", job: ExampleInputs.job,
        resume: ExampleInputs.resume),
      .triggers("Dear Dana,\n\n↓↓I rebuilt a booking service.", job: ExampleInputs.job),
      .triggers(
        "Dear Dana,\n\nYour scheduling plans caught my eye.\n\n↓At Larkspur Travel I rebuilt "
          + "the booking service and cut latency by 40%.", job: ExampleInputs.job,
        resume: ExampleInputs.resume),
      .passes(
        "I rebuilt a booking service on Postgres and cut latency by 40%.", job: ExampleInputs.job,
        resume: ExampleInputs.resume),
    ])

  static let unsupportedClaim = Rule(
    id: "unsupported-claim", title: "Claim not in the resume",
    summary: "The letter states a number, employer, title, credential, technology or team "
      + "led that the resume lacks.",
    rationale: """
      Readers check letters against resumes. A figure or employer that appears only in the \
      letter looks invented, and interviews probe exactly those claims. A credential, degree \
      or school the resume lacks is an error: employers verify those, and a false one ends \
      the application. So is a figure or tool the resume lacks in the writer's own work \
      ("I ran 60 tests in HubSpot", "Our team cut costs 30%"), even when the posting gives \
      it, a figure moved from one employer to another, a title the writer says they held \
      ("As Lead Teacher at …"), and more years of experience than the resume's dates give. \
      A letter in another language is checked for its figures only, by value in the number \
      format it uses ("40.000", "3,5 %").
      """,
    category: .relevance, severity: .warning, scope: .sentence, needs: [.resume],
    englishOnlyPart: "credentials, degrees, schools, titles, employers and tools are read in "
      + "English phrases only; figures were compared by value",
    fix: "add the claim to your resume if it is true, or take it out of the letter",
    check: .code(UnsupportedClaimCheck()),
    examples: [
      .triggers(
        "At Larkspur Travel I cut latency by ↓75% with ↓Kubernetes.", resume: ExampleInputs.resume),
      .triggers("I was a ↓Staff Engineer at ↓Initech.", resume: ExampleInputs.resume),
      .triggers("I led the rewrite as ↓Principal Engineer.", resume: ExampleInputs.resume),
      .passes(
        "I would join as Senior Backend Engineer.", job: ExampleInputs.job,
        resume: ExampleInputs.resume),
      .triggers("I bring ↓15 years of experience.", resume: ExampleInputs.resume),
      .triggers("I speak ↓German with customers.", resume: ExampleInputs.resume),
      .passes("I speak Portuguese with customers.", resume: ExampleInputs.resume),
      .passes("Could we set up a twenty-minute call next week?", resume: ExampleInputs.resume),
      .triggers(
        "The booking API now serves 3 million riders on ↓Heroku.", resume: ExampleInputs.resume),
      .passes("Heroku made small deployments easy for a decade.", resume: ExampleInputs.resume),
      .passes(
        "I keep up with the tax code through continuing education.", resume: ExampleInputs.resume),
      .passes(
        "At Larkspur Travel I cut p95 latency by 40% for 3 million bookings in PostgreSQL.",
        resume: ExampleInputs.resume),
      .passes(
        "I am eager to learn Kubernetes, which your team runs.", job: ExampleInputs.job,
        resume: ExampleInputs.resume),
      .triggers("I am a ↓licensed CPA and hold an ↓MBA.", resume: ExampleInputs.resume),
      .triggers("I am an ↓Envision Sustainability Professional.", resume: ExampleInputs.resume),
      .triggers("I am ↓PostgreSQL-certified.", resume: ExampleInputs.resume),
      .passes("I am a Software Engineer who ships weekly.", resume: ExampleInputs.resume),
      .triggers("At Larkspur Travel I ↓managed the booking team.", resume: ExampleInputs.resume),
      .passes(
        "At Larkspur Travel I led the move to PostgreSQL for the booking team.",
        resume: ExampleInputs.resume),
      .triggers("As a certified ↓PMP, I run every launch.", resume: ExampleInputs.resume),
      .passes("I sit the PMP exam in May as a candidate.", resume: ExampleInputs.resume),
      .triggers("I bring ↓twelve years of experience.", resume: ExampleInputs.resume),
      .passes("I bring five years of experience.", resume: ExampleInputs.resume),
      .passes(
        "You ask for PostgreSQL, Kubernetes and Python; I use PostgreSQL daily.",
        job: ExampleInputs.job, resume: ExampleInputs.resume),
      .passes("I have not used Sage 300 or Kubernetes yet.", resume: ExampleInputs.resume),
      .triggers("At Larkspur Travel I ↓led a team of ↓4 engineers.", resume: ExampleInputs.resume),
      .passes(
        "I want to help your team of 60 engineers ship faster.", job: ExampleInputs.jobWithTeam,
        resume: ExampleInputs.resume),
      .triggers(
        "At Larkspur Travel I ↓led a team of ↓60 engineers.", job: ExampleInputs.jobWithTeam,
        resume: ExampleInputs.resume),
      .triggers("I joined Larkspur Travel in ↓2015.", resume: ExampleInputs.resume),
      .passes("I joined Larkspur Travel in 2019.", resume: ExampleInputs.resume),
      .triggers("I was a Software Engineer since ↓2012.", resume: ExampleInputs.resume),
      .triggers("In 2021 I was promoted to ↓Engineering Manager.", resume: ExampleInputs.resume),
      .passes(
        "I joined Larkspur Travel in 2019, and my passport is valid through 2027.",
        resume: ExampleInputs.resume),
      .triggers("I am certified in ↓Waterlase laser therapy.", resume: ExampleInputs.resume),
      .triggers("I am also a ↓licensed general contractor.", resume: ExampleInputs.resume),
      .triggers("I hold the ↓CSPT credential.", resume: ExampleInputs.resume),
      .triggers(
        "I earned my degree from ↓Boise State University.", resume: ExampleInputs.resume),
      .triggers("At Larkspur Travel I booked trips in ↓Rx30.", resume: ExampleInputs.resume),
      .triggers("I served as ↓Lead SDET at Larkspur Travel.", resume: ExampleInputs.resume),
      .triggers(
        "I trained at the ↓Culinary Institute of America.", resume: ExampleInputs.resume),
      .triggers("At Larkspur Travel I trained ↓40 testers.", resume: ExampleInputs.resume),
      .triggers(
        "I load-tested the booking API with ↓Gatling and ↓Flarequest.",
        resume: ExampleInputs.resume),
      .passes(
        "On Kubernetes or Terraform, my nearest evidence is PostgreSQL.",
        job: ExampleInputs.job, resume: ExampleInputs.resume),
      .triggers(
        "On Terraform, my nearest evidence is ↓Kubernetes.", job: ExampleInputs.job,
        resume: ExampleInputs.resume),
      .triggers("I never missed a deadline with ↓Kubernetes.", resume: ExampleInputs.resume),
      .triggers("At Larkspur Travel I cut booking costs by ↓3%.", resume: ExampleInputs.resume),
      .passes("At Larkspur Travel I cut p95 latency by 40 percent.", resume: ExampleInputs.resume),
      .passes(
        "At Larkspur Travel I cut p95 latency by forty percent.", resume: ExampleInputs.resume),
      .triggers(
        "At Larkspur Travel I cut booking costs by ↓twelve per cent.",
        resume: ExampleInputs.resume),
      .passes(
        "I could meet on Tuesday at 10 or at 3 in the afternoon.", resume: ExampleInputs.resume),
      .passes(
        "Puedo reunirme con ustedes el martes a las 15 o el jueves a las 11.",
        resume: ExampleInputs.resume),
      .triggers(
        "I lead ↓60 engineers at Larkspur Travel, and I would bring that care to your team.",
        job: ExampleInputs.jobWithTeam, resume: ExampleInputs.resume),
      .triggers(
        "I now manage a ↓25-bed unit, much like the one you describe.",
        resume: ExampleInputs.resume),
      .passes(
        "I want to lead 60 engineers like yours, and I would bring that care to your team.",
        job: ExampleInputs.jobWithTeam, resume: ExampleInputs.resume),
      .triggers(
        "En Larkspur Travel reduje la latencia un ↓75 % y atendí a ↓12.500 clientes de la "
          + "empresa.", resume: ExampleInputs.resume),
      .passes(
        "En Larkspur Travel reduje la latencia un 40 % para 3.000.000 de reservas, y en 2021 "
          + "gestioné 3 millones de viajes con mis 6 años de experiencia.",
        resume: ExampleInputs.resume),
      .triggers(
        "Chez Larkspur Travel, j’ai réduit les coûts de ↓3 % pour la société.",
        resume: ExampleInputs.resume),
      .passes(
        "Chez Larkspur Travel, j’ai réduit la latence de 40,0 % le 12.03.2022 à 10:30 pour "
          + "la société.", resume: ExampleInputs.resume),
    ])

  static let misquotedPosting = Rule(
    id: "misquoted-posting", title: "Posting misquoted",
    summary: "The letter says the posting asks for something it does not ('you ask for', "
      + "'your posting requires').",
    rationale: """
      The reader wrote the posting. "You ask for a teaching credential" when it asks for \
      none, or "five years of Java" when it asks for three years of Python, tells them the \
      letter was written for another job, or that the writer did not read theirs.
      """,
    category: .relevance, severity: .warning, scope: .sentence, needs: [.job],
    fix: "quote only what the posting asks for, in its own terms and figures",
    check: .code(PostingAskCheck()),
    examples: [
      .triggers("You ask for ↓a teaching credential.", job: ExampleInputs.job),
      .triggers("Your posting requires ↓five years of ↓Java.", job: ExampleInputs.job),
      .triggers("You need someone with ↓Salesforce, and I have it.", job: ExampleInputs.job),
      .triggers("Your team is looking for ↓a night auditor.", job: ExampleInputs.jobWithTeam),
      .triggers("The posting also asks for ↓Terraform and PostgreSQL.", job: ExampleInputs.job),
      .passes("You ask for PostgreSQL and Kubernetes, and I run both.", job: ExampleInputs.job),
      .passes("Your team of 60 engineers needs PostgreSQL.", job: ExampleInputs.jobWithTeam),
      .passes("Your posting requires Python; I use it daily.", job: ExampleInputs.job),
      .passes("You are looking for 60 engineers in Norfolk.", job: ExampleInputs.jobWithTeam),
      .passes("I asked for Java on my last team.", job: ExampleInputs.job),
      .passes("The team needed someone for Java, so I learned it.", job: ExampleInputs.job),
      .passes("I hope to learn what your team needs next.", job: ExampleInputs.job),
      .passes("Let me know if you need anything else from me.", job: ExampleInputs.job),
      .passes(
        "Should you require any further information, please call me.", job: ExampleInputs.job),
      .triggers("I know you need ↓a night auditor.", job: ExampleInputs.job),
    ])
}
