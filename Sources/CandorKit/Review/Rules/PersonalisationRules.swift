/// Rules about writing to this reader, this company and this role.
enum PersonalisationRules {
  static let all: [Rule] = [
    genericGreeting, genericOpener, thinOpening,
    noCompanyHook, wrongCompany, wrongRole, wrongRecipient,
    placeholder,
  ]

  static let genericGreeting = Rule(
    id: "generic-greeting", title: "Generic greeting",
    summary: "The greeting addresses a role or nobody instead of a person or team.",
    rationale: """
      "Dear Hiring Manager" and "To whom it may concern" tell the reader in the first line \
      that the letter was not written for them. Postings often name the hiring manager or \
      recruiter; a team name is the next best thing.
      """,
    category: .personalisation, severity: .warning, scope: .sentence,
    fix: "address the person by name ('Dear Ms. Chen,'); if the posting names no one, address "
      + "the team ('Dear Payments team,')",
    check: .existence(
      Existence(
        [
          "^ dear|hello|hi|hey|greetings|attention|attn|to the? hiring|recruiting|recruitment|"
            + "talent|selection|search|hr|employment|human|personnel ~2 "
            + "manager|managers|team|committee|department|officer|professional|lead|partner|"
            + "specialist|staff|resources $",
          "^ dear|hello|hi|hey|greetings the? recruiter|recruiters|employer|employers|team|"
            + "company|sir|sirs|madam|manager|colleagues|everyone|all|there $",
          "^ dear sir|sirs|madam or|and? sir|sirs|madam $",
          "^ to whom it may concern $",
          "^ hello|hi|hey|greetings $",
          "^ good morning|afternoon|evening|day $",
          "^ dear|hello|hi prospective|future|potential|valued employer|manager|team|colleague $",
        ], in: .greeting, message: "address a person instead of '{match}'{in-clause}",
        fix: .greeting)),
    examples: [
      .triggers("↓Dear Hiring Manager,\n\nI rebuilt the billing service."),
      .triggers("↓To whom it may concern:\n\nI rebuilt the billing service."),
      .triggers("↓Dear Sir or Madam,\n\nI rebuilt the billing service."),
      .triggers("↓Hello:\n\nI rebuilt the billing service."),
      .triggers("**↓Dear Employer,**\n\nI rebuilt the billing service."),
      .triggers("↓Hi Company!\n\nI rebuilt the billing service.", job: ExampleInputs.job),
      .passes("Dear Ms. Whitfield,\n\nI rebuilt the billing service."),
      .passes("Dear Tidewater Health engineering team,\n\nI rebuilt the billing service."),
      .passes("Dear Dana,\n\nI asked the hiring manager at Larkspur for feedback every month."),
    ])

  static let genericOpener = Rule(
    id: "generic-opener", title: "Generic opener",
    summary: "The first paragraph opens with a stock line that could go to any company.",
    rationale: """
      Readers decide in the first two lines whether to keep reading. "I am writing to express \
      my interest" spends them on what the envelope already says. Open with the role, the \
      company and your strongest matching result.
      """,
    category: .personalisation, severity: .warning, scope: .sentence,
    fix: "open with the role, the employer and your strongest matching result, e.g. 'I am "
      + "applying for the Office Manager role at Northwind: at Acme I cut supply costs by "
      + "12%.'",
    check: .existence(
      Existence(
        [
          "i am|was writing ~4 express|expressing ~2 interest|enthusiasm",
          "i am|was writing ~3 apply|applying|regarding|response|inquire|introduce|submit|"
            + "application|interest|about",
          "i would like|wish|want to express|convey ~2 interest|enthusiasm",
          "i would like|wish|want to apply|introduce|submit",
          "i am excited|thrilled|eager|delighted|pleased|happy|keen|honored|honoured to apply|"
            + "submit|express|present",
          "i am excited|thrilled|eager|delighted|pleased|happy|keen|honored|honoured to be "
            + "applying|considered",
          "i am|was submitting|enclosing|sending ~3 resume|cv|application|candidacy",
          "it is with ~3 enthusiasm|excitement|pleasure|interest|eagerness that i",
          "i am interested in ~5 position|role|opening|vacancy|job you|that|which? advertised|"
            + "posted|listed|announced",
          "i am excited|thrilled|eager|delighted|pleased|happy|keen ~3 opportunity|chance to "
            + "apply|submit",
          "please accept ~4 application|letter|resume|candidacy",
          "^ my name is",
          "in response to your|the ~3 ad|advertisement|posting|listing|job|announcement|opening",
          "your ad|advertisement|posting|listing ~6 caught my eye|interest|attention",
          "i recently|just? came|come across|saw|found|noticed your|the|this ~3 posting|ad|"
            + "advertisement|listing|opening|vacancy",
          "this letter is to express|apply|introduce",
          "allow me to introduce myself",
          "i am reaching out ~6 interest|position|role|opportunity|apply|opening|vacancy|job",
          "i am|was excited|thrilled|delighted|pleased|happy|glad to see|find|discover|learn "
            + "~4 posting|ad|advertisement|listing|opening|vacancy|position|role|job",
          "please consider me ~1 for ~6 position|role|opening|vacancy|job",
          "i would like to be considered for",
        ], in: .opening,
        message: "replace the stock opener '{clause}' with your strongest "
          + "result for this role", fix: .opener)),
    examples: [
      .triggers("↓I am writing to express my interest in the Data Engineer role."),
      .triggers("↓I’m excited to apply for this position, which I found online."),
      .triggers("↓In response to your posting, I enclose my resume."),
      .triggers("↓I was thrilled to see your posting for a data analyst."),
      .triggers("↓I am reaching out regarding the open Data Engineer position."),
      .triggers("↓Please consider me for the Senior Analyst opening."),
      .triggers("↓I’m happy to find the listing for your support role."),
      .triggers("↓I am submitting my resume for consideration for the Data Engineer role."),
      .triggers("↓It is with great enthusiasm that I submit my application."),
      .triggers("↓I recently came across your job posting on Indeed and was eager to apply."),
      .triggers("↓I'm interested in the Data Engineer position you advertised."),
      .triggers("↓I am thrilled to be applying for this amazing opportunity."),
      .triggers("↓I would like to submit my application for the Data Engineer opening."),
      .passes("I am interested in how Tidewater Health schedules its clinics."),
      .triggers("Dear Ms. Ruiz,\n\n↓Please accept this letter as my application for the role."),
      .triggers(
        "↓My name is Sam Ortiz and I build payment systems.", job: ExampleInputs.job,
        resume: ExampleInputs.resume),
      .passes(
        "Tidewater Health's same-day telehealth plan is the scheduling problem I solved at "
          + "Larkspur Travel."),
      .passes("I cut p95 latency by 80% at Larkspur.\n\nI am excited to apply what I learned."),
    ])

  static let thinOpening = Rule(
    id: "thin-opening", title: "Thin opening paragraph",
    summary: "The opening paragraph is one sentence that names neither the role nor the "
      + "company.",
    rationale: """
      "I am applying for this position." is the whole first paragraph: it spends the lines \
      a reader decides on and says nothing the envelope did not.
      """,
    category: .personalisation, severity: .warning, scope: .paragraph,
    fix: "open with the role, the company and your strongest matching result",
    check: .code(ThinOpeningCheck()),
    examples: [
      .triggers("Dear Dana,\n\n↓I am applying for this position.\n\nI rebuilt 3 services."),
      .triggers(
        "Dear Dana,\n\n↓I would like to be considered.\n\nI rebuilt 3 services.",
        job: ExampleInputs.job),
      .passes(
        "Dear Dana,\n\nI am applying for the Senior Backend Engineer role.\n\nI rebuilt it.",
        job: ExampleInputs.job),
      .passes("Dear Dana,\n\nI am applying to Tidewater Health.\n\nI rebuilt 3 services."),
      .passes("Dear Dana,\n\nI am applying. I rebuilt 3 services in Go.\n\nThanks."),
    ])

  static let noCompanyHook = Rule(
    id: "no-company-hook", title: "No company-specific hook",
    summary: "The body never names the company, so nothing ties the letter to it.",
    rationale: """
      A letter that never names the company reads as one of fifty identical copies. Naming \
      the company and one specific thing about it (a product, a figure from the posting, a \
      plan) shows the letter was written for this reader.
      """,
    category: .personalisation, severity: .warning, scope: .letter,
    fix: "name the company in the first paragraph with one specific reason: its product, a "
      + "figure from the posting, or a plan it announced",
    check: .code(CompanyHookCheck()),
    examples: [
      .triggers(
        "Dear Dana Whitfield,\n\n↓I rebuilt a booking service in Go.\n\nI would like to help "
          + "your team.", job: ExampleInputs.job),
      .triggers(
        "Tidewater Health\n\nDear Dana,\n\n↓I rebuilt a booking service in Go.",
        job: ExampleInputs.job),
      .triggers("↓I rebuilt a booking service in Go. I would add value to any team."),
      .passes(
        "Dear Dana,\n\nTidewater Health's same-day telehealth plan needs a fast scheduler.",
        job: ExampleInputs.job),
      .passes(
        "I have followed Northwind since its payments launch. I want to bring it to Northwind."),
      .passes("Acme Corp\n1 Main Street\n\nDear Ann,\n\nI want to help Acme ship faster."),
      .passes("Dear Ann,\n\nHarbor Analytics is moving into produce. I built 20 pipelines."),
      .passes("I know about Northwind's launch.\n\nI rebuilt one.\n\nNorthwind needs it."),
    ])

  static let wrongCompany = Rule(
    id: "wrong-company", title: "Wrong company",
    summary: "The letter names a company other than the posting's as the one it applies to.",
    rationale: """
      A letter addressed to another company is the copy-paste error recruiters reject on \
      sight: it says the letter was reused and not read before sending.
      """,
    category: .personalisation, severity: .error, scope: .sentence, needs: [.english, .job],
    fix: "replace every mention of the other company with the posting's company",
    check: .code(WrongCompanyCheck()),
    examples: [
      .triggers(
        "I am applying for the backend position at ↓Initech Systems.", job: ExampleInputs.job),
      .triggers("I would love to join ↓Globex and its payments team.", job: ExampleInputs.job),
      .triggers(
        "I have long admired ↓Globex Foods. I would love to join ↓Globex Foods next.",
        job: ExampleInputs.job),
      .triggers("Dear ↓Initech hiring team,\n\nI rebuilt a scheduler.", job: ExampleInputs.job),
      .passes(
        "I am applying for the backend position at Tidewater Health.", job: ExampleInputs.job),
      .passes(
        "My role at Larkspur Travel taught me scheduling.", job: ExampleInputs.job,
        resume: ExampleInputs.resume),
      .passes("I would love to join Tidewater and its platform team.", job: ExampleInputs.job),
      .triggers(
        "I am applying for the backend role at ↓Tidewater Heath.", job: ExampleInputs.job),
      .triggers("↓Tidewatter Health is rebuilding its scheduler.", job: ExampleInputs.job),
      .passes("Tidewater Health is rebuilding its scheduler.", job: ExampleInputs.job),
      .passes("Tidewater Health's scheduler needs Kubernetes.", job: ExampleInputs.job),
      .passes(
        "I am applying to Tidewater Health, and I worked with Ridewater Health as a contractor.",
        job: ExampleInputs.job),
      .triggers(
        "I am excited to apply for the backend role at ↓Ridewater Health.",
        job: ExampleInputs.job),
      .triggers(
        "↓Cottonwood Family Pharmacy's second location needs a fast scheduler.",
        job: ExampleInputs.job),
      .triggers("↓Walgreens's new clinic needs a scheduler.", job: ExampleInputs.job),
      .triggers("↓Brightwater Family Dentistry sees 40 patients a day.", job: ExampleInputs.job),
      .triggers("↓Brightwater sees 40 patients a day.", job: ExampleInputs.job),
      .triggers("That is why ↓Initech Systems is my first choice.", job: ExampleInputs.job),
      .triggers(
        "I would bring the same care to the clients of ↓Initech Systems.",
        job: ExampleInputs.job),
      .triggers(
        "I build schedulers, and ↓Initech is where I want to do it.", job: ExampleInputs.job),
      .triggers(
        "I am applying for the backend role at ↓Initech Systems Group. I know that ↓Initech "
          + "Systems is moving its clinics to the cloud.", job: ExampleInputs.job),
      .passes("That is why Tidewater Health is my first choice.", job: ExampleInputs.job),
      .passes("Denver is where I want to live.", job: ExampleInputs.job),
      .passes("This is the scheduler I would build for you.", job: ExampleInputs.job),
      .passes(
        "Larkspur Travel's booking team taught me scheduling.", job: ExampleInputs.job,
        resume: ExampleInputs.resume),
      .passes(
        "Tidewater Health needs a scheduler. Brightwater Dental's clinic runs one I built.",
        job: ExampleInputs.job),
    ])

  static let wrongRole = Rule(
    id: "wrong-role", title: "Wrong role",
    summary: "The letter applies for a job title other than the posting's, or a higher rank "
      + "of it ('Senior' when the posting has none).",
    rationale: """
      Naming a different role than the one advertised tells the reader the letter was written \
      for another application.
      """,
    category: .personalisation, severity: .error, scope: .sentence, needs: [.english, .job],
    fix: "use the posting's job title",
    check: .code(WrongRoleCheck()),
    examples: [
      .triggers("I am applying for the ↓Data Analyst position.", job: ExampleInputs.job),
      .triggers("I want the ↓Frontend Engineer role at Tidewater.", job: ExampleInputs.job),
      .passes("I am applying for the Senior Backend Engineer position.", job: ExampleInputs.job),
      .passes("I am applying for the Backend Engineer role.", job: ExampleInputs.job),
      .passes("I am applying for the Senior Back-End Engineer role.", job: ExampleInputs.job),
      .passes("My Data Analyst role at Larkspur ended in May.", job: ExampleInputs.job),
      .triggers(
        "I am applying for the ↓Senior Software Engineer position.", job: ExampleInputs.job),
      .triggers(
        "I am applying for the ↓Staff Backend Engineer position.", job: ExampleInputs.job),
      .triggers(
        "I am applying for the ↓Lead Backend Engineer role at Tidewater.", job: ExampleInputs.job),
      .passes(
        "I rewrote a nightly SQL job with window functions, cutting its runtime.",
        job: ExampleInputs.job),
      .passes("I ran the Kubernetes role bindings for 40 services.", job: ExampleInputs.job),
    ])

  static let wrongRecipient = Rule(
    id: "wrong-recipient", title: "Wrong recipient",
    summary: "The greeting names someone other than the posting's contact, or misspells them.",
    rationale: """
      A letter that greets the wrong person, or gets the contact's name wrong, reads as \
      copied from another application. A guessed "Mr." or "Ms." can also misgender the reader.
      """,
    category: .personalisation, severity: .error, scope: .sentence, needs: [.english, .job],
    fix: "greet the contact the posting names, by full name",
    check: .code(RecipientCheck()),
    examples: [
      .triggers("Dear Mr. ↓Thompson,\n\nI rebuilt a scheduler.", job: ExampleInputs.job),
      .triggers("Dear ↓Dana Whitfeld,\n\nI rebuilt a scheduler.", job: ExampleInputs.job),
      .triggers("Dear ↓Ms. Whitfield,\n\nI rebuilt a scheduler.", job: ExampleInputs.job),
      .passes("Dear Dana Whitfield,\n\nI rebuilt a scheduler.", job: ExampleInputs.job),
      .passes("Dear Tidewater Health team,\n\nI rebuilt a scheduler.", job: ExampleInputs.job),
      .passes("Dear Dana,\n\nI rebuilt a scheduler.", job: ExampleInputs.job),
      .passes("Dear Director Whitfield,\n\nI rebuilt a scheduler.", job: ExampleInputs.job),
      .triggers("Dear Director ↓Thompson,\n\nI rebuilt a scheduler.", job: ExampleInputs.job),
      .passes("Dear Hiring Manager,\n\nI rebuilt a scheduler.", job: ExampleInputs.job),
      .triggers(
        "Dear Dana Whitfield,\n\nI would bring it to Ms. ↓Whitfeld's team.",
        job: ExampleInputs.job),
      .triggers(
        "Dear Hiring Manager,\n\nI hope to meet Dr. ↓Whitfild soon.", job: ExampleInputs.job),
      .passes(
        "Dear Dana Whitfield,\n\nI would bring it to Ms. Whitfield's team.",
        job: ExampleInputs.job),
      .passes(
        "Dear Dana Whitfield,\n\nDr. Okafor, my mentor, suggested I apply.",
        job: ExampleInputs.job),
      .passes("Dear Ms Whitfield,\n\nI rebuilt a scheduler.", job: ExampleInputs.jobWithHonorific),
      .passes(
        "Dear Ms. Whitfield,\n\nI rebuilt a scheduler.", job: ExampleInputs.jobWithHonorific),
      .triggers(
        "Dear ↓Mrs Whitfield,\n\nI rebuilt a scheduler.", job: ExampleInputs.jobWithHonorific),
      // A doctorate the posting never gives is a title the reader may not hold.
      .triggers("Dear ↓Dr. Whitfield,\n\nI rebuilt a scheduler.", job: ExampleInputs.job),
      .triggers("Dear ↓Prof. Dana Whitfield,\n\nI rebuilt a scheduler.", job: ExampleInputs.job),
      .triggers(
        "Dear ↓Dr. Whitfield,\n\nI rebuilt a scheduler.", job: ExampleInputs.jobWithHonorific),
    ])

  static let placeholder = Rule(
    id: "placeholder", title: "Placeholder left in",
    summary: "Template blanks such as [Company Name], {{company}} or <job title> remain.",
    rationale: """
      An unfilled template slot is the surest sign of a mass-mailed letter; most readers stop \
      there.
      """,
    category: .personalisation, severity: .error, scope: .sentence, needs: [],
    fix: "replace the placeholder with the real detail, or rephrase the sentence around it",
    check: .code(PlaceholderCheck()),
    examples: [
      .triggers("I want to join ↓[Company Name] as its ↓{{job_title}}."),
      .triggers("I am writing about your ↓<job title> opening.", job: ExampleInputs.job),
      .triggers("I have ↓X years of experience.\n\nBest regards,\n↓Your Name"),
      .triggers("Hi,\n\n↓<job description>\n\nI build APIs."),
      .passes("I read the [docs](https://example.com) and the <br> tag guide."),
      .triggers("I want to join ↓___ as a ↓[Position]."),
      .triggers("Best,\n↓<your-name>"),
      .passes("I used Python [and SQL] daily."),
      .triggers("I bring ↓[X] years of experience."),
      .passes("Reach me on the forum as <sam-ortiz>."),
      .passes("I have 6 years of experience with X-ray imaging software."),
      .triggers("I led the ↓[REDACTED] rollout and cut costs by ↓[NUMBER]%."),
      .triggers("I admire ↓{company_name} and ↓[insert a specific product]."),
      .passes("My portfolio is at [github.com/sam-ortiz] and my handle is <sam-ortiz>."),
      .passes("I shipped the [beta] release to 40 clinics."),
      .triggers("I am applying to ↓XXX for this role after ↓XX years in retail."),
      .triggers("I led ↓[insert project] and start on ↓TBD."),
      .passes("I tested the XXL sizes and Xbox builds with Max, a tbd-style planner."),
      .triggers("I can talk at ↓XX:XX on ↓XX/XX/XXXX about ↓[Company Name] / ↓[Job Title]."),
      // A template's note to the writer, left in as a sentence.
      .triggers("I fill 300 prescriptions a day. ↓Insert a sentence about compounding here."),
      .triggers("I led the audit. ↓Add your biggest result."),
      .triggers("I teach chemistry. ↓Mention a specific lesson that went well."),
      .triggers("I was drawn to your firm because of ↓(mention something specific about it)."),
      .passes("I cut the close (and the overtime) by two days."),
      .passes("I ran the audit (described in my resume) alone."),
      .passes("I fill 300 prescriptions a day. Add to that 40 compounded orders a week."),
      .passes("Include me in the next round; I can start in June."),
    ])
}
