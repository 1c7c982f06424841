import Foundation

/// Lays a composed letter out as a business letter: sender block, date, recipient block,
/// greeting, paragraphs and sign-off.
public enum LetterDocument {
  /// What the letter's header shows besides the letter itself.
  public struct Header: Sendable, Equatable {
    /// The candidate, from the resume's basics.
    public var sender: Resume.Basics?
    /// The date as an ISO 8601 day ("2025-05-04"), shown in the paper's convention.
    public var date: String?
    /// The posting's contact person, company and location, when it names them.
    public var recipientName: String?
    public var company: String?
    public var location: String?

    public init(
      sender: Resume.Basics? = nil, date: String? = nil, recipientName: String? = nil,
      company: String? = nil, location: String? = nil
    ) {
      self.sender = sender
      self.date = date
      self.recipientName = recipientName
      self.company = company
      self.location = location
    }
  }

  /// Builds the document for `letter`, dating it in the convention of `paper`.
  public static func make(
    _ letter: Letter, header: Header, paper: DocumentStyle.Paper = .letter
  ) -> Document {
    let contacts = letter.plan.signOff.contacts
    var blocks = senderBlocks(header.sender, contacts: contacts)
    if let date = header.date.map({ LetterDate.format($0, paper: paper) }) {
      blocks += [.spacer(6), .lines([date])]
    }
    let recipient = recipientLines(header, plan: letter.plan)
    if !recipient.isEmpty { blocks += [.spacer(6), .lines(recipient)] }
    for paragraph in letter.paragraphs {
      switch paragraph.role {
      case .greeting: blocks += [.spacer(6), .paragraph(paragraph.text)]
      case .signOff: blocks.append(signOffBlock(paragraph, shownContacts: contacts))
      default: blocks.append(.paragraph(paragraph.text))
      }
    }
    return Document(
      title: title(letter.plan), author: header.sender?.name ?? letter.plan.signOff.name,
      blocks: blocks, prefersOnePage: true)
  }

  static func senderBlocks(_ sender: Resume.Basics?, contacts: [String]) -> [DocumentBlock] {
    var blocks: [DocumentBlock] = []
    if let name = clean(sender?.name) { blocks.append(.heading(name, level: 1)) }
    var lines: [String] = []
    if let place = sender?.location.flatMap(placeLine) { lines.append(place) }
    if !contacts.isEmpty { lines.append(contacts.joined(separator: " · ")) }
    if !lines.isEmpty { blocks.append(.lines(lines)) }
    return blocks
  }

  static func placeLine(_ location: Resume.Location) -> String? {
    let parts = [location.address, location.city, location.region].compactMap(clean)
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }

  static func recipientLines(_ header: Header, plan: LetterPlan) -> [String] {
    let name = clean(header.recipientName ?? addressName(plan.recipient))
    let company = clean(header.company ?? plan.company)
    return [name, company, addressPlace(header.location)].compactMap { $0 }
  }

  /// The posting's location as one place an envelope could carry: a note in brackets
  /// ("Tampa, FL (field, travel up to 50%)") is dropped, and a remote job or a choice of
  /// places ("Berlin, Toronto, or San Francisco") gives no line.
  static func addressPlace(_ location: String?) -> String? {
    guard var place = location else { return nil }
    while let open = place.firstIndex(where: { $0 == "(" || $0 == "[" }) {
      let close = place[open...].firstIndex { $0 == ")" || $0 == "]" }
      place.removeSubrange(open..<(close.map { place.index(after: $0) } ?? place.endIndex))
    }
    let words = Set(place.lowercased().split { !$0.isLetter }.map(String.init))
    let isChoice = words.contains("or") || place.contains("/") || place.contains(";")
    guard !isChoice, words.isDisjoint(with: ["remote", "anywhere", "hybrid"]) else {
      return nil
    }
    return clean(place.trimming(charactersIn: " ,-–"))
  }

  /// The recipient's full name with the honorific the greeting uses ("Dr. Colin Abernathy"
  /// for "Dear Dr. Abernathy"), so the address block and the greeting agree.
  static func addressName(_ recipient: PlannedRecipient) -> String? {
    guard let name = recipient.name, let surname = name.split(separator: " ").last,
      recipient.addressee.hasSuffix(" " + surname), recipient.addressee != name
    else { return recipient.name }
    let honorific = recipient.addressee.dropLast(surname.count + 1)
    guard !honorific.contains(" "), !name.hasPrefix(honorific) else { return name }
    return "\(honorific) \(name)"
  }

  /// The sign-off as separate lines, without a contact line the header already shows.
  static func signOffBlock(_ paragraph: LetterParagraph, shownContacts: [String])
    -> DocumentBlock
  {
    let shown = Set(shownContacts)
    let lines = paragraph.sentences.map(\.text).filter { line in
      let items = line.components(separatedBy: " · ")
      return shown.isEmpty || !items.allSatisfy(shown.contains)
    }
    return .lines(lines)
  }

  static func title(_ plan: LetterPlan) -> String {
    switch (clean(plan.role), clean(plan.company)) {
    case (let role?, let company?): return "Cover letter: \(role), \(company)"
    case (let role?, nil): return "Cover letter: \(role)"
    case (nil, let company?): return "Cover letter: \(company)"
    case (nil, nil): return "Cover letter"
    }
  }

  static func clean(_ text: String?) -> String? {
    guard let trimmed = text?.trimmingWhitespace(),
      !trimmed.isEmpty
    else { return nil }
    return trimmed
  }
}

/// Writes an ISO date the way letters on each paper size usually show it.
enum LetterDate {
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// "May 4, 2025" on Letter paper, "4 May 2025" on A4; other text is returned as given.
  static func format(_ iso: String, paper: DocumentStyle.Paper) -> String {
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else {
      return iso
    }
    let month = months[parts[1] - 1]
    return paper == .letter
      ? "\(month) \(parts[2]), \(parts[0])" : "\(parts[2]) \(month) \(parts[0])"
  }
}
