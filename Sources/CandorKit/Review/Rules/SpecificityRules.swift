/// Rules about evidence: numbers, named tools and incidents instead of adjectives.
enum SpecificityRules {
  static let all: [Rule] = [
    vagueTechnology, unbackedSoftSkill, passion, selfPraise, vagueClaim, dutyLanguage,
    noQuantifiedAchievement, noNamedTechnology, vagueList,
  ]

  private static let techNouns =
    "technologies|technology|tools|languages|frameworks|libraries|platforms|databases|systems|"
    + "software|stacks|solutions|rdbmss|apis|tech|services|applications"

  /// Categories that name no tool even in pairs ("spreadsheets and databases"). "Services"
  /// and "APIs" pair only with databases: "RESTful services and APIs" names REST.
  private static let pairNouns =
    "databases|spreadsheets|software|systems|platforms|programs|applications|apps|tools|"
    + "computers"

  static let vagueTechnology = Rule(
    id: "vague-technology", title: "Vague, technology-free claim",
    summary: "A claim names a category of tools ('various technologies') instead of the tools.",
    rationale: """
      Applicant tracking systems match named tools, and readers discount categories: \
      "databases and APIs" could mean anything. Naming PostgreSQL and a REST API you designed \
      is both searchable and credible.
      """,
    category: .specificity, severity: .warning, scope: .sentence,
    fix: "name each tool or system you used and what you did with it, not 'various "
      + "systems'",
    check: .existence(
      Existence(
        [
          "various|several|multiple|many|numerous|different|diverse|modern|latest|emerging|new|"
            + "other|relevant|popular|related|associated|web|cloud ~1 \(techNouns)",
          "a|an wide? variety|range|number|host|array|mix of ~1 \(techNouns)",
          "all kinds|sorts|types of ~1 \(techNouns)",
          "databases and apis|services", "apis and databases",
          // "spreadsheets and databases", "software or systems": two categories, no tool.
          "\(pairNouns) and|or \(pairNouns)",
          // "the usual programs", "standard office tools", "common platforms".
          "usual|standard|common|typical|everyday|basic|general|mainstream|conventional "
            + "office|computer|business? \(techNouns)|programs|packages|suites|apps",
          "front end|frontend and back end|backend technologies|tools|frameworks",
          "programming|scripting languages",
          // "several communication protocols", "assorted lab equipment", "the standard
          // embedded toolchain", "real-time operating systems": kinds, not the ones used.
          "various|several|multiple|many|numerous|different|assorted communication|network|"
            + "networking|serial|wireless|industrial protocols",
          "assorted|miscellaneous|various|several lab|laboratory|test equipment|instruments",
          "usual|standard|typical|common embedded|development|build toolchain|toolchains",
          "real time operating systems",
          // "I am also good with technology", "skilled with computers": no tool named.
          "good|great|skilled|comfortable|handy|savvy|familiar|adept with|around computers|"
            + "computer|technology|tech|software|devices|apps",
          "computer|tech|technology literate|savvy", "technologically savvy|literate|adept",
        ], in: .body, excuse: .namedRightAfter,
        message: "name the technologies instead of '{match}'{in-clause}")),
    examples: [
      .triggers("I built services using ↓various technologies and shipped them weekly."),
      .triggers("I am comfortable with ↓databases and APIs."),
      .triggers("I have worked with ↓a wide range of tools and ↓programming languages."),
      .passes("I built services with several tools, such as PostgreSQL and Kubernetes."),
      .passes("I moved our reports from spreadsheets to PostgreSQL."),
      .triggers("I built ↓web services for the billing team."),
      .passes("I built SOAP web services for the billing team."),
      .triggers("I am also ↓good with technology."),
      .triggers("I am ↓skilled with computers and familiar with ↓various software."),
      .passes("I am comfortable with computers such as the Pyxis and Omnicell cabinets."),
      .triggers("I keep records in ↓spreadsheets and databases."),
      .triggers("I know the ↓usual programs and ↓various software."),
      .triggers("I am fluent in ↓standard office tools."),
      .triggers("I have shipped apps on ↓common platforms."),
      .passes("I keep records in Excel and SQL Server."),
      .passes("I follow standard operating procedures on every shift."),
      .passes("I use the standard office tools, such as Excel and Outlook, every day."),
      .triggers(
        "I have worked with ↓several communication protocols and ↓real-time operating systems."),
      .triggers("I know the ↓standard embedded toolchain and ↓assorted lab equipment."),
      .passes("I have shipped firmware on real-time operating systems such as FreeRTOS."),
      .passes("I follow unit protocols and keep the lab equipment clean."),
    ])

  private static let softSkills =
    "interpersonal|communication|organizational|organisational|leadership|people|teamwork|"
    + "collaboration|analytical|listening|presentation|multitasking|solving|management"
  /// "… are strong", "… are also very strong": a soft skill stated as a predicate.
  private static let strongly =
    "also? very|really|extremely|exceptionally|particularly? strong|excellent|great|"
    + "exceptional|outstanding|solid|superb|good|impeccable|top"

  static let unbackedSoftSkill = Rule(
    id: "unbacked-soft-skill", title: "Unbacked soft-skill claim",
    summary: "A soft skill is claimed with no concrete incident in its sentence or the next.",
    rationale: """
      Every applicant is a team player with excellent communication skills; the claim costs \
      words and proves nothing. An incident in the same sentence or the next, something you \
      did with a result (a number, a named project or tool, an outcome), turns the adjective \
      into evidence; "I know Python" or "databases and APIs" does not, nor does a number two \
      sentences away.
      """,
    category: .specificity, severity: .warning, scope: .paragraph,
    fix: "replace the claim with a short incident that shows it: what you did, for whom, and "
      + "the result, such as 'I trained 6 new colleagues in their first month'",
    check: .existence(
      Existence(
        [
          "team player|players",
          "excellent|strong|great|exceptional|outstanding|superb|effective|solid|good "
            + "interpersonal|communication|organizational|organisational|leadership|people|"
            + "teamwork|collaboration|analytical|listening|presentation|multitasking "
            + "skills|abilities?",
          "excellent|strong|great|exceptional|outstanding|effective|good communicator|"
            + "collaborator|leader|listener",
          "excellent|strong|great|exceptional|outstanding problem solving|solver skills?",
          "work|works|working|perform|performs|performing|thrive|thrives|thriving|calm|"
            + "composed|cool|resilient|remain|remains ~3 under pressure",
          "always|consistently ~2 meet|meets|met ~2 deadlines|deadline",
          "detail oriented", "attention to detail|details", "self starter|motivated",
          "hard working|worker", "hardworking", "go getter", "strong work ethic",
          "results driven|oriented", "people person", "team oriented",
          "highly|very|extremely|well|exceptionally organized|organised|reliable|dependable|"
            + "adaptable|flexible|proactive|diligent|meticulous",
          "communicate|communicating|communicates effectively|clearly|well",
          "ability to work|collaborate in|within|as|on? a? team|teams",
          "work|works|working well ~2 others|independently|teams|team",
          "\(softSkills) skills|abilities|ability is|are \(strongly)",
          "my communication|leadership|teamwork|collaboration|organization|organisation|"
            + "work ethic? is|are \(strongly)",
          "i am a? natural|born leader|communicator|collaborator|organizer|organiser",
          "i am very|highly|extremely|exceptionally|incredibly|really|also|always? organized|"
            + "organised|reliable|dependable|adaptable|proactive|diligent|meticulous|personable|"
            + "punctual|resourceful",
          // "I am honest, reliable, trustworthy and hardworking": traits a reader cannot check.
          "i am ~2 honest|trustworthy|loyal|patient|friendly|dependable|reliable|hardworking|"
            + "caring|compassionate|dedicated|motivated|energetic",
          "good|great|excellent|wonderful with people|customers|"
            + "clients|patients|children|kids|animals|patrons",
          "excellent|strong|great|exceptional|outstanding|superb|effective|solid|good customer|"
            + "client|guest|patient service|care|relations skills|abilities?",
          // "Expert in Splunk": expertise claimed, not shown.
          "^ expert|experts in|at|with", "i am an? ~1 expert in|at|with|on",
          // "known for being dependable", "calm when things get hectic", "I handle stress
          // well", "someone who never drops the ball": the same traits, reworded.
          "known|praised|valued for being? ~1 dependable|reliable|calm|organized|organised|"
            + "patient|thorough|punctual|flexible|adaptable|diligent|meticulous|careful|steady|"
            + "composed|resourceful|hardworking|approachable",
          "calm|composed|steady|unflappable when|under ~3 hectic|busy|stressful|chaotic|tense|"
            + "pressure|crazy",
          "handle|handles|manage|manages|cope|copes with? stress|pressure well|calmly|easily",
          "never drops|drop|dropped the ball", "fall|falls|slip|slips through the cracks",
        ], in: .body, excuse: .incidentInParagraph,
        message: "back '{match}'{in-clause} with an incident: something you did and its result")),
    examples: [
      .triggers("I am a ↓team player with ↓excellent communication skills."),
      .triggers("I ↓work well under pressure and ↓always meet deadlines."),
      .triggers("My projects taught me to ↓communicate effectively.\n\nI built a FIFO in 2021."),
      .passes("I am a team player: I paired with 3 new engineers and cut review time by 40%."),
      .passes("Strong communication skills helped me run the Kubernetes migration."),
      .triggers("I am a ↓team player. I have 3 cats."),
      .triggers("↓I am highly organized and ↓very reliable."),
      .triggers("I am a ↓team player and I know Python."),
      .triggers("I am a ↓people person and have worked with databases and APIs."),
      .triggers("My ↓attention to detail is strong.\n\nI cut invoice errors by 30%."),
      .passes("I have a strong work ethic. I rebuilt the Acme billing export in a weekend."),
      .passes("I am detail oriented: I shipped the refund flow two weeks early."),
      .triggers("My ↓leadership skills are strong. I have ↓strong communication skills."),
      .triggers("↓I am highly organised, and ↓my communication is excellent."),
      .triggers("↓I'm a natural leader, and my problem-↓solving skills are also very strong."),
      .passes("My leadership skills are strong: I led 4 engineers through 120 dbt migrations."),
      .triggers("↓I am honest, reliable and trustworthy. I am very ↓good with people."),
      .triggers("I have ↓strong customer service skills. I like our regulars."),
      .triggers("↓Expert in Splunk and Wireshark."),
      .triggers("↓I am an expert in Splunk. I like dashboards. I wrote 35 searches in 2024."),
      .passes("I am an expert in Splunk: I wrote 35 correlation searches in 2024."),
      .passes("I am very good with people. I trained 7 new cashiers on refunds."),
      .passes("I was honest with the client about the 3-week delay."),
      .passes("The people are great, the leadership is strong and the time is good."),
      .triggers("I am ↓known for being dependable and ↓calm when things get hectic."),
      .triggers("My colleagues would describe me as someone who ↓never drops the ball."),
      .triggers("I ↓handle stress well and have never missed a filing deadline."),
      .triggers("I ↓manage pressure calmly, and nothing ↓slips through the cracks."),
      .passes("I ran stress tests on the payments API and cut timeouts by 30%."),
      .passes("The ward was calm when the audit began."),
      .passes("I am detail-oriented: the 2023 audit closed with no adjustments."),
      .passes(
        "I work well under pressure; during the 2023 audit I turned around every schedule "
          + "request the same day."),
      .passes(
        "As a team player, I prepared every audit schedule our auditors asked for in 2023."),
      .triggers("I am a ↓team player. In 2023 I moved house."),
      .triggers("I have been a ↓team player since 2015."),
    ])

  static let passion = Rule(
    id: "passion-statement", title: "Passion statement or origin story",
    summary: "The letter declares passion or tells how long ago the interest began.",
    rationale: """
      "Passionate about technology" and "ever since I was a child" are the most common lines \
      in cover letters, so they carry no signal. What you built, shipped or maintain shows \
      the interest better than saying it.
      """,
    category: .specificity, severity: .warning, scope: .sentence,
    fix: "show the interest with something you did about it and its result, instead of "
      + "stating it",
    check: .existence(
      Existence(
        [
          "passionate about|for|in", "passion for|about|in", "my passion|passions",
          "i love|adore|enjoy coding|programming|solving|technology|tech|computers|learning|"
            + "problems",
          "love of|for coding|programming|technology|tech|computers",
          "since i was a? child|kid|young|teenager|boy|girl|little|#num",
          "ever since i", "from a young age", "from an early age",
          "since childhood|college|university",
          "i have always been fascinated|interested|passionate|drawn|obsessed|intrigued",
          "always dreamed|dreamt", "dream job|company|role",
          "lifelong|life long dream|passion|love",
          "fell in love with", "my true? love|fascination|obsession of|for|with",
          "true love of|for",
          // "I am passionate", "a passionate cook": passion declared without an object.
          "passionate",
          "i have? always loved|enjoyed|adored|liked",
          "since|in high|middle|grade|elementary|primary|secondary school",
          // "I have always wanted to work in banking", "dreamed of being a reporter".
          "i have? always wanted to work|be|become|join", "my true? calling",
          "dreamed|dreamt of being|becoming|working|joining",
        ], in: .body, message: "show '{clause}' through work you did instead of stating it")),
    examples: [
      .triggers("I am ↓passionate about clean code."),
      .triggers("↓Ever since I was a child, I wanted to build games."),
      .triggers("↓I love solving problems and this is my ↓dream job."),
      .triggers("↓I have always loved working with data."),
      .triggers("↓My love of numbers started in high school."),
      .passes("I maintain an open-source PostgreSQL extension used by 40 teams."),
      .passes("Customers love the booking flow I rebuilt."),
      .triggers("↓I have always wanted to work in banking."),
      .triggers("Reporting is ↓my calling, and I ↓dreamed of being a reporter."),
      .passes("I wanted to work on the night desk, so I asked for it in 2022."),
      .triggers("I am a ↓passionate line cook."),
      .triggers("↓My true love of food shows on every plate."),
      .passes("Guests who love food come back; 30% of covers were regulars."),
      .passes("I rebuilt the menu around what regulars ordered most."),
    ])

  static let vagueList = Rule(
    id: "vague-list", title: "List left open",
    summary: "A claim trails off with 'etc.' or 'and so on' instead of naming what it means.",
    rationale: """
      "Inventory, scheduling, etc." asks the reader to guess the rest, and a reader who \
      guesses assumes little. A short list of things you can show reads stronger than a long \
      one left open.
      """,
    category: .specificity, severity: .warning, scope: .sentence,
    fix: "name the items you mean, or end the list at the last one you can show",
    check: .existence(
      Existence(
        [
          "etc", "et cetera", "and so on|forth", "and the like", "and what not",
          "and whatnot", "and stuff", "and all that",
        ], in: .body, message: "name what '{match}' stands for, or end the list before it")),
    examples: [
      .triggers("I handled counts, displays, ↓etc. for the store."),
      .triggers("I ran inventory, scheduling ↓and so on."),
      .triggers("I cleaned, stocked shelves ↓and the like."),
      .passes("I handled counts, displays and the weekly schedule for the store."),
      .passes("I ran inventory so that scheduling could start on time."),
    ])

  static let selfPraise = Rule(
    id: "self-praise", title: "Unverifiable self-praise",
    summary: "The letter grades the candidate ('fast learner', 'perfect fit') instead of "
      + "showing evidence.",
    rationale: """
      Verdicts about yourself are the reader's to make. "Ideal candidate" invites doubt; a \
      result that matches the posting lets the reader reach the verdict on their own.
      """,
    category: .specificity, severity: .warning, scope: .sentence,
    fix: "replace the verdict with the evidence that earns it: 'I learned the new system in "
      + "two weeks and trained my team on it' instead of 'fast learner'",
    check: .existence(
      Existence(
        [
          "fast|quick|rapid|eager learner|learners", "learn|learns ~1 quickly|fast",
          "pick|picks up new? things|skills|technologies? quickly|fast",
          "perfect|ideal|excellent|great|strong|outstanding|exceptional|right|best|natural|"
            + "obvious|top|good|valuable|tremendous candidate|fit|match|choice|person|addition|"
            + "asset|hire",
          "proven track record", "track record of success", "second to none", "world class",
          "rock star|rockstar|ninja|guru|wizard",
          "highly|extremely|incredibly|very skilled|qualified|motivated|talented|accomplished",
          "uniquely|ideally|perfectly|exceptionally qualified|suited|positioned|equipped",
          "natural|born leader", "i excel", "insatiable curiosity", "unmatched",
          "seasoned|consummate ~2 professional|professionals|expert|practitioner|veteran",
          // "a unique skill set that would make me an asset", "a natural problem solver",
          // "exactly who you are looking for", "people tell me I'm a quick study".
          "unique|rare|exceptional|diverse skill|skills set|sets|skillset|blend|combination",
          "make|makes me an ~1 asset", "quick|fast study", "natural|born problem solver|solvers",
          "exactly|precisely|just who|what you are looking|searching for",
          "exactly|precisely the ~2 person|candidate|hire|fit you are looking|searching for",
          "people|colleagues|coworkers|friends|others|everyone|managers|supervisors|customers "
            + "would|often|always? tell|tells|told|say|says|said me that? i am|was",
          "people|colleagues|coworkers|friends|others|everyone|managers|supervisors|customers "
            + "would|often|always? describe|describes|described me as",
        ], in: .body, message: "let a result say '{match}'{in-clause}: cite what you did instead")),
    examples: [
      .triggers("I am a ↓fast learner and the ↓perfect fit for this role."),
      .triggers("I have a ↓proven track record and ↓I excel at design."),
      .triggers("That makes me an ↓ideal candidate."),
      .triggers("I am ↓uniquely qualified and ↓ideally suited for it."),
      .passes("I learned Kotlin in 3 weeks to ship the Android release."),
      .triggers("As a ↓seasoned cybersecurity professional, I triage alerts."),
      .passes("I ramped up on the billing code in two weeks and shipped refunds."),
      .triggers("I bring a ↓unique skill set that would ↓make me an asset to your firm."),
      .triggers("I pick up new software quickly and am a ↓natural problem solver."),
      .triggers("I truly think I am ↓exactly who you are looking for."),
      .triggers("↓People tell me I'm a quick study."),
      .triggers("I am a ↓quick study. My ↓colleagues often tell me I am calm."),
      .triggers("My ↓colleagues would describe me as calm."),
      .passes("I know what you are looking for in a migration: clean opening balances."),
      .passes("Managers told me to cut the backlog, and I cut it by half in 2023."),
      .passes("Clients tell me which reports they need, and I build them in Power BI."),
    ])

  static let noQuantifiedAchievement = Rule(
    id: "no-quantified-achievement", title: "No quantified achievement",
    summary: "No sentence of the body measures a result with a number.",
    rationale: """
      Numbers are what readers remember and what makes a claim checkable: "cut month-end \
      close from 6 days to 2" beats "improved processes". Years of experience do not count: \
      they measure time spent, not results.
      """,
    category: .specificity, severity: .warning, scope: .letter,
    fix: "add one measured result: a percentage, a count, money or time saved, such as 'cut "
      + "waiting times from 6 days to 2'",
    check: .code(QuantifiedAchievementCheck()),
    examples: [
      .triggers("↓I have 8 years of experience building services.\n\nI care about reliability."),
      .triggers("Dear Ann,\n\n↓I improved our processes a lot."),
      .passes("I cut p95 latency from 900 ms to 180 ms."),
      .passes("I led 12 engineers through the migration."),
      .passes("I run the close for three entities, and I cut it from nine days to five."),
      .passes("I cut returns by twenty-five percent."),
      .triggers("↓I worked from nine to five at the depot, two office days a week."),
    ])

  static let noNamedTechnology = Rule(
    id: "no-named-technology", title: "No named technology",
    summary: "A letter for a technical role never names a technology or tool.",
    rationale: """
      For technical roles, named tools are what screens and readers look for first. A letter \
      with none cannot show the stack you know.
      """,
    category: .specificity, severity: .warning, scope: .letter,
    fix: "name the two or three tools the posting asks for that you have used, each with what "
      + "you did with it",
    check: .code(NamedTechnologyCheck()),
    examples: [
      .triggers("↓I am a software engineer who builds reliable backend services."),
      .triggers("Dear Dana,\n\n↓I build reliable services for clinics.", job: ExampleInputs.job),
      .passes("I am a software engineer who rebuilt the billing service in Python."),
      .passes("I am a nurse with a calm bedside manner."),
      .triggers("↓I am a civil engineer whose engineering work serves county roads."),
      .passes("I am a civil engineer whose engineering work runs on Civil 3D and HEC-RAS."),
      .passes("I am a data engineer who models warehouse tables in dbt and pandas."),
    ])
}
