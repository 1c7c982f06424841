/// Everything the checks of one review share: the letter, the posting and resume, and facts
/// computed once (lexicon terms, numbers, phrase hits).
final class ReviewContext {
  let letter: LetterText
  let job: JobPosting?
  let resume: ParsedResume?
  let lexicon: Lexicon
  let spellChecker: (any SpellChecker)?
  /// ISO 639-1 code of the letter's language.
  let language: String
  /// Indexes of the body paragraphs in `letter.paragraphs`.
  let body: [Int]
  /// The body length the letter was written for, when it is not a full letter (a short
  /// text for an application form); nil for the length rule's own range.
  let wordRange: ClosedRange<Int>?
  /// Today's date (ISO 8601), against which the resume's last role shows a break; "" when
  /// not known, and then only a break the resume states counts.
  let today: String

  init(
    letter: LetterText, job: JobPosting?, resume: ParsedResume?, lexicon: Lexicon,
    spellChecker: (any SpellChecker)?, language: String, wordRange: ClosedRange<Int>? = nil,
    resumeSource: String? = nil, today: String = ""
  ) {
    self.wordRange = wordRange
    self.today = today
    self.resumeSource = resumeSource?.lowercased() ?? ""
    writtenResumeSource = resumeSource ?? ""
    self.letter = letter
    self.job = job
    self.resume = resume
    self.lexicon = lexicon
    self.spellChecker = spellChecker
    self.language = language
    body = letter.paragraphs.indices.filter { letter.paragraphs[$0].role == .body }
  }

  /// The resume file's own text, lowercased ("" when not given): a name the reader did not
  /// place in the resume's fields is still the resume's own.
  let resumeSource: String
  private let writtenResumeSource: String

  /// Lexicon terms found anywhere in the letter, in text order. A line break inside a
  /// sentence reads as a space: "I am a Certified\nPublic Accountant" names the credential.
  lazy var terms: [TermMatch] = {
    let sentences = letter.paragraphs.flatMap(\.sentences).map(\.range)
    let tokens = Tokenizer.tokens(in: letter.text).filter { token in
      !token.isLineBreak
        || !sentences.contains {
          $0.lowerBound < token.range.lowerBound && token.range.upperBound < $0.upperBound
        }
    }
    return lexicon.matches(in: letter.text, tokens: TokenText(tokens)).map { match in
      var found = Self.withFinalPeriod(match, in: letter.text)
      if found.spelling.contains("\n") { found.spelling = Self.collapse(found.spelling[...]) }
      return found
    }
  }()

  /// "M.S", "B.S", "Ph.D" as matched, with the period that ends the abbreviation in the
  /// text ("M.S."), so findings quote it whole; other terms as they are ("Vue.js",
  /// "ASP.NET" end a sentence with theirs).
  static func withFinalPeriod(_ match: TermMatch, in text: String) -> TermMatch {
    let spelling = match.spelling
    let parts = spelling.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count > 1, parts.allSatisfy({ $0.first?.isUppercase == true }),
      parts.allSatisfy({ $0.count <= 5 && $0.allSatisfy(\.isLetter) }),
      parts.last.map({ $0.count <= 2 }) == true,
      match.range.upperBound < text.endIndex, text[match.range.upperBound] == "."
    else { return match }
    var whole = match
    whole.range = match.range.lowerBound..<text.index(after: match.range.upperBound)
    whole.spelling = spelling + "."
    return whole
  }

  /// For each of `terms`, the furthest end of a non-empty term up to it (nil before any).
  lazy var termEnds: [String.Index?] = terms.reduce(into: []) { ends, term in
    let end = term.range.isEmpty ? nil : term.range.upperBound
    ends.append([ends.last ?? nil, end].compactMap { $0 }.max())
  }

  /// The resume's text, lowercased, for checking whether it states something.
  lazy var resumeText: String = resumeWritten.lowercased()

  /// The resume's text as written, with the networks of its profiles ("GitHub" backs "my
  /// GitHub profile"): a state's code counts only in capitals ("TX").
  lazy var resumeWritten: String =
    resume.map { parsed in
      let networks = (parsed.resume.basics?.profiles ?? []).compactMap(\.network)
      return ([ClaimSources.writtenText(of: parsed)] + networks).joined(separator: "\n")
    } ?? ""

  /// True when `written` is a US state or Canadian province ("Texas", "TX") the resume
  /// names too, by name or by code; nil when it is no such place.
  func resumeNames(region written: String) -> Bool? {
    guard let region = RegionCodes.region(written) else { return nil }
    return ClaimSources.holds(resumeText, region.name)
      || ClaimSources.holds(resumeSource, region.name)
      || RegionCodes.writes(region.code, in: resumeWritten)
      || RegionCodes.writes(region.code, in: writtenResumeSource)
  }

  /// The posting's lines, lowercased once for the checks that look a phrase up in them.
  lazy var jobLines: [String] = job?.lines.map { $0.text.lowercased() } ?? []

  /// The posting's word keys, one space apart, with a space at each end, to find a run of
  /// the letter's words in it.
  lazy var postingWords: String = {
    guard let job else { return "" }
    let words = WordTokenizer.words(in: job.lines.map(\.text).joined(separator: "\n"))
    return " " + words.map(\.key).joined(separator: " ") + " "
  }()

  /// Lexicon terms inside body paragraphs.
  lazy var bodyTerms: [TermMatch] = {
    let ranges = body.map { letter.paragraphs[$0].range }
    return terms.filter { term in ranges.contains { $0.contains(term.range.lowerBound) } }
  }()

  /// Indexes of the paragraphs a region covers.
  func paragraphs(in region: Region) -> [Int] {
    switch region {
    case .greeting:
      return letter.paragraphs.indices.filter { letter.paragraphs[$0].role == .greeting }
    case .opening:
      return Array(body.prefix(1))
    case .closing:
      return Array(body.suffix(2))
    case .body:
      return body
    case .letter:
      return Array(letter.paragraphs.indices)
    }
  }

  func paragraph(_ index: Int) -> LetterText.Paragraph { letter.paragraphs[index] }

  func sentence(_ hit: PatternHit) -> LetterText.Sentence {
    letter.paragraphs[hit.paragraph].sentences[hit.sentence]
  }

  /// The text range of a phrase hit.
  func range(of hit: PatternHit) -> Range<String.Index> {
    let words = sentence(hit).words
    return words[hit.start].range.lowerBound..<words[hit.end - 1].range.upperBound
  }

  /// `range`'s text with runs of whitespace made single spaces.
  func quote(_ range: Range<String.Index>) -> String {
    Self.collapse(letter.text[range])
  }

  static func collapse(_ text: Substring) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Where a finding about the whole letter lands: the first word of the body.
  var letterAnchor: Range<String.Index> {
    guard let first = body.first.map(paragraph), let sentence = first.sentences.first else {
      let start = letter.text.startIndex
      return start..<start
    }
    return firstWords(of: sentence)
  }

  /// All body sentences with their paragraph index, in order.
  lazy var bodySentences: [(paragraph: Int, sentence: LetterText.Sentence)] = body.flatMap {
    index in
    letter.paragraphs[index].sentences.map { (index, $0) }
  }

  /// Per-sentence facts computed once, keyed by the sentence's range (a clause of a sentence
  /// starts where the sentence does).
  var mentionCache: [Range<String.Index>: [Range<String.Index>]] = [:]
  var quantityCache: [Range<String.Index>: [Quantity]] = [:]
  var nameCache: [Range<String.Index>: [LetterWord]] = [:]
}
