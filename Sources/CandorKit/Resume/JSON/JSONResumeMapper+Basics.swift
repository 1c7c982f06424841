extension JSONResumeMapper {
  static func basics(_ fields: inout JSONFields) -> Resume.Basics? {
    var basics = Resume.Basics()
    basics.name = personName(&fields)
    basics.label = fields.string("label", "title", "headline", "jobTitle", "position")
    basics.image = fields.string("image", "picture", "avatar", "photo")
    basics.email = fields.string("email", "emailAddress", "mail")
    basics.phone = fields.string("phone", "phoneNumber", "mobile", "telephone", "tel")
    basics.url = fields.string("url", "website", "site", "homepage", "blog")
    basics.summary = fields.string("summary", "about", "bio", "objective", "profile")
    var contact = Resume.Basics()
    if let object = fields.object("contact", "contacts", "contactInfo") {
      var nested = JSONFields(object, path: fields.fieldPath("contact"))
      contact = Self.contact(&nested)
      nested.noteUnknownKeys()
      for note in nested.notes { fields.note(note) }
    }
    if let location = fields.object("location") {
      var nested = JSONFields(location, path: fields.fieldPath("location"))
      basics.location = Self.location(&nested)
      nested.noteUnknownKeys()
      for note in nested.notes { fields.note(note) }
    } else if let text = fields.string("location", "locationName") {
      basics.location = LocationParser.location(text)
    }
    basics.profiles = profiles(&fields)
    basics.email = basics.email ?? contact.email
    basics.phone = basics.phone ?? contact.phone
    basics.url = basics.url ?? contact.url
    basics.location = basics.location ?? contact.location
    if let links = contact.profiles { basics.profiles = (basics.profiles ?? []) + links }
    return basics
  }

  /// Basics written at the top level of a foreign export ("fullName", "email", "contact"
  /// next to "jobs"); nil when there are none.
  static func rootBasics(_ fields: inout JSONFields) -> Resume.Basics? {
    let keys = [
      "name", "fullName", "firstName", "lastName", "email", "phone", "contact", "label",
      "headline", "summary", "location", "locationName", "url", "website", "profiles",
    ]
    guard keys.contains(where: fields.has) else { return nil }
    let basics = Self.basics(&fields)
    return basics == Resume.Basics() ? nil : basics
  }

  /// "name", "fullName", or "firstName" and "lastName" joined, or a name object with its
  /// own first and last names.
  private static func personName(_ fields: inout JSONFields) -> String? {
    if let parts = fields.object["name"] as? [String: Any] {
      var nested = JSONFields(parts, path: fields.fieldPath("name"))
      fields.ignore("name")
      let name = joinedName(&nested)
      nested.noteUnknownKeys()
      for note in nested.notes { fields.note(note) }
      return name
    }
    return fields.string("name", "fullName", "displayName") ?? joinedName(&fields)
  }

  private static func joinedName(_ fields: inout JSONFields) -> String? {
    let parts = [
      fields.string("firstName", "first", "givenName", "forename"),
      fields.string("middleName", "middle"),
      fields.string("lastName", "last", "familyName", "surname"),
    ].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }

  /// A "contact" object: email, phone, website, and links to profiles.
  private static func contact(_ fields: inout JSONFields) -> Resume.Basics {
    var basics = Resume.Basics()
    basics.email = fields.string("email", "emailAddress", "mail")
    basics.phone = fields.string("phone", "phoneNumber", "mobile", "telephone", "tel")
    basics.url = fields.string("url", "website", "site", "homepage", "blog")
    if let text = fields.string("location", "address", "city") {
      basics.location = LocationParser.location(text)
    }
    var profiles: [Resume.Profile] = []
    for network in ["LinkedIn", "GitHub", "Twitter"] {
      guard let url = fields.string(network.lowercased()) else { continue }
      var profile = Resume.Profile()
      profile.network = network
      profile.url = url
      profiles.append(profile)
    }
    basics.profiles = profiles.isEmpty ? nil : profiles
    return basics
  }

  private static func location(_ fields: inout JSONFields) -> Resume.Location? {
    var location = Resume.Location()
    location.address = fields.string("address", "street")
    location.postalCode = fields.string("postalCode", "zip", "zipCode", "postcode")
    location.city = fields.string("city")
    location.countryCode = fields.string("countryCode", "country")
    location.region = fields.string("region", "state", "province")
    // Older exports put "Austin, TX" in address; read it as the city it is.
    if location.city == nil, let address = location.address, !address.contains(where: \.isNumber),
      let parsed = LocationParser.location(address), parsed.city != nil, parsed.address == nil
    {
      location.city = parsed.city
      location.region = location.region ?? parsed.region
      location.countryCode = location.countryCode ?? parsed.countryCode
      location.address = nil
    }
    return location == Resume.Location() ? nil : location
  }

  private static func profiles(_ fields: inout JSONFields) -> [Resume.Profile]? {
    guard let (key, items) = fields.list("profiles", "social") else { return nil }
    var profiles: [Resume.Profile] = []
    for (offset, item) in items.enumerated() {
      guard let object = item as? [String: Any] else {
        fields.note("basics.\(key)[\(offset)]: expected an object; skipped")
        continue
      }
      var nested = JSONFields(object, path: "basics.\(key)[\(offset)]")
      var profile = Resume.Profile()
      profile.network = nested.string("network", "name")
      profile.username = nested.string("username", "user")
      profile.url = nested.string("url", "website")
      nested.noteUnknownKeys()
      for note in nested.notes { fields.note(note) }
      if profile != Resume.Profile() { profiles.append(profile) }
    }
    return profiles.isEmpty ? nil : profiles
  }

  static func meta(_ fields: inout JSONFields) -> Resume.Meta? {
    var meta = Resume.Meta()
    meta.canonical = fields.string("canonical")
    meta.version = fields.string("version")
    meta.lastModified = fields.string("lastModified")
    // Candor's own findings, written by `parse resume --format json`, are read afresh.
    fields.ignore("candor")
    return meta
  }
}
