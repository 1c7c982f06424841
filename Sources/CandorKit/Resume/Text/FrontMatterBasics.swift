/// The contact fields a Markdown resume states in YAML front matter ("name:", "email:",
/// "phone:", "location:"): the owner's own words, so they win over what the header
/// lines are guessed to hold.
enum FrontMatterBasics {
  static func apply(_ fields: [String: String], to basics: inout Resume.Basics) {
    guard !fields.isEmpty else { return }
    if let name = value(fields, ["name", "full_name", "fullname", "full name"]),
      !DocumentTitle.isTitle(name)
    {
      basics.name = name
    }
    if let email = value(fields, ["email", "e-mail", "mail"]).flatMap(ContactPatterns.email) {
      basics.email = email
    }
    if let phone = value(fields, ["phone", "telephone", "mobile", "tel", "cell"]) {
      basics.phone = ContactPatterns.phone(in: phone) ?? phone
    }
    if let place = value(fields, ["location", "city", "address"]),
      let location = LocationParser.location(place)
    {
      basics.location = location
    }
    if let label = value(fields, ["headline", "label", "role", "position"]) {
      basics.label = label
    }
    if let url = value(fields, ["website", "url", "homepage", "site"]),
      ContactPatterns.profile(for: url) == nil
    {
      basics.url = url
    }
  }

  private static func value(_ fields: [String: String], _ keys: [String]) -> String? {
    for key in keys {
      if let value = fields[key]?.trimmingSpaces(), !value.isEmpty { return value }
    }
    return nil
  }
}
