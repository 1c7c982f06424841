import Foundation

extension JSONResumeMapper {
  static func award(_ fields: inout JSONFields) -> Resume.Award? {
    var award = Resume.Award()
    award.title = tidy(fields.string("title", "name"))
    award.date = fields.date("date").iso
    award.awarder = tidy(fields.string("awarder", "issuer", "by"))
    award.summary = fields.string("summary", "description")
    // "Cisco Academy - May 2015": a date written into the awarder.
    if award.date == nil, let awarder = award.awarder, let (rest, date) = trailingDate(awarder) {
      award.awarder = rest
      award.date = date
    }
    return award
  }

  static func certificate(_ fields: inout JSONFields) -> Resume.Certificate? {
    var certificate = Resume.Certificate()
    certificate.name = tidy(fields.string("name", "title"))
    certificate.date = fields.date("date").iso
    certificate.url = fields.string("url", "website")
    certificate.issuer = tidy(fields.string("issuer", "authority", "organization", "awarder"))
    certificate.renewed = fields.flag("renewed")
    return certificate
  }

  static func publication(_ fields: inout JSONFields) -> Resume.Publication? {
    var publication = Resume.Publication()
    publication.name = tidy(fields.string("name", "title"))
    publication.publisher = fields.string("publisher")
    publication.releaseDate = fields.date("releaseDate", "date").iso
    publication.url = fields.string("url", "website")
    publication.summary = fields.string("summary", "description")
    return publication
  }

  static func skill(_ fields: inout JSONFields) -> Resume.Skill? {
    var skill = Resume.Skill()
    skill.name = tidy(fields.string("name", "skill"))
    skill.level = fields.string("level")
    skill.keywords = fields.strings("keywords", "skills", split: SummaryBullets.commaList)
    return skill.name == nil && skill.keywords == nil ? nil : skill
  }

  static func language(_ fields: inout JSONFields) -> Resume.Language? {
    var language = Resume.Language()
    language.language = tidy(fields.string("language", "name"))
    language.fluency = fields.string("fluency", "level", "proficiency")
    return language.language == nil ? nil : language
  }

  static func interest(_ fields: inout JSONFields) -> Resume.Interest? {
    var interest = Resume.Interest()
    interest.name = tidy(fields.string("name"))
    interest.keywords = fields.strings("keywords", split: SummaryBullets.commaList)
    return interest
  }

  static func reference(_ fields: inout JSONFields) -> Resume.Reference? {
    var reference = Resume.Reference()
    reference.name = fields.string("name")
    reference.reference = fields.string("reference")
    return reference
  }

  /// Splits "Cisco Network Academy - May 2015" into the text and the date's ISO form.
  private static func trailingDate(_ text: String) -> (String, String)? {
    guard let dash = text.range(of: " - ", options: .backwards),
      let date = DateParser.date(String(text[dash.upperBound...]))
    else { return nil }
    return (String(text[..<dash.lowerBound]), date.iso)
  }
}
