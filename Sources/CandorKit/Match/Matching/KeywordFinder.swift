/// Finds a posting's keywords in a document's places: through the lexicon, so aliases and
/// acronyms count ("Postgres" for PostgreSQL, "k8s" for Kubernetes), and by whole tokens for
/// terms the lexicon lacks. A keyword never matches inside a longer word: "Java" is not in
/// "JavaScript", "Go" is not in "going", "C" is not in "C#".
struct KeywordFinder {
  /// One occurrence of a keyword option in a place.
  struct Occurrence: Sendable, Equatable {
    var key: String
    var spelling: String
    var place: Int
    /// How many words the occurrence spans, for density.
    var words: Int
  }

  let lexicon: Lexicon
  private let keys: Set<String>
  /// For each option key, the spellings searched token by token.
  private let plain: [(key: String, spellings: [TokenSearch.Spelling])]
  /// For each option key, the capitalised product spellings that are also words
  /// (``ListedSpelling``), found as list items.
  private let listed: [(key: String, spellings: [TokenSearch.Spelling])]
  /// Certifications asked by their field ("Forklift certification"), by option key.
  private let credentials: [(key: String, term: String)]
  /// Degrees asked by level and field ("Bachelor's degree in business"), by option key;
  /// only options whose words name a level ("BS" alone is found through the lexicon).
  private let degrees: [(key: String, term: String)]
  /// The option keys of `degrees`, which only an education entry's level and field hold.
  private let degreeKeys: Set<String>
  /// Option keys of credentials named by the work they certify ("MTM certification"), not
  /// by a lexicon credential: the name alone is the work, so only a certificate or the name
  /// with a credential's word beside it ("MTM-certified") holds one.
  private let credentialKeys: Set<String>
  /// Fields of work shown by a title, a degree's field or a role's line (``FieldPlaces``).
  private let fields: FieldPlaces

  init(keywords: [PostingKeyword], lexicon: Lexicon) {
    self.lexicon = lexicon
    var seen = Set<String>()
    let options = keywords.flatMap { $0.options + $0.partners }
      .filter { seen.insert($0.key).inserted }
    keys = Set(options.map(\.key))
    plain = options.map { option in
      (option.key, Self.plainSpellings(of: option, lexicon: lexicon))
    }
    listed = options.compactMap { option in
      let spellings = lexicon.entry(for: option.term).map(ListedSpelling.spellings) ?? []
      return spellings.isEmpty ? nil : (option.key, spellings)
    }
    credentials = keywords.filter { $0.category == .certification }.flatMap(\.options)
      .filter { !HeldCertificate.core(of: $0.term).isEmpty }.map { ($0.key, $0.term) }
    degrees = keywords.filter { $0.category == .degree }.flatMap(\.options)
      .filter { DegreeRequirement.ask(in: $0.term) != nil }.map { ($0.key, $0.term) }
    degreeKeys = Set(degrees.map(\.key))
    credentialKeys = Set(
      keywords.filter { $0.category == .certification }.flatMap(\.options)
        .filter { lexicon.entry(for: $0.term)?.category != .certification }.map(\.key))
    fields = FieldPlaces(keywords)
  }

  /// Every occurrence of a keyword option in `document`, in reading order. A certificate
  /// naming a certification's core words holds it: "Forklift Operator Certification" for
  /// "Forklift certification" (a listed skill does not: operating is not being certified).
  /// A degree at the level asked or above, in the field asked, meets a degree ask as the
  /// letter's planner judges it (`DegreeRequirement`): "Bachelor of Business
  /// Administration" for "Bachelor's degree in business", a master's for a bachelor's.
  func occurrences(in document: MatchDocument) -> [Occurrence] {
    let found = placeOccurrences(in: document)
    return found + [bilingualOccurrence(in: document, found: found)].compactMap { $0 }
  }

  /// True when `key` is one of the posting's keyword options.
  func asksFor(_ key: String) -> Bool { keys.contains(key) }

  private func placeOccurrences(in document: MatchDocument) -> [Occurrence] {
    let sense = DocumentSense { document.places.map(\.text) }
    return document.places.enumerated().flatMap { index, place in
      var found = occurrences(
        in: place.text, place: index, isList: place.part == .skills, sense: sense)
      if !credentialKeys.isEmpty {
        found.removeAll { !holdsCredential($0, in: place) }
      }
      found.removeAll { CredentialActivity.isAct($0.spelling, in: place, lexicon: lexicon) }
      // An education entry holds a degree ask by level and field alone: "B.S. in Biology"
      // names a bachelor's but not the "Bachelor's degree in business" asked for.
      if place.degree != nil { found.removeAll { degreeKeys.contains($0.key) } }
      let held: [(key: String, term: String)]
      switch place.part {
      case .certificate:
        let words = [ContentWords.of(place.text)]
        held = credentials.filter { HeldCertificate.holds($0.term, in: words) }
      case .education:
        held =
          place.degree.map { degree in
            degrees.filter {
              DegreeRequirement.isMet(
                $0.term, studyType: degree.studyType, area: degree.area,
                institution: degree.institution)
            }
          } ?? []
      default: held = []
      }
      for key in held.map(\.key) + fields.keys(in: place)
      where !found.contains(where: { $0.key == key }) {
        found.append(Occurrence(key: key, spelling: place.text, place: index, words: place.words))
      }
      return found
    }
  }

  /// True unless `occurrence` names a credential asked for by its work's name and `place`
  /// names only the work: "Ran MTM reviews" holds no "MTM certification", while a
  /// certificate, "certified in MTM" or "MTM-certified" does.
  private func holdsCredential(_ occurrence: Occurrence, in place: MatchPlace) -> Bool {
    !credentialKeys.contains(occurrence.key) || place.part == .certificate
      || CredentialCue.category(of: occurrence.spelling, in: place.text) == .certification
  }

  /// The occurrences in one place's `text`; a homograph the text leaves open takes the
  /// sense of the whole document. `isList` marks a skills list, whose items name skills.
  private func occurrences(in text: String, place: Int, isList: Bool, sense: DocumentSense)
    -> [Occurrence]
  {
    var result: [Occurrence] = []
    var found = Set<String>()
    for match in lexicon.matches(in: text, document: sense) {
      // A product answers an ask for its kind: "Salesforce" for "CRM experience".
      for term in [match.term] + lexicon.kinds(of: match.term) {
        let key = KeywordKey.normalized(term)
        guard keys.contains(key) else { continue }
        found.insert(key)
        result.append(
          Occurrence(
            key: key, spelling: match.spelling, place: place,
            words: Tokenizer.tokens(in: match.spelling).count))
      }
    }
    let tokens = Tokenizer.tokens(in: text)
    for (key, spellings) in plain where !found.contains(key) {
      for spelling in spellings {
        result += TokenSearch.find(spelling, in: tokens).map {
          Occurrence(
            key: key, spelling: String(text[$0]), place: place, words: spelling.words.count)
        }
      }
    }
    for (key, spellings) in listed where !result.contains(where: { $0.key == key }) {
      for spelling in spellings {
        result += ListedSpelling.find(spelling, in: tokens, isList: isList, lexicon: lexicon)
          .map {
            Occurrence(
              key: key, spelling: String(text[$0]), place: place, words: spelling.words.count)
          }
      }
    }
    return result
  }

  /// The spellings searched token by token: a term the lexicon lacks as the posting writes
  /// it; a lexicon term's spellings, for places where a longer term hides it ("SQL" in "SQL
  /// Server", "Ruby" in "Ruby on Rails"), in exact letter case where the lexicon asks for it
  /// and never an everyday word that needs context ("Go", "R") nor a spelling two fields
  /// share ("DBT", the therapy or the data tool), whose sense the words around it decide.
  private static func plainSpellings(of option: KeywordOption, lexicon: Lexicon)
    -> [TokenSearch.Spelling]
  {
    guard let entry = lexicon.entry(for: option.term) else {
      return [TokenSearch.Spelling(option.term, caseSensitive: false)]
    }
    let plain = entry.spellings.filter {
      !entry.ambiguous.contains($0) && !entry.homographs.contains($0)
    }
    return plain.map {
      TokenSearch.Spelling($0, caseSensitive: entry.caseSensitive.contains($0))
    }
  }
}

/// Whole-token search for a phrase, a plural last word accepted; letter case ignored unless
/// the spelling asks for it.
enum TokenSearch {
  /// A phrase to search for, as words.
  struct Spelling: Sendable {
    var words: [String]
    var caseSensitive: Bool

    init(_ phrase: String, caseSensitive: Bool) {
      let tokens = Tokenizer.tokens(in: phrase).filter { !$0.isPunctuation }
      words = tokens.map { caseSensitive ? String($0.text) : $0.folded }
      self.caseSensitive = caseSensitive
    }
  }

  static func find(_ spelling: Spelling, in tokens: [Token]) -> [Range<String.Index>] {
    let wanted = spelling.words
    guard let last = wanted.last, !tokens.isEmpty else { return [] }
    var result: [Range<String.Index>] = []
    var start = 0
    while start + wanted.count <= tokens.count {
      let window = tokens[start..<(start + wanted.count)]
      let matches = zip(window, wanted).enumerated().allSatisfy { offset, pair in
        let (token, word) = pair
        let text = spelling.caseSensitive ? String(token.text) : token.folded
        if text == word { return true }
        return offset == wanted.count - 1 && word == last && !spelling.caseSensitive
          && Plural.singulars(of: text).contains(word)
      }
      if matches, let first = window.first, let end = window.last {
        result.append(first.range.lowerBound..<end.range.upperBound)
        start += wanted.count
      } else {
        start += 1
      }
    }
    return result
  }
}
