extension OutlineWriter {
  mutating func basics(_ basics: Resume.Basics?) {
    guard let basics else { return }
    line(1, "basics")
    let fields: [(String, String?)] = [
      ("name", basics.name), ("label", basics.label), ("email", basics.email),
      ("phone", basics.phone), ("url", basics.url), ("image", basics.image),
      ("location", basics.location.map(Self.place)), ("summary", basics.summary),
    ]
    for (label, value) in fields {
      if let value { line(2, "\(label): \(value)") }
    }
    for profile in basics.profiles ?? [] {
      let parts = [profile.network, profile.username, profile.url].compactMap { $0 }
      line(2, "profile: " + parts.joined(separator: " · "))
    }
  }

  mutating func skills(_ skills: [Resume.Skill]) {
    guard !skills.isEmpty else { return }
    line(1, "skills (\(skills.count))")
    for skill in skills {
      var text = skill.name ?? "—"
      if let level = skill.level, !level.isEmpty { text += " [\(level)]" }
      if let keywords = skill.keywords, !keywords.isEmpty {
        text += ": " + keywords.joined(separator: ", ")
      }
      line(2, text)
    }
  }

  mutating func lists(_ resume: Resume) {
    section("certificates", resume.certificates) { out, item in
      out.entry([("name", item.name), ("issuer", item.issuer), ("date", item.date)])
    }
    section("awards", resume.awards) { out, item in
      out.entry(
        [
          ("title", item.title), ("awarder", item.awarder), ("date", item.date),
          ("summary", item.summary),
        ])
    }
    section("publications", resume.publications) { out, item in
      out.entry(
        [
          ("name", item.name), ("publisher", item.publisher), ("date", item.releaseDate),
          ("summary", item.summary),
        ])
    }
    if !resume.languages.isEmpty {
      let names = resume.languages.map { language in
        (language.language ?? "—") + (language.fluency.map { " (\($0))" } ?? "")
      }
      line(1, "languages: " + names.joined(separator: ", "))
    }
    if !resume.interests.isEmpty {
      let names = resume.interests.map { interest in
        (interest.name ?? "—")
          + (interest.keywords.map { " (\($0.joined(separator: ", ")))" } ?? "")
      }
      line(1, "interests: " + names.joined(separator: ", "))
    }
    section("references", resume.references) { out, item in
      out.entry([("name", item.name), ("reference", item.reference)])
    }
  }

  /// "2712 Broadway St, San Francisco, California, CA 94115, US".
  static func place(_ location: Resume.Location) -> String {
    [location.address, location.city, location.region, location.postalCode, location.countryCode]
      .compactMap { $0 }.joined(separator: ", ")
  }
}
