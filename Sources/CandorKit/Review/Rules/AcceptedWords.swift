/// Words of modern work that general dictionaries lack; spelling accepts them.
///
/// Lexicon terms, capitalised names and acronyms are accepted without being listed here.
enum AcceptedWords {
  static let all: Set<String> = [
    "agentic", "architected", "architecting", "autoscale", "autoscaling", "barcode", "barcodes",
    "rollout", "rollouts", "backend", "backends",
    "backpropagation", "bootcamp", "bootcamps", "cacheing", "chatbot", "chatbots", "cheatsheet",
    "codebase", "codebases", "cofounded", "cofounder", "containerised", "crossfunctional",
    "cybersecurity", "datastore", "debuggability", "deprioritize", "devops", "devsecops",
    "dockerized", "ecommerce", "edtech", "elearning", "failover", "finetune", "finetuned",
    "fintech", "frontend", "frontends", "fullstack", "geospatial", "hackathon", "hackathons",
    "healthtech", "hyperparameter", "hyperparameters", "hyperscale", "hyperscaler", "kanban",
    "linters", "mentee", "mentees", "microservice", "microservices", "middleware", "monorepo",
    "monorepos", "multicloud", "multimodal", "multitenant", "offboarding", "omnichannel",
    "onboarded", "onboarding", "opensource", "performant", "pretrained", "preprocessing",
    "repo", "repos", "reskilling", "reusability", "roadmap", "roadmapping", "roadmaps",
    "runbook", "runbooks", "serverless", "signup", "signups", "standup", "standups", "sublayer",
    "subnet", "subnets", "telecom", "telehealth", "telemedicine", "timebox", "timeboxed",
    "tokenization", "tokenizer", "toolchain", "toolchains", "toolset", "toolsets", "unmerged",
    "upsell", "upselling", "upskill", "upskilled", "upskilling", "uptime", "virtualized",
    "walkthrough", "walkthroughs", "wearables", "webhook", "webhooks", "wifi", "resumé",
    "résumé", "résumés",
    // Words of nursing, teaching and the trades that dictionaries lack.
    "precepted", "precepting", "preceptee", "preceptees", "scaffolded", "megger", "meggered",
    "meggering", "meggers",
  ]

  /// US spellings a British or Commonwealth spelling may stand for: "organise" → "organize",
  /// "colour" → "color", "travelled" → "traveled", "centre" → "center", "licence" → "license",
  /// "programme" → "program", "judgement" → "judgment", "enrolment" → "enrollment",
  /// "cheque" → "check".
  static func americanForms(of word: String) -> [String] {
    let rules: [(String, String)] = [
      ("is", "iz"), ("ys", "yz"), ("our", "or"), ("tre", "ter"), ("lled", "led"),
      ("lling", "ling"), ("ence", "ense"), ("ogue", "og"), ("ae", "e"), ("oe", "e"),
      ("amme", "am"), ("dgement", "dgment"), ("practis", "practic"), ("enrol", "enroll"),
      ("fulfil", "fulfill"), ("skilful", "skillful"), ("geing", "ging"), ("eque", "eck"),
    ]
    return rules.compactMap { british, american in
      guard word.contains(british) else { return nil }
      return word.replacingOccurrences(of: british, with: american)
    }
  }
}
