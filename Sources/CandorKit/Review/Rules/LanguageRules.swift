/// Rules about wording, tone and correctness.
enum LanguageRules {
  static let all: [Rule] = [
    hedging, spelling, repeatedWord, spacing, articleAgreement, missingArticle, confusedWord,
    wordyPhrase, informalWord, intensifiers, apology, cliche, fillerSentence,
    unfinishedSentence, sentenceFragment, verblessSentence, unbalancedBracket, missingNoun,
  ]

  static let unbalancedBracket = Rule(
    id: "unbalanced-bracket", title: "Unbalanced bracket",
    summary: "A sentence opens a bracket it never closes, closes one it never opened, or "
      + "nests one bracket in another.",
    rationale: """
      "the PPS Credential (clear." reads as a broken sentence, often a resume field pasted \
      whole. Nested brackets make the reader count them.
      """,
    category: .language, severity: .warning, scope: .sentence, needs: [],
    fix: "close the bracket, remove the stray one, or say the aside in its own sentence",
    check: .code(BracketCheck()),
    examples: [
      .triggers("I hold the PPS Credential ↓(clear."),
      .triggers("I finished the course ↓(IIRP (completed in 2025))."),
      .triggers("I cut the backlog by 30%↓) in one year."),
      .passes("I hold the PPS Credential (clear, renewed in 2025)."),
      .passes("I did three things: a) cut the backlog, b) trained 4 staff."),
    ])

  static let missingNoun = Rule(
    id: "missing-noun", title: "Missing noun",
    summary: "An article stands right before a preposition ('in The at State University').",
    rationale: """
      "the at" or "a in" has lost the noun between its words: a field left empty or \
      garbled. No reader can tell what was meant.
      """,
    category: .language, severity: .warning, scope: .sentence,
    fix: "put the missing name or noun after the article, or remove the article",
    check: .code(EmptyNounCheck()),
    examples: [
      .triggers("I earned a Doctor of Pharmacy in ↓The at State University."),
      .triggers("I completed ↓the in 2024 with honours."),
      .passes("I earned an A in statistics and the top mark at State University."),
      .passes("I ran the in-house audits at the clinic."),
    ])

  static let hedging = Rule(
    id: "hedging", title: "Hedging",
    summary: "A claim is softened with 'I believe', 'I feel', 'I think' or 'perhaps'.",
    rationale: """
      Hedges ask the reader to doubt you. Facts stated plainly read as confidence without \
      boasting.
      """,
    category: .language, severity: .warning, scope: .sentence,
    fix: "drop the hedge and state the fact: 'I believe my experience fits' becomes 'I did "
      + "the same work for 4 years'",
    check: .existence(
      Existence(
        [
          "i believe|feel|think|guess|suppose !in|about|strongly that?",
          // "I truly believe", "I strongly feel that": an adverb makes the hedge no firmer.
          "i truly|strongly|really|honestly|sincerely|firmly|genuinely|do believe|feel|think "
            + "!in|about",
          "i would|might|may like to think", "perhaps", "maybe", "i might|may be|have",
          "possibly", "somewhat",
          // "the kind of patient", "what sort of job": a noun phrase, not a hedge.
          "<the|a|an|what|this|that|any|some|every|each|which|one|no|my|your|our|their|its|same"
            + "|right|wrong|other|only|exact|different|new|first|rare|whatever kind|sort of",
          "hopefully", "it seems|appears that?",
          "i am fairly|quite|pretty|reasonably sure|confident|certain", "if i may",
          "i just wanted|want", "i hope that? you|i", "i would|do hope to|that",
          "in my opinion|view", "probably",
        ], in: .body, message: "cut '{match}'{in-clause} and state the point")),
    examples: [
      .triggers("↓I believe my experience makes a difference."),
      .triggers("↓I truly believe I fit, and ↓I strongly feel that the timing is right."),
      .passes("I truly believe in code review, so I review every change within a day."),
      .triggers("↓I feel that this role suits me, and it is ↓perhaps the right time."),
      .triggers("↓I hope you will let me try."),
      .triggers("↓I would hope to bring the same care to your clinic."),
      .triggers("↓In my opinion, I could ↓probably help."),
      .passes("I believe in code review, so I review every change within a day."),
      .passes("My experience cut costs by 20%."),
      .triggers("I ↓kind of led the night shift."),
      .triggers("The audit was ↓sort of rushed."),
      .passes("I want the kind of job where I finish what I start."),
      .passes("That is a kind of patient I know well, and what sort of unit you run matters."),
      .passes("You need the same kind of care on nights."),
    ])

  static let spelling = Rule(
    id: "spelling", title: "Spelling",
    summary: "A word is not in the dictionary, the lexicon, the posting or the resume.",
    rationale: "One typo in a one-page letter reads as carelessness about the job itself.",
    category: .language, severity: .warning, scope: .sentence, needs: [.english, .spelling],
    fix: "correct the spelling",
    check: .code(SpellingCheck()),
    examples: [
      .triggers("I wrote the ↓funtctions for the ↓colossel migration."),
      .triggers("I automated builds with Python and ↓PostgreSQLand Jenkins."),
      .passes("I wrote the functions in Python for Tidewater's PostgreSQL migration."),
      .passes("At Larkspur I used Kubernetes and Terraform.", job: ExampleInputs.job),
    ])

  static let repeatedWord = Rule(
    id: "repeated-word", title: "Repeated word",
    summary: "The same word appears twice in a row ('in in').",
    rationale: "A doubled word is a typo a spell checker misses and a reader does not.",
    category: .language, severity: .warning, scope: .sentence, needs: [],
    fix: "delete the second copy",
    check: .repetition(
      .adjacentWords(
        except: ["that", "had", "is", "do", "bye", "no", "yes", "ha"],
        message: "remove the repeated word in '{match}'")),
    examples: [
      .triggers("I automated it ↓in in Jenkins."),
      .triggers("It was ↓really really big."),
      .passes("I knew that that design would fail."),
      .passes("I used Java, Spring, Spring MVC and Hibernate."),
    ])

  static let spacing = Rule(
    id: "spacing", title: "Spacing around punctuation",
    summary: "A space comes before punctuation, or none after a comma or full stop.",
    rationale: "Stray spaces look like a draft; missing ones make words run together.",
    category: .language, severity: .suggestion, scope: .sentence, needs: [],
    fix: "put no space before punctuation and one after it",
    check: .code(SpacingCheck()),
    examples: [
      .triggers("I led the migration↓ ."),
      .triggers("I know design and verification↓,I also test."),
      .passes("I used Node.js, C++ and ASP.NET at Meetup.com in 2021, at 1,000 requests a second."),
    ])

  static let articleAgreement = Rule(
    id: "a-or-an", title: "'a' or 'an'",
    summary: "'a' comes before a vowel sound or 'an' before a consonant sound.",
    rationale: "Article slips are small but visible, and readers notice them in a short letter.",
    category: .language, severity: .warning, scope: .sentence,
    fix: "use 'an' before a vowel sound and 'a' before a consonant sound",
    check: .code(ArticleCheck()),
    examples: [
      .triggers("I worked as ↓a English teacher and took ↓an big step."),
      .passes("I earned a university degree, an MBA and a one-year award in an hour."),
      .triggers("I serviced ↓a HVAC unit, passed ↓a RN exam and ran ↓an SOC shift."),
      .passes(
        "As an RN and an HVAC tech I wrote an SQL query, a SQL report, a UX plan and an "
          + "NCLEX guide on a LAN."),
    ])

  static let confusedWord = Rule(
    id: "confused-word", title: "Commonly confused word",
    summary: "A real word stands in for the one meant ('roll' for 'role', 'then' for 'than', "
      + "'your' for 'you're', 'effect' for 'affect', 'it's' for 'its', 'loose' for 'lose', "
      + "'compliment' for 'complement').",
    rationale: "Spell checkers accept these because each word exists; readers do not.",
    category: .language, severity: .warning, scope: .sentence,
    fix: "use the word you mean",
    check: .substitution(
      Substitution(
        ConfusedWords.pairs, message: "write '{replacement}' instead of '{match}'")),
    examples: [
      .triggers("I feel ready for this ↓roll."),
      .triggers("I applied for the ↓roll of data engineer and took a leadership ↓roll."),
      .triggers("It was more ↓then a job."),
      .triggers("I am more experienced ↓then my peers, and faster ↓then most."),
      .triggers("I moved to Denver in 2019 and since ↓than I have led the team."),
      .triggers("↓Your going to see results, and if ↓your hiring for this team, I can help."),
      .triggers("I like ↓you're mission and ↓you’re product."),
      .triggers("I prepared statements under ↓you GAAP."),
      .passes("I prepared statements under US GAAP for you."),
      .triggers("The change will ↓effect every pipeline, and it ↓effects how we plan."),
      .triggers("It had a big ↓affect on costs and was negatively ↓effected by churn."),
      .triggers("The team lost ↓it's way, and ↓it's users left."),
      .triggers("↓Its been a year, and ↓its not easy."),
      .triggers("I would not ↓loose sight of cost, and ↓loosing data is not an option."),
      .triggers("We kept the services ↓lose coupled."),
      .triggers("My skills ↓compliment the team, and my background ↓compliments yours."),
      .triggers("We have ↓complimentary skills."),
      .passes("We roll out releases weekly, and it was more than a job."),
      .passes("I rolled back the release, took on the role, and was on a roll."),
      .passes("I cut costs further, then moved the batch to Spark; since then it has run daily."),
      .passes("I shipped faster than planned and then wrote the runbook."),
      .passes("You're hiring for your data team, and your posting asks for Spark."),
      .passes("Your building in Denver is close, and your planning team uses Airflow."),
      .passes("I hope to effect change, and the effect on costs was 35%."),
      .passes("It will affect every pipeline, and the migration affected 40 services."),
      .passes("The team found its way, and its users stayed; it's time to scale."),
      .passes("Northwind and its own platform grew; it's way faster now."),
      .passes("I will not lose sight of cost; loose coupling helped."),
      .passes("A customer complimented the team, and I compliment the reviewers each week."),
      .passes("My skills complement the team; we have complementary strengths."),
    ])

  static let wordyPhrase = Rule(
    id: "wordy-phrase", title: "Wordy phrase",
    summary: "A long phrase says what a short word would ('in order to', 'utilize').",
    rationale: "Every word in a one-page letter competes for attention.",
    category: .language, severity: .suggestion, scope: .sentence,
    fix: "use the shorter word",
    check: .substitution(
      Substitution(
        [
          ("in order to", "to"), ("utilize|utilise", "use"), ("utilized|utilised", "used"),
          ("utilizing|utilising", "using"), ("due to the fact that", "because"),
          ("at this point in time", "now"), ("has the ability to", "can"),
          ("have the ability to", "can"), ("in the realm of", "in"), ("prior to", "before"),
          ("a large number of", "many"), ("with regard|regards|respect to", "about"),
          ("in the event that", "if"), ("for the purpose of", "for"),
        ], message: "write '{replacement}' instead of '{match}'")),
    examples: [
      .triggers("I wrote scripts ↓in order to save time."),
      .triggers("I ↓utilized Python ↓prior to the launch."),
      .passes("I used Python to save time before the launch."),
    ])

  static let informalWord = Rule(
    id: "informal-word", title: "Informal word",
    summary: "A chatty word ('awesome', 'stuff', 'gonna') sets the wrong tone.",
    rationale:
      "A letter can be warm without slang; slang reads as not taking the reader seriously.",
    category: .language, severity: .suggestion, scope: .sentence,
    fix: "use a plain, specific word",
    check: .existence(
      Existence(
        [
          "awesome", "coolest", "cool !under|headed", "stuff", "gonna", "wanna", "kinda", "sorta",
          "guys", "super excited|happy|keen|interested|cool", "lol", "btw", "funny thing",
          "totally", "a ton of", "tons of", "folks", "yeah",
        ], in: .body, message: "use a plainer word than '{match}'{in-clause}")),
    examples: [
      .triggers("It was ↓awesome ↓stuff."),
      .triggers("I am ↓super excited to meet you ↓guys."),
      .passes("I stayed cool under pressure while the release shipped."),
    ])

  static let intensifiers = Rule(
    id: "intensifiers", title: "Too many intensifiers",
    summary: "'Very', 'really', 'extremely' and the like appear more than twice.",
    rationale: "Intensifiers stand in for evidence; used often, they sound like pleading.",
    category: .language, severity: .suggestion, scope: .letter,
    fix: "cut the intensifier, or replace it with the number it stands for",
    check: .occurrence(
      Occurrence(
        ["very", "really", "extremely", "incredibly", "truly", "absolutely", "deeply", "hugely"],
        scope: .letter, limit: 2,
        message: "cut intensifiers such as '{match}' (limit {limit}, found {value})")),
    examples: [
      .triggers("It was very fast, really stable and ↓extremely cheap."),
      .passes("It was very fast and really stable."),
    ])

  static let apology = Rule(
    id: "apology", title: "Apology or self-undermining",
    summary: "The letter apologises or points at what the candidate lacks.",
    rationale: "Leading with a gap makes it the reader's first impression; lead with strengths.",
    category: .language, severity: .suggestion, scope: .sentence,
    fix: "drop the apology and lead with what you can do",
    check: .existence(
      Existence(
        [
          "sorry", "i apologize|apologise", "forgive me",
          "despite|although|though|while ~3 "
            + "lack|lacking", "i lack", "i may|might not have|be", "i am just|only a|an",
          "i do not have much|any|a? lot? of? experience",
          "i know|guess ~3 everybody|everyone says",
        ], in: .body,
        message: "drop the apology in '{match}'{in-clause} and lead with what you can do")),
    examples: [
      .triggers("↓Sorry for the long letter."),
      .triggers("↓Although I lack a degree, I ship."),
      .passes("I closed the gap in 3 months."),
    ])

  static let cliche = Rule(
    id: "cliche", title: "Cliché",
    summary: "A stock business phrase ('think outside the box', 'add value') stands in for "
      + "content.",
    rationale: "Clichés are skimmed over; they take space a specific claim could use.",
    category: .language, severity: .suggestion, scope: .sentence,
    fix: "replace the phrase with what you actually did",
    check: .existence(
      Existence(
        [
          "think|thinking outside the box", "hit the ground running",
          "wear|wore|wearing many|multiple hats", "go|going|went above and beyond",
          "fast paced environment|environments|world|team", "synergy|synergies",
          "move the needle", "game changer", "low hanging fruit", "at the end of the day",
          "add|bring|provide|deliver value", "make a difference", "take it to the next level",
          "resonates|resonated with me",
        ], in: .body,
        message: "replace the cliché '{match}'{in-clause} with what you actually did")),
    examples: [
      .triggers("I ↓think outside the box and ↓hit the ground running."),
      .triggers("I want to ↓add value in a ↓fast-paced environment."),
      .triggers("Your mission truly ↓resonates with me."),
      .passes("I cut the release cycle from 2 weeks to 2 days."),
      .passes("The 2 a.m. handoff resonates with your night-shift goals."),
    ])

  static let fillerSentence = Rule(
    id: "filler-sentence", title: "Filler sentence",
    summary: "A whole sentence announces what comes next ('Here's what carries over.', 'Let "
      + "me explain.') instead of saying anything.",
    rationale: """
      A sentence with no content makes the reader wait for the next one. In a letter read in \
      under a minute, every sentence should carry a fact, a reason or a request.
      """,
    category: .language, severity: .warning, scope: .sentence,
    fix: "delete the sentence and let the next one make the point",
    check: .existence(
      Existence(
        [
          "^ here is|are what|why|how ~3 $", "^ here is|are why $",
          "^ the|my results|skills|experience|lessons|strengths carry|carries|transfer|"
            + "transfers over|across? $",
          "^ let me|us explain|elaborate $", "^ let me tell you why|how? $",
          "^ allow me to explain|elaborate $", "^ that is where i come|fit in $",
          "^ read on $", "^ more on that below|later $",
        ], in: .body, message: "cut the filler sentence '{match}'")),
    examples: [
      .triggers("I taught chemistry for 8 years. ↓Here's what carries over. I ran 40 labs."),
      .triggers("↓The results carry over. I cut grading time by 30%."),
      .triggers("↓Let me explain. I rebuilt the scheduler."),
      .passes("Here is what I did: I cut grading time by 30% with a Python script."),
      .passes("The results carry over to data work: I cut grading time by 30%."),
      .passes("Let me explain how I cut grading time by 30% with a Python script."),
    ])

  static let unfinishedSentence = Rule(
    id: "unfinished-sentence", title: "Unfinished sentence",
    summary: "A paragraph ends mid-sentence, on a comma or a conjunction.",
    rationale: "A sentence that trails off looks like an unfinished edit.",
    category: .language, severity: .warning, scope: .paragraph, needs: [],
    fix: "finish the sentence or remove the trailing words",
    check: .code(UnfinishedSentenceCheck()),
    examples: [
      .triggers("I know UVM, AXI and ↓APB,\n\nI also wrote C++ drivers."),
      .triggers("I built the queue and ↓the\n\nIt shipped."),
      .passes("I know UVM, AXI and APB.\n\nI also wrote:\n- C++ drivers\n- Python tests"),
    ])

  static let verblessSentence = Rule(
    id: "verbless-sentence", title: "Sentence without a verb",
    summary: "A sentence of four or more words holds no verb: a run of nouns set down as a "
      + "sentence.",
    rationale: """
      "Strong communication skills and proven track record." says nothing happened and \
      no one did it. A hiring lead reads it as a resume line pasted in or an edit left \
      half done, and a letter of them as one never read over. Short sentences that carry a \
      verb ("Nights suit me.") are fine, and so are list items and lines with a colon.
      """,
    // FIXME: a suggestion, not a warning, while the composer still pastes a resume's tool
    // list as a sentence ("Java, Perl, SQL Server, FAME API."); raise it once it does not.
    category: .language, severity: .suggestion, scope: .sentence,
    fix: "say who did what: 'I bring five years of Python', or join it to the sentence "
      + "before",
    check: .code(VerblessCheck()),
    examples: [
      .triggers("I ran nights. ↓Strong communication skills and proven track record."),
      .triggers("I ran nights. ↓Five years of Python, SQL and dashboards for clients."),
      .passes("I ran nights. Nights suit me, and the commute is short."),
      .passes("I bring five years of Python, SQL and dashboards for clients."),
      .passes("Thank you for your time and consideration."),
      .passes("My resume is attached for your review."),
      .passes("I ran nights.\n\n- Five years of Python and SQL for clients."),
      .passes("Skills: Python, SQL and dashboards for clients."),
      .passes(
        "I handled a good number of matters in Judge Court, C.J.M. Court, and Consumer Forum "
          + "& also in the High Court."),
    ])

  static let sentenceFragment = Rule(
    id: "sentence-fragment", title: "Fragment after a semicolon",
    summary: "A clause after a semicolon opens on a verb with no subject.",
    rationale: """
      "I own the close; shortened it to 6 days" is a resume bullet pasted into a sentence. \
      A semicolon joins two whole sentences; a reader trips on the missing subject.
      """,
    // FIXME: a suggestion, not a warning, while the composer still writes "…; close about
    // 45 work orders a week" (Tests/Fixtures/write/no-company); raise it once it does not.
    category: .language, severity: .suggestion, scope: .sentence, needs: [.english],
    fix: "give the verb its subject ('; I shortened') or join the clauses with 'and'",
    check: .code(FragmentCheck()),
    examples: [
      .triggers("I own month-end close for 40 ledgers; ↓shortened the close to 6 days."),
      .triggers("We moved 12 sites to one ERP; ↓built the cutover plan; ↓trained 30 staff."),
      .triggers("I own the close for 9 plants; ↓shortens the cycle by 4 days."),
      .triggers("I repair 480V motors and conveyors; ↓close about 45 work orders a week."),
      .triggers("We audit 30 stores a year; ↓trains the managers on every finding."),
      .passes("I own month-end close; it now takes 6 days instead of 8."),
      .passes("I run daily cycle counts; inventory accuracy held at 99.6%."),
      .passes("I wrote 38 help articles; tickets on those topics fell 22%."),
      .passes("I trained 4 leads; work orders close in half the time now."),
      .passes("I led 3 teams; each shipped on time."),
      .passes("I trained 3 new hires on forklift safety; zero incidents followed."),
      .passes("Shipped in May; the client renewed."),
    ])
}
