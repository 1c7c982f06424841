/// A line of a posting's substance with how much the terms on it count.
struct KeywordLine: Sendable {
  var text: String
  /// The 1-based source line.
  var line: Int
  var section: PostingSectionKind
  /// The tier its requirement carries, or `.other` for lines that state none.
  var tier: Tier
  /// The place of the line among the posting's content lines, from 0.
  var order: Int
  /// How much a term on this line counts, 0…1, from its tier or section.
  var weight: Double

  var isRequirement: Bool { tier != .other }

  /// The content lines of `posting`, without headings, header fields, benefits, legal text
  /// and application instructions.
  static func lines(of posting: JobPosting) -> [KeywordLine] {
    // The tiers `parse job` gives, so a line split into requirements ("Experience with a
    // SIEM (Splunk preferred)") or read with its label ("Required: …") keeps its tier.
    let tiers = RequirementTiers(posting.requirements)
    var result: [KeywordLine] = []
    // FIXME: a posting with header fields is classified again (8 % of extraction), and its
    // sections differ from the reader's; the two should agree.
    let sections =
      posting.reading.sections(of: posting.lines) ?? SectionClassifier.classify(posting.lines)
    for item in sections
    where (!item.isHeading || isAreaHeading(item)) && !item.line.isBlank
      && !skipped.contains(item.section) && !isHeaderField(item.text)
    {
      let tier = tiers.tier(of: item)
      result.append(
        KeywordLine(
          text: item.text, line: item.line.line, section: item.section, tier: tier,
          order: result.count, weight: weight(tier: tier, section: item.section)))
    }
    return result
  }

  /// "Talent Acquisition:" over a list of duties: the area it names is a keyword too.
  private static func isAreaHeading(_ item: SectionedLine) -> Bool {
    [.responsibilities, .requirements, .preferred].contains(item.section)
      && SectionClassifier.isSubheading(item.text)
  }

  /// "Industry: Insurance": a header field, not content. The colon test first, since most
  /// lines have none and the full check is a regular expression.
  private static func isHeaderField(_ text: String) -> Bool {
    text.utf8.prefix(40).contains(UInt8(ascii: ":")) && HeaderFields.labelled(text) != nil
  }

  private static let skipped: Set<PostingSectionKind> = [.legal, .benefits, .apply]

  /// Requirements count most, then duties, then the role's description; lines about the
  /// company count least.
  static func weight(tier: Tier, section: PostingSectionKind) -> Double {
    switch tier {
    case .required: return 1
    case .preferred: return 0.7
    case .other: break
    }
    switch section {
    case .requirements, .preferred, .stack: return 0.7
    case .responsibilities: return 0.55
    case .role, .intro, .conditions: return 0.45
    case .other: return 0.35
    case .about: return 0.1
    case .benefits, .apply, .legal: return 0
    }
  }
}
