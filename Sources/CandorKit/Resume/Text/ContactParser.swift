import Foundation

/// Reads a text resume's header — the lines before the first heading — into
/// ``Resume/Basics``: name, label, email, phone, web site, location and profiles.
struct ContactParser {
  private(set) var basics = Resume.Basics()
  /// Longer header lines that read as an introduction, for when no summary section exists.
  private(set) var introduction: [String] = []
  /// The name as the header writes it, in the pieces it was found in: no skill is read there.
  private(set) var nameTexts: [String] = []
  private var profiles: [Resume.Profile] = []
  private var pendingAddress: String?
  private var lastURL: (index: Int, text: String)?
  private var hasLabelledTitle = false
  /// The source line the introduction's last part came from.
  private var introductionLine: Int?

  /// Reads the header lines; `links` are link targets the text no longer shows, such
  /// as Markdown's "[Name](https://site)".
  static func read(_ lines: [ResumeLine], links: [String] = []) -> ContactParser {
    var parser = ContactParser()
    let content = lines.filter { !$0.isBlank }
    let (name, used) = NameFinder.find(in: content)
    parser.basics.name = name
    parser.nameTexts = used.map { NameFinder.unglued(NameFinder.withoutCredentials($0)) }
    for (index, line) in content.enumerated() {
      let pieces = HeaderPieces.split(line.text).filter { !used.contains($0) }
      parser.read(pieces, index: index, line: line)
    }
    for link in links where !link.lowercased().hasPrefix("mailto:") {
      parser.addLink(link)
    }
    parser.finish()
    return parser
  }

  private static let schemeAndWWW = Pattern(#"^https?://(www\.)?"#, caseSensitive: true)
  private static let pathPiece = Pattern(#"^[a-z0-9\-_.]+/?$"#, caseSensitive: true)

  private mutating func addLink(_ url: String) {
    let host = { (text: String) in
      Self.schemeAndWWW.replacing(in: text.lowercased(), with: "")
        .trimming(charactersIn: "/")
    }
    let known = profiles.compactMap(\.url) + [basics.url].compactMap { $0 }
    guard !known.contains(where: { host($0) == host(url) }) else { return }
    if let profile = ContactPatterns.profile(for: url) {
      if !profiles.contains(where: { $0.network == profile.network }) { profiles.append(profile) }
    } else if basics.url == nil {
      basics.url = url
    }
  }

  private mutating func read(_ pieces: [String], index: Int, line: ResumeLine) {
    if continuesIntroduction(line) {
      introduction[introduction.count - 1] += " " + line.text
      introductionLine = line.line
      return
    }
    var unread: [String] = []
    for piece in pieces where !read(piece, index: index) {
      if basics.label == nil, index <= 5, isLabel(piece) {
        basics.label = piece
      } else {
        unread.append(piece)
      }
    }
    let rest = unread.joined(separator: " ")
    if rest.split(separator: " ").count >= 8, Self.readsAsProse(rest) {
      introduction.append(rest)
      introductionLine = line.line
    }
  }

  /// "…now moving into" / "project coordination.": the introduction wrapped onto this line.
  /// A line of contact details ("amara@lab.edu | ORCID …") never continues it.
  private func continuesIntroduction(_ line: ResumeLine) -> Bool {
    guard let last = introduction.last, introductionLine == line.line - 1,
      !LineShape.endsSentence(last), let first = line.text.first,
      !Self.contactMarks.matches(line.text)
    else { return false }
    return first.isLowercase || last.hasSuffix(",") || LineShape.endsOnJoiner(last)
  }

  private static let contactMarks = PhraseSet(["@", "http", "www.", "orcid", "|"])

  /// True when `text` reads as sentences about the person, not as a name of a place or an
  /// institution ("Department of Cell Biology, Kestrel Institute of Technology", a street
  /// address): at least three lowercase words besides "of", "and" and their like.
  private static func readsAsProse(_ text: String) -> Bool {
    var count = 0
    for word in text.split(separator: " ")
    where word.first?.isLowercase == true && !nameLinks.contains(String(word)) {
      count += 1
      if count >= 3 { return true }
    }
    return false
  }

  /// Lowercase words inside the names of institutions and places.
  private static let nameLinks: Set<String> = [
    "of", "and", "&", "the", "for", "at", "de", "del", "la", "y", "für",
  ]

  /// "Senior Python Developer", "UX Designer": a short line naming what the person does;
  /// a LinkedIn headline names the employer after it ("Payroll Clerk at Acme Mills").
  private func isLabel(_ text: String) -> Bool {
    if let at = text.byteRange(of: " at "), isLabel(String(text[..<at.lowerBound])) {
      return true
    }
    let words = text.split(separator: " ").count
    return words <= 10 && (RoleWords.isTitle(text) || words <= 6) && RoleWords.hasTitleWord(text)
      && !text.hasSuffix(".")
  }

  /// Reads one piece; true when it was a contact item.
  private mutating func read(_ piece: String, index: Int) -> Bool {
    if let (label, value) = HeaderPieces.labelled(piece) {
      return read(value, labelled: label, index: index)
    }
    if joinsBrokenURL(piece, index: index) { return true }
    if basics.email == nil, let email = ContactPatterns.email(in: piece) {
      basics.email = email
      return true
    }
    if let url = ContactPatterns.url(in: piece) {
      add(url: url, index: index)
      return true
    }
    if basics.phone == nil, let phone = ContactPatterns.phone(in: piece) {
      basics.phone = phone
      return true
    }
    return readPlace(piece)
  }

  private mutating func read(_ value: String, labelled label: String, index: Int) -> Bool {
    let folded = label.lowercased()
    if ["designation", "current designation", "headline", "title", "profile title"]
      .contains(folded)
    {
      if !hasLabelledTitle { basics.label = value }
      hasLabelledTitle = true
      return true
    }
    if ["location", "current location", "address", "city", "dirección", "direccion", "ciudad"]
      .contains(folded)
    {
      basics.location = basics.location ?? LocationParser.location(value)
      return true
    }
    if let network = ContactPatterns.network(named: label), ContactPatterns.url(in: value) == nil,
      !value.contains(" "), value.lowercased() != "link"
    {
      var profile = Resume.Profile()
      profile.network = network
      profile.username = value
      profiles.append(profile)
      return true
    }
    // "Portfolio: https://…": the person's work samples, kept apart from a plain web site so
    // a letter can point a posting that asks for a portfolio to it.
    if ["portfolio", "online portfolio", "work samples"].contains(folded),
      let url = ContactPatterns.url(in: value)
    {
      var profile = Resume.Profile()
      profile.network = "Portfolio"
      profile.url = url
      profiles.append(profile)
      return true
    }
    _ = read(value, index: index)
    return true
  }

  private mutating func add(url: String, index: Int) {
    lastURL = (index, url)
    if let profile = ContactPatterns.profile(for: url) {
      profiles.append(profile)
    } else if basics.url == nil {
      basics.url = url
    }
  }

  /// "https://www.linkedin.com/in/diegoq" then "uispe/" on the next line.
  private mutating func joinsBrokenURL(_ piece: String, index: Int) -> Bool {
    guard let (previous, url) = lastURL, previous == index - 1, !url.hasSuffix("/"),
      Self.pathPiece.matches(piece)
    else { return false }
    let joined = url + piece
    if let profile = ContactPatterns.profile(for: url), let last = profiles.indices.last,
      profiles[last] == profile, let fixed = ContactPatterns.profile(for: joined)
    {
      profiles[last] = fixed
    } else if basics.url == url {
      basics.url = joined
    }
    lastURL = nil
    return true
  }

  private mutating func readPlace(_ piece: String) -> Bool {
    let pieces = piece.split(separator: ",").map { $0.trimmingSpaces() }
    if let street = pieces.first, LocationParser.isStreet(street),
      pieces.dropFirst().allSatisfy(LocationParser.isUnit)
    {
      pendingAddress = pieces.joined(separator: ", ")  // the town follows on its own line
      return true
    }
    let isStreetAndCity = LocationParser.isStreet(String(piece.prefix { $0 != "," }))
    // "Miraflores, Lima" under a street address is its town, known to the tables or not.
    let isTownAfterStreet =
      pendingAddress != nil && pieces.count <= 3
      && pieces.allSatisfy {
        $0.first?.isUppercase == true && !$0.contains(where: \.isNumber)
      }
    guard basics.location == nil, piece.contains(","),
      LocationParser.isPlace(piece) || isStreetAndCity || isTownAfterStreet,
      var location = LocationParser.location(piece)
    else { return false }
    if let pendingAddress, location.address == nil { location.address = pendingAddress }
    basics.location = location
    return true
  }

  private mutating func finish() {
    if basics.location == nil, let pendingAddress {
      var location = Resume.Location()
      location.address = pendingAddress
      basics.location = location
    }
    if !profiles.isEmpty { basics.profiles = profiles }
  }
}
