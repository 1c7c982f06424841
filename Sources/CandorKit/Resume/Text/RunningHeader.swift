/// A line at the top or foot of a PDF page that repeats the owner's name, with at most a
/// few words more and no year: "Jordan Reese — Resume", "Rafael Moreau - Page 2". The
/// name is the text the first line opens with, before any wide gap.
struct RunningHeader {
  /// The owner's name as lowercase letters only ("jordanreese"), nil when the first line
  /// does not open with two or more words of six or more letters in all and no digit.
  let owner: String
  /// The last word of the owner's name ("osullivanprzybylski"), nil when it is shorter
  /// than four letters: a footer may give the name a person goes by with the surname
  /// ("Meg O'Sullivan-Przybylski   Page 2 of 2" under "MARGARET "MEG" O'SULLIVAN-…").
  let surname: String?

  init?(_ lines: [SourceLine]) {
    guard let first = lines.first(where: { !$0.text.allSatisfy(\.isWhitespace) }) else {
      return nil
    }
    let joined = SpacedWords.join(PlainText.joinSpacedLetters(first.text.trimmingSpaces()))
    let opening = joined.components(separatedBy: "   ")[0]
    let key = Self.letters(opening)
    guard opening.split(separator: " ").count >= 2, key.count >= 6,
      !opening.contains(where: \.isNumber)
    else { return nil }
    owner = key
    let last = opening.split(separator: " ").last.map { Self.letters(String($0)) } ?? ""
    surname = last.count >= 4 ? last : nil
  }

  /// Whether `text`, a line at a page's edge, is the running header or footer.
  func matches(_ text: String) -> Bool {
    let key = Self.letters(text)
    guard key.hasPrefix(owner) || namesOwnerAndPage(text, key) else { return false }
    // "R E B E C C A   M O R A L E S   Page 2 of 2": spaced letters are one word each.
    let words = Self.joined(text).split(whereSeparator: { $0 == " " || $0 == "\t" })
    let years = words.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) }
    return words.count <= 8 && !years
  }

  /// "Meg O'Sullivan-Przybylski   Page 2 of 2": the surname within the first words, then
  /// the page or the document named.
  private func namesOwnerAndPage(_ text: String, _ key: String) -> Bool {
    guard let surname, Self.saysPageOrResume(text), let found = key.range(of: surname)
    else { return false }
    return key.distance(from: key.startIndex, to: found.lowerBound) <= 12
  }

  /// "Priya Shah – Resume   Page 2 of 2", "Jordan Reese CV": a header that names itself, so
  /// it is dropped anywhere in the text, not only next to a page break.
  /// `text` with letters spaced out for show joined into words, as the first line is read,
  /// and wide gaps closed: "REBECCA MORALES Page 2 of 2".
  static func joined(_ text: String) -> String {
    SpacedWords.join(PlainText.joinSpacedLetters(text.trimmingSpaces()))
      .split(separator: " ").joined(separator: " ")
  }

  static func saysPageOrResume(_ text: String) -> Bool {
    guard mentionsPageOrResume(text) else { return false }
    let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
    return !words.isDisjoint(with: ["resume", "résumé", "cv", "vitae"])
      || (words.contains("page") && text.contains(where: \.isNumber))
  }

  /// "Marcus T. Delgado – Resume   Page 2 of 2": a line that names the document and
  /// numbers its page is page furniture whoever it names, even when the owner's name
  /// could not be read from the first line. Only lines ending in a digit are looked at,
  /// and only words in capitals with "of" between them count.
  static func namesDocumentAndPage(_ text: String) -> Bool {
    guard let last = text.utf8.last, (0x30...0x39).contains(last), text.utf8.count <= 200,
      mentionsPageOrResume(text)
    else { return false }
    let written = text.split { !$0.isLetter }
    // A header is written in capitals word by word: "Jo Bell – CV   Page 2 of 3".
    guard written.allSatisfy({ $0.first?.isUppercase == true || ["of", "de"].contains($0) })
    else { return false }
    let words = Set(written.map { $0.lowercased() })
    return words.contains("page") && !words.isDisjoint(with: ["resume", "résumé", "cv", "vitae"])
  }

  private static let telltales: [[UInt8]] = [
    "page", "cv", "vitae", "resum", "r\u{E9}sum", "r\u{C9}sum",
  ].map { Array($0.utf8) }

  /// A byte check that settles most lines: without one of these spellings, in any ASCII
  /// case, the line cannot say "page", "CV", "vitae" or "resume".
  private static func mentionsPageOrResume(_ text: String) -> Bool {
    let bytes = text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    return bytes.withUnsafeBufferPointer { line in
      telltales.contains { word in
        word.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: line, from: 0) } != nil
      }
    }
  }

  private static func letters(_ text: String) -> String {
    String(text.lowercased().filter(\.isLetter))
  }
}
