/// Checks that a letter has a greeting and a sign-off, and nothing after the signature.
struct LetterPartCheck: CodeCheck {
  enum Part: Sendable {
    case greeting, signOff, trailing
  }

  let part: Part

  func run(_ context: ReviewContext) -> [Hit] {
    let letter = context.letter
    // A short text for an application form (`--length short`) has no greeting or sign-off.
    if context.wordRange != nil && part != .trailing { return [] }
    switch part {
    case .greeting:
      guard !context.body.isEmpty, letter.greeting == nil else { return [] }
      return [
        Hit(range: context.letterAnchor, message: "open with a greeting that names the reader")
      ]
    case .signOff:
      let signed = letter.paragraphs.contains { $0.role == .signOff || $0.role == .signature }
      if signed { return Self.unsignedHits(context) }
      guard let last = context.body.last.map(context.paragraph),
        let sentence = last.sentences.last
      else { return [] }
      return [
        Hit(range: context.firstWords(of: sentence), message: "end with a sign-off and your name")
      ]
    case .trailing:
      guard let trailing = letter.trailing else { return [] }
      return [trailingHit(trailing, context)]
    }
  }

  /// "Sincerely," with only an email under it, or nothing: a sign-off without the writer's
  /// name leaves the reader no one to answer. A resume without a name gives the writer none
  /// to sign with (`candor write` leaves the line empty): the review's notes say so instead
  /// (see `unsignedNote(_:)`), since no letter can be checked against a name never given.
  private static func unsignedHits(_ context: ReviewContext) -> [Hit] {
    guard !isResumeUnnamed(context), let range = unsignedSignOff(context) else { return [] }
    let quote = context.quote(range)
    return [
      Hit(
        range: range, message: "sign with your name under '\(quote)'",
        suggestion: "write your full name on the line after '\(quote)'", severity: .warning)
    ]
  }

  /// The note for a letter signed off without a name when the resume gives none.
  static func unsignedNote(_ context: ReviewContext) -> String? {
    guard context.wordRange == nil, isResumeUnnamed(context),
      let range = unsignedSignOff(context)
    else { return nil }
    return "the letter is not signed and your resume gives no name: write your name under '"
      + context.quote(range) + "', and at the top of your resume"
  }

  private static func isResumeUnnamed(_ context: ReviewContext) -> Bool {
    guard let resume = context.resume else { return false }
    return resume.resume.basics?.name?.isEmpty ?? true
  }

  /// The sign-off's first words when no name follows it, on its line or the next ones.
  private static func unsignedSignOff(_ context: ReviewContext) -> Range<String.Index>? {
    let letter = context.letter
    guard let signOff = letter.signOff?.sentences.first else { return nil }
    let named = letter.paragraphs.filter { $0.role == .signature }.flatMap(\.sentences)
      .contains { opensWithName(letter.text[$0.range]) }
    // "Sincerely, Sam Ortiz" signs on the sign-off's own line.
    let text = letter.text
    let lineEnd = text[signOff.range.lowerBound...].firstIndex(of: "\n") ?? text.endIndex
    let line = String(text[signOff.range.lowerBound..<lineEnd]).trimming(charactersIn: "\"“”")
    guard !named, LetterLineShape.signOffEnd(in: line) == nil else { return nil }
    return context.firstWords(of: signOff)
  }

  /// "Sam Ortiz", or "Sam Ortiz sam@example.com" run together: a line that opens with two
  /// or more capitalised words of letters only, before any contact detail.
  private static func opensWithName(_ line: Substring) -> Bool {
    // "Raymond "Ray" Dubois", "Lan (Lana) Nguyen": a nickname in quotes or brackets is part
    // of the name.
    let all = line.split(separator: " ").map { $0.trimming(charactersIn: "\"“”‘’()") }
    let words = all.prefix { word in
      word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || "-.'’,".contains($0) }
    }
    return words.count >= 2 || (words.count == 1 && all.count == 1)
  }

  private func trailingHit(_ trailing: TrailingText, _ context: ReviewContext) -> Hit {
    let text = context.letter.text
    let lineEnd = text[trailing.range].firstIndex(of: "\n") ?? trailing.range.upperBound
    let firstWord = text[trailing.range.lowerBound..<lineEnd].firstIndex {
      $0.isLetter || $0.isNumber
    }
    let range = (firstWord ?? trailing.range.lowerBound)..<lineEnd
    let lines = text[trailing.range].split(separator: "\n").count
    if trailing.kind == .notes, Self.isPostscript(text[trailing.range]) {
      return Hit(
        range: range,
        message: "a P.S. is read closely: keep it to one specific point, or fold it into the "
          + "last paragraph", suggestion: "keep the P.S. short and specific",
        severity: .suggestion)
    }
    let message: String
    switch trailing.kind {
    case .secondDraft:
      message = "keep one letter per file: a second letter starts at line \(trailing.line)"
    case .notes:
      message = "delete the \(lines) line\(lines == 1 ? "" : "s") after the signature"
    }
    return Hit(range: range, message: message)
  }

  /// "P.S. I will be in Denver…": a postscript, a short deliberate note, not working notes.
  static func isPostscript(_ text: Substring) -> Bool {
    let paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingSpaces() }
      .filter { !$0.isEmpty }
    return !paragraphs.isEmpty && paragraphs.count <= 2
      && paragraphs.allSatisfy { paragraph in
        let head = paragraph.prefix(6).uppercased()
        return (head.hasPrefix("P.S") || head.hasPrefix("PS:") || head.hasPrefix("P.P.S"))
          && !paragraph.contains("\n")
      }
  }
}
