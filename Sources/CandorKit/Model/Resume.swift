/// A resume in the JSON Resume v1.0.0 model (https://jsonresume.org/schema).
///
/// Dates are ISO 8601 strings of year, year-month or full date ("2020", "2020-03").
/// Readers fill this from any supported format; sections left empty are not encoded.
public struct Resume: Sendable, Codable, Equatable {
  public var basics: Basics?
  public var work: [Work] = []
  public var volunteer: [Volunteer] = []
  public var education: [Education] = []
  public var awards: [Award] = []
  public var certificates: [Certificate] = []
  public var publications: [Publication] = []
  public var skills: [Skill] = []
  public var languages: [Language] = []
  public var interests: [Interest] = []
  public var references: [Reference] = []
  public var projects: [Project] = []
  public var meta: Meta?

  public init() {}

  public struct Basics: Sendable, Codable, Equatable {
    public var name: String?
    public var label: String?
    public var image: String?
    public var email: String?
    public var phone: String?
    public var url: String?
    public var summary: String?
    public var location: Location?
    public var profiles: [Profile]?
    public init() {}
  }

  public struct Location: Sendable, Codable, Equatable {
    public var address: String?
    public var postalCode: String?
    public var city: String?
    public var countryCode: String?
    public var region: String?
    public init() {}
  }

  public struct Profile: Sendable, Codable, Equatable {
    public var network: String?
    public var username: String?
    public var url: String?
    public init() {}
  }

  public struct Work: Sendable, Codable, Equatable {
    /// The employer.
    public var name: String?
    public var location: String?
    public var description: String?
    /// The job title.
    public var position: String?
    public var url: String?
    public var startDate: String?
    public var endDate: String?
    public var summary: String?
    public var highlights: [String]?
    public init() {}
  }

  public struct Volunteer: Sendable, Codable, Equatable {
    public var organization: String?
    public var position: String?
    public var url: String?
    public var startDate: String?
    public var endDate: String?
    public var summary: String?
    public var highlights: [String]?
    public init() {}
  }

  public struct Education: Sendable, Codable, Equatable {
    public var institution: String?
    public var url: String?
    public var area: String?
    public var studyType: String?
    public var startDate: String?
    public var endDate: String?
    public var score: String?
    public var courses: [String]?
    /// The school's town as the resume writes it ("Olympia, WA"). JSON Resume 1.0 has no
    /// such field but allows extra ones; Candor keeps it so no line of the resume is lost.
    public var location: String?
    /// A minor beside the degree's field ("Secondary Education"), kept as an extra field
    /// like `location`.
    public var minor: String?
    /// The year of a programme the person is still in ("Second year"), kept as an extra
    /// field like `location`: JSON Resume has none for a year of study.
    public var yearOfStudy: String?
    public init() {}
  }

  public struct Award: Sendable, Codable, Equatable {
    public var title: String?
    public var date: String?
    public var awarder: String?
    public var summary: String?
    public init() {}
  }

  public struct Certificate: Sendable, Codable, Equatable {
    public var name: String?
    public var date: String?
    public var url: String?
    public var issuer: String?
    /// True when the date is when the credential was last renewed ("BLS, renewed 2024"),
    /// not when it was first earned; kept as an extra field like `Education.location`.
    public var renewed: Bool?
    public init() {}
  }

  public struct Publication: Sendable, Codable, Equatable {
    public var name: String?
    public var publisher: String?
    public var releaseDate: String?
    public var url: String?
    public var summary: String?
    public init() {}
  }

  public struct Skill: Sendable, Codable, Equatable {
    public var name: String?
    public var level: String?
    public var keywords: [String]?
    public init() {}
  }

  public struct Language: Sendable, Codable, Equatable {
    public var language: String?
    public var fluency: String?
    public init() {}
  }

  public struct Interest: Sendable, Codable, Equatable {
    public var name: String?
    public var keywords: [String]?
    public init() {}
  }

  public struct Reference: Sendable, Codable, Equatable {
    public var name: String?
    public var reference: String?
    public init() {}
  }

  public struct Project: Sendable, Codable, Equatable {
    public var name: String?
    public var description: String?
    public var highlights: [String]?
    public var keywords: [String]?
    public var startDate: String?
    public var endDate: String?
    public var url: String?
    public var roles: [String]?
    public var entity: String?
    public var type: String?
    public init() {}
  }

  public struct Meta: Sendable, Codable, Equatable {
    public var canonical: String?
    public var version: String?
    public var lastModified: String?
    /// What Candor read from the resume (``ResumeFindings``), when it writes the resume out.
    public var candor: ResumeFindings?
    public init() {}
  }
}

extension Resume {
  private enum CodingKeys: String, CodingKey {
    case basics, work, volunteer, education, awards, certificates, publications, skills
    case languages, interests, references, projects, meta
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    basics = try container.decodeIfPresent(Basics.self, forKey: .basics)
    work = try container.decodeIfPresent([Work].self, forKey: .work) ?? []
    volunteer = try container.decodeIfPresent([Volunteer].self, forKey: .volunteer) ?? []
    education = try container.decodeIfPresent([Education].self, forKey: .education) ?? []
    awards = try container.decodeIfPresent([Award].self, forKey: .awards) ?? []
    certificates = try container.decodeIfPresent([Certificate].self, forKey: .certificates) ?? []
    publications = try container.decodeIfPresent([Publication].self, forKey: .publications) ?? []
    skills = try container.decodeIfPresent([Skill].self, forKey: .skills) ?? []
    languages = try container.decodeIfPresent([Language].self, forKey: .languages) ?? []
    interests = try container.decodeIfPresent([Interest].self, forKey: .interests) ?? []
    references = try container.decodeIfPresent([Reference].self, forKey: .references) ?? []
    projects = try container.decodeIfPresent([Project].self, forKey: .projects) ?? []
    meta = try container.decodeIfPresent(Meta.self, forKey: .meta)
  }

  /// Encodes only the sections that have content, in JSON Resume's order.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(basics, forKey: .basics)
    try container.encodeUnlessEmpty(work, forKey: .work)
    try container.encodeUnlessEmpty(volunteer, forKey: .volunteer)
    try container.encodeUnlessEmpty(education, forKey: .education)
    try container.encodeUnlessEmpty(awards, forKey: .awards)
    try container.encodeUnlessEmpty(certificates, forKey: .certificates)
    try container.encodeUnlessEmpty(publications, forKey: .publications)
    try container.encodeUnlessEmpty(skills, forKey: .skills)
    try container.encodeUnlessEmpty(languages, forKey: .languages)
    try container.encodeUnlessEmpty(interests, forKey: .interests)
    try container.encodeUnlessEmpty(references, forKey: .references)
    try container.encodeUnlessEmpty(projects, forKey: .projects)
    try container.encodeIfPresent(meta, forKey: .meta)
  }
}

extension KeyedEncodingContainer {
  mutating func encodeUnlessEmpty<T: Encodable>(_ value: [T], forKey key: Key) throws {
    if !value.isEmpty { try encode(value, forKey: key) }
  }
}
