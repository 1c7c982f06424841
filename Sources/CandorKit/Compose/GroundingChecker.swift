import Foundation

/// Proves a letter invents nothing: every number, name and technology it states must appear
/// in the resume, the posting or an option the person typed.
public struct GroundingChecker: Sendable {
  /// Something a letter states that its sources do not contain.
  public struct Claim: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
      case number, name, technology
      /// A fact of the person's own history, such as a career break.
      case history
    }

    public var kind: Kind
    public var text: String
    public var sentence: String

    public var description: String { "\(kind.rawValue) '\(text)' in \"\(sentence)\"" }
  }

  private let numbers: Set<String>
  private let words: Set<String>
  private let resumeTerms: Set<String>
  /// The resume's words as written, for ambiguous spellings it uses in its own sense.
  private let resumeTokens: Set<String>
  private let allTerms: Set<String>
  /// True when the resume shows a career break (``CareerBreak``).
  private let showsBreak: Bool

  /// Sources are the resume, the posting and the free-text options (`--to`, `--hook`, …).
  /// `today` (ISO 8601) lets the gap after the last role show a break; without it only a
  /// break the resume names does.
  public init(
    resume: ParsedResume, posting: JobPosting, options: LetterOptions, today: String = ""
  ) {
    showsBreak = CareerBreak.source(in: resume.resume, today: today) != nil
    let resumeText = Self.text(of: resume)
    let postingText = Self.text(of: posting)
    let optionText = [options.recipient, options.referrer, options.hook].compactMap { $0 }
      .joined(separator: "\n")
    let all = [resumeText, postingText, optionText].joined(separator: "\n")
    numbers = Self.numberTokens(in: all)
    words = Set(Tokenizer.tokens(in: all).map(\.folded))
    resumeTerms = Set(Lexicon.standard.matches(in: resumeText).map(\.term))
    resumeTokens = Set(Tokenizer.tokens(in: resumeText).map { String($0.text) })
    allTerms = resumeTerms.union(
      Lexicon.standard.matches(in: postingText + "\n" + optionText).map(\.term))
  }

  /// Claims in `letter` that no source supports. Technologies in a sentence that cites no
  /// posting line must be in the resume itself; a career break needs the resume to show
  /// one, or the person to have chosen the return opening (`--opener`).
  public func ungroundedClaims(in letter: Letter) -> [Claim] {
    letter.paragraphs.flatMap(\.sentences).flatMap { sentence in
      let citesPosting = sentence.sources.contains { $0.kind == .posting || $0.kind == .option }
      return claims(
        in: sentence.text, technologiesFrom: citesPosting ? allTerms : resumeTerms,
        breakShown: showsBreak || sentence.sources.contains(.option("--opener")))
    }
  }

  /// Claims in free text (each sentence checked against all sources).
  public func ungroundedClaims(in text: String) -> [Claim] {
    SentenceSplitter.split(text).flatMap {
      claims(in: $0, technologiesFrom: allTerms, breakShown: showsBreak)
    }
  }

  private func claims(in sentence: String, technologiesFrom terms: Set<String>, breakShown: Bool)
    -> [Claim]
  {
    var found: [Claim] = []
    if !breakShown, CareerBreak.isClaimed(in: sentence) {
      found.append(Claim(kind: .history, text: "career break", sentence: sentence))
    }
    for number in Self.numberTokens(in: sentence) where !numbers.contains(number) {
      found.append(Claim(kind: .number, text: number, sentence: sentence))
    }
    for word in Self.numberWords(in: sentence) where !words.contains(Tokenizer.fold(word)) {
      found.append(Claim(kind: .number, text: word, sentence: sentence))
    }
    for match in Lexicon.standard.matches(in: sentence)
    where Self.hardCategories.contains(match.category) && !terms.contains(match.term)
      && !isResumeOwnWord(match)
    {
      found.append(Claim(kind: .technology, text: match.spelling, sentence: sentence))
    }
    for name in Self.properWords(in: sentence)
    where !words.contains(Tokenizer.fold(name)) && !found.contains(where: { $0.text == name }) {
      found.append(Claim(kind: .name, text: name, sentence: sentence))
    }
    return found
  }

  /// An ambiguous spelling the resume itself writes ("SNS" of "SNS College of Engineering"):
  /// the letter repeats the resume's word, in the resume's sense.
  private func isResumeOwnWord(_ match: TermMatch) -> Bool {
    guard let entry = Lexicon.standard.entry(for: match.term),
      entry.ambiguous.contains(match.spelling)
    else { return false }
    return resumeTokens.contains(match.spelling)
  }

  /// Skills a letter could falsely claim: tools, languages, credentials. Soft skills, methods
  /// and fields are everyday words a sentence may use without claiming them.
  static let hardCategories: Set<SkillCategory> = [
    .language, .framework, .database, .cloud, .tool, .certification, .degree,
  ]

  /// Digit sequences with their decimal part, commas removed: "1,200" → "1200".
  static func numberTokens(in text: String) -> Set<String> {
    let regex = try! NSRegularExpression(pattern: #"\d+(?:[.,]\d+)*"#)
    let range = NSRange(text.startIndex..., in: text)
    return Set(
      regex.matches(in: text, range: range).compactMap { match in
        Range(match.range, in: text).map { text[$0].replacingOccurrences(of: ",", with: "") }
      })
  }

  /// Number words a sentence may claim with; "one" is too common a word to count.
  private static let spelledNumbers = Set(NumberWords.english.keys)
    .union(NumberWords.magnitudes.keys).subtracting(["one"])

  static func numberWords(in text: String) -> [String] {
    Tokenizer.tokens(in: text).map(\.folded).filter(spelledNumbers.contains)
  }

  /// Capitalised words that are not the first word of the sentence, nor "I".
  static func properWords(in sentence: String) -> [String] {
    let tokens = Tokenizer.tokens(in: sentence).filter { !$0.isPunctuation }
    return tokens.dropFirst().compactMap { token in
      let word = String(token.text)
      guard word.first?.isUppercase == true, word != "I", !word.hasPrefix("I'") else {
        return nil
      }
      return word
    }
  }

  /// Every string value in the resume, one per line, each degree as the letter names it, and
  /// its evidence statements.
  static func text(of resume: ParsedResume) -> String {
    var strings: [String] = []
    func collect(_ value: Any) {
      if let text = value as? String {
        strings.append(text)
      } else if let array = value as? [Any] {
        for item in array { collect(item) }
      } else if let object = value as? [String: Any] {
        for key in object.keys.sorted() { collect(object[key]!) }
      }
    }
    if let data = try? JSONEncoder().encode(resume.resume),
      let tree = try? JSONSerialization.jsonObject(with: data)
    {
      collect(tree)
    }
    // The letter names a degree as "{studyType} in {area}" ("Bachelor of Science in
    // Nursing"), a term neither field holds alone.
    let degrees = resume.resume.education.compactMap { item in
      item.studyType.flatMap { type in item.area.map { "\(type) in \($0)" } }
    }
    return (strings + degrees + resume.evidence.map(\.text)).joined(separator: "\n")
  }

  static func text(of posting: JobPosting) -> String {
    ([posting.title, posting.company, posting.recipient?.name, posting.location].compactMap { $0 }
      + posting.lines.map(\.text) + posting.requirements.map(\.text)
      + posting.responsibilities.map(\.text) + posting.hooks.map(\.text))
      .joined(separator: "\n")
  }
}
