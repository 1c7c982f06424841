/// Job-title nouns both readers know: a posting's title ("Claims Adjuster") and a resume's
/// role heading ("Lead Veterinary Technician") end or start with one. Each reader adds its
/// own words: ``PostingRoleWords/nouns`` accented forms it compares lowercased, and
/// ``RoleWords`` the accent-folded and resume-only words ("volunteer", "founder").
enum TitleNouns {
  /// Lowercased job-title nouns in plain ASCII letters (English and a few Spanish ones),
  /// so they read the same whether a reader folds accents or not.
  static let shared: Set<String> = [
    "engineer", "developer", "programmer", "architect", "designer", "manager", "director",
    "analyst", "accountant", "technician", "specialist", "coordinator", "consultant",
    "intern", "trainee", "apprentice", "administrator", "assistant", "associate", "officer",
    "head", "president", "vp", "ceo", "cto", "cfo", "coo", "owner", "partner", "teacher",
    "tutor", "instructor", "professor", "nurse", "trainer", "coach", "advisor", "adviser",
    "scientist", "researcher", "representative", "executive", "supervisor", "clerk", "agent",
    "lawyer", "attorney", "counsel", "paralegal", "auditor", "cashier", "salesperson",
    "recruiter", "writer", "editor", "tester", "sdet", "devops", "sre", "secretary",
    "receptionist",
    "bookkeeper", "controller", "buyer", "planner", "strategist", "marketer", "producer",
    "artist", "photographer", "journalist", "translator", "interpreter", "caregiver", "aide",
    "worker", "operator", "driver", "mechanic", "electrician", "chef", "cook", "pharmacist",
    "physician", "therapist", "dentist", "fellow", "lead", "principal", "handler", "picker",
    "packer", "merchandiser", "dispatcher", "estimator", "inspector", "teller", "reporter",
    "adjuster", "appraiser", "banker", "surveyor", "veterinarian", "groomer", "curator",
    "archivist", "correspondent", "guard", "underwriter", "librarian", "counselor",
    "counsellor", "paramedic", "technologist", "hygienist", "steward", "generalist",
    "sourcer", "copywriter", "illustrator", "animator", "ingeniero", "ingeniera",
    "desarrollador", "desarrolladora", "analista", "gerente", "jefe", "jefa", "practicante",
    "asistente", "coordinador", "coordinadora", "vendedor", "ejecutivo", "ejecutiva",
    "responsable", "ingenieur", "stagiaire", "welder", "machinist", "psychologist",
    // Trades and construction.
    "plumber", "carpenter", "pipefitter", "millwright", "roofer", "glazier", "ironworker",
    "boilermaker", "journeyman", "lineman", "lineworker", "laborer", "labourer", "foreman",
    "superintendent", "fabricator", "framer", "landscaper", "groundskeeper", "installer",
    "assembler", "insulator", "repairer", "tiler", "drywaller", "plasterer", "locksmith",
    "upholsterer", "rigger", "scaffolder", "finisher", "handyman", "tradesman", "craftsman",
    // Service, hospitality and care.
    "attendant", "barista", "bartender", "busser", "waiter", "waitress", "host", "hostess",
    "dishwasher", "sommelier", "caterer", "concierge", "housekeeper", "custodian", "janitor",
    "cleaner", "valet", "lifeguard", "nanny", "caretaker", "stylist", "cosmetologist",
    "esthetician", "stocker", "ambassador",
    // Health.
    "phlebotomist", "sonographer", "radiographer", "optician", "dietitian", "nutritionist",
    "midwife", "medic", "emt", "surgeon", "audiologist", "optometrist", "chaplain",
    // Transport and logistics.
    "broker", "courier", "chauffeur", "deckhand", "flagger", "conductor", "trucker",
    // Education, museums and libraries.
    "educator", "paraeducator", "paraprofessional", "lecturer", "docent", "registrar",
    "conservator", "preparator", "facilitator", "liaison", "navigator", "organizer",
    "investigator", "firefighter", "ranger",
  ]
}
