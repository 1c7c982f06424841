/// Everything Candor understands about one job posting.
public struct JobPosting: Sendable, Codable, Equatable {
  public var title: String?
  /// The department or line of business said after the title ("Property" in "Claims
  /// Adjuster II - Property"), which no letter names as part of the title.
  public var department: String?
  public var company: String?
  /// A named person to address the letter to.
  public var recipient: Contact?
  /// A group the posting asks letters to be addressed to ("Hiring Committee") when it names
  /// no person.
  public var addressee: PostingLine?
  public var location: String?
  public var salary: Salary?
  /// ISO 639-1 code of the posting's language ("en", "es", "de", …).
  public var language: String
  public var level: ExperienceLevel?
  public var requirements: [Requirement]
  public var responsibilities: [PostingLine]
  public var skills: [SkillMention]
  public var scaleFigures: [ScaleFigure]
  public var hooks: [CompanyHook]
  /// What the reader noticed and set aside ("a second posting starts at line 80").
  public var notes: [String]
  /// The cleaned lines of the main posting, for quoting and line references.
  public var lines: [TextLine]
  /// The reader's sections and lexicon scan, reused by keyword extraction; empty for a
  /// posting made or decoded elsewhere.
  var reading = PostingReading()

  private enum CodingKeys: String, CodingKey {
    case title, department, company, recipient, addressee, location, salary, language, level
    case requirements
    case responsibilities, skills, scaleFigures, hooks, notes, lines
  }

  public init(
    title: String? = nil, company: String? = nil, recipient: Contact? = nil,
    location: String? = nil, salary: Salary? = nil, language: String = "en",
    level: ExperienceLevel? = nil, requirements: [Requirement] = [],
    responsibilities: [PostingLine] = [], skills: [SkillMention] = [],
    scaleFigures: [ScaleFigure] = [], hooks: [CompanyHook] = [], notes: [String] = [],
    lines: [TextLine] = [], department: String? = nil
  ) {
    self.title = title
    self.department = department
    self.company = company
    self.recipient = recipient
    self.location = location
    self.salary = salary
    self.language = language
    self.level = level
    self.requirements = requirements
    self.responsibilities = responsibilities
    self.skills = skills
    self.scaleFigures = scaleFigures
    self.hooks = hooks
    self.notes = notes
    self.lines = lines
  }
}

/// A person named in a posting as the contact, hiring manager or recruiter.
public struct Contact: Sendable, Codable, Equatable {
  public var name: String
  public var email: String?
  /// How the posting names them: "contact", "hiring manager", "recruiter", "reports to"…
  public var role: String?
  public var line: Int?
  /// The honorific or title of address the posting writes before the name, as written
  /// ("Dr.", "Ms", "Principal"); nil when it writes none, so none may be guessed.
  public var honorific: String?

  public init(
    name: String, email: String? = nil, role: String? = nil, line: Int? = nil,
    honorific: String? = nil
  ) {
    self.name = name
    self.email = email
    self.role = role
    self.line = line
    self.honorific = honorific
  }
}

/// A pay range as the posting states it.
public struct Salary: Sendable, Codable, Equatable {
  public enum Period: String, Sendable, Codable {
    case hour, day, week, month, year
  }

  public var text: String
  public var minimum: Double?
  public var maximum: Double?
  /// ISO 4217 code when the symbol or words say ("USD", "EUR", "GBP").
  public var currency: String?
  public var period: Period?
  /// The piece of work paid for when the pay is not by time ("word", "class", "session");
  /// the period is then nil.
  public var unit: String?

  public init(
    text: String, minimum: Double? = nil, maximum: Double? = nil, currency: String? = nil,
    period: Period? = nil, unit: String? = nil
  ) {
    self.text = text
    self.minimum = minimum
    self.maximum = maximum
    self.currency = currency
    self.period = period
    self.unit = unit
  }
}

/// One requirement line of a posting.
public struct Requirement: Sendable, Codable, Equatable {
  public var text: String
  public var tier: Tier
  /// Canonical skill terms the line names.
  public var skills: [String]
  /// Years of experience asked for, when stated ("5+ years").
  public var years: Double?
  /// How strongly the posting stresses it, 0…1 (cue words, position, repetition).
  public var emphasis: Double
  public var line: Int

  public init(
    text: String, tier: Tier, skills: [String] = [], years: Double? = nil,
    emphasis: Double = 0.5, line: Int
  ) {
    self.text = text
    self.tier = tier
    self.skills = skills
    self.years = years
    self.emphasis = emphasis
    self.line = line
  }
}

/// A line of the posting quoted with its position.
public struct PostingLine: Sendable, Codable, Equatable {
  public var text: String
  public var line: Int

  public init(text: String, line: Int) {
    self.text = text
    self.line = line
  }
}

/// A number describing the company's or role's scale ("500K daily users").
public struct ScaleFigure: Sendable, Codable, Equatable {
  public var quantity: Quantity
  /// The noun the posting counts ("clinics" in "140 community clinics", "patients" in "36
  /// adult patients", whose measure is users); nil when none follows the number.
  public var noun: String?
  /// The sentence it appears in.
  public var sentence: String
  public var line: Int

  public init(quantity: Quantity, noun: String? = nil, sentence: String, line: Int) {
    self.quantity = quantity
    self.noun = noun
    self.sentence = sentence
    self.line = line
  }

  /// What the figure measures, as the posting words it: its noun, else the measure's name.
  public var measures: String {
    noun ?? quantity.measure.rawValue
  }
}

/// A company-specific sentence a letter can open on.
public struct CompanyHook: Sendable, Codable, Equatable {
  public enum Kind: String, Sendable, Codable {
    case product, mission, initiative, growth, scale, culture
  }

  public var text: String
  public var kind: Kind
  public var line: Int

  public init(text: String, kind: Kind, line: Int) {
    self.text = text
    self.kind = kind
    self.line = line
  }
}

/// Career stage, used to infer emphasis in letters.
public enum ExperienceLevel: String, Sendable, Codable, CaseIterable {
  case entry, mid, senior, lead
}

extension JobPosting {
  /// How the posting itself spells a canonical skill term ("Kafka" for "Apache Kafka").
  public func spelling(of term: String) -> String {
    skills.first { $0.term == term }?.spelling ?? term
  }
}

/// "Northwind Logistics" → "Northwind Logistics'", "Acme" → "Acme's".
func possessive(_ name: String) -> String {
  name.hasSuffix("s") ? name + "'" : name + "'s"
}
