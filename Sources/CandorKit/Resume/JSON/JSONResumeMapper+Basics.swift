extension JSONResumeMapper {
  static func basics(_ fields: inout JSONFields) -> Resume.Basics? {
    var basics = Resume.Basics()
    basics.name = fields.string("name")
    basics.label = fields.string("label", "title", "headline")
    basics.image = fields.string("image", "picture", "avatar", "photo")
    basics.email = fields.string("email")
    basics.phone = fields.string("phone")
    basics.url = fields.string("url", "website", "site", "homepage", "blog")
    basics.summary = fields.string("summary", "about", "bio", "objective")
    if let location = fields.object("location") {
      var nested = JSONFields(location, path: fields.fieldPath("location"))
      basics.location = Self.location(&nested)
      nested.noteUnknownKeys()
      for note in nested.notes { fields.note(note) }
    } else if let text = fields.string("location") {
      basics.location = LocationParser.location(text)
    }
    basics.profiles = profiles(&fields)
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
    return meta
  }
}
