/// What the person can truthfully add: keywords their resume already supports somewhere
/// else. Keywords nothing supports are only listed as gaps, never advised.
enum Recommendations {
  /// How many letter mentions to suggest at most.
  static let letterLimit = 5

  static func list(_ keywords: [PostingKeyword], _ documents: [DocumentMatch])
    -> [Recommendation]
  {
    let resume = documents.first { $0.document.kind == .resume }
    let letter = documents.first { $0.document.kind == .letter }
    var result: [Recommendation] = []
    if let resume {
      result += workOnly(keywords, in: resume)
      for keyword in keywords where listedOnly(keyword, in: resume) {
        result.append(
          Recommendation(
            kind: .showInRole, term: keyword.term,
            message: "'\(keyword.term)' is only in your \(listName(keyword, resume)): if you "
              + "used it in a role or project, show how in that entry's highlights"))
      }
    }
    if let resume, let letter {
      let missing = keywords.filter {
        $0.tier == .required && resume.showsInUse($0) && !letter.shows($0)
          && $0.category != .title
      }
      for keyword in missing.prefix(letterLimit) {
        let place = resume.occurrences(of: keyword).map { resume.document.places[$0.place] }
          .first { $0.showsUse }
        result.append(
          Recommendation(
            kind: .mentionInLetter, term: keyword.term,
            message: "your resume shows '\(keyword.term)'"
              + (place.map { " (\(Self.describe($0)))" } ?? "")
              + ": name it in the letter with what you did"))
      }
    }
    return result
  }

  /// Credentials asked for that the resume names only as work it did ("Ran MTM reviews"
  /// for "MTM certification"): the nearest evidence, which holds no credential.
  private static func workOnly(_ keywords: [PostingKeyword], in resume: DocumentMatch)
    -> [Recommendation]
  {
    keywords.filter { $0.category == .certification && resume.occurrences(of: $0).isEmpty }
      .compactMap { keyword in
        let spelling = TokenSearch.Spelling(keyword.term, caseSensitive: true)
        guard
          let place = resume.document.places.first(where: {
            !TokenSearch.find(spelling, in: Tokenizer.tokens(in: $0.text)).isEmpty
          })
        else { return nil }
        return Recommendation(
          kind: .showCredential, term: keyword.term,
          message: "'\(keyword.term)' is asked for as a credential, and your resume shows "
            + "only the work (\(describe(place))): list the credential if you hold it")
      }
  }

  /// Keywords no document shows, heaviest first.
  static func gaps(_ keywords: [PostingKeyword], _ results: [KeywordResult]) -> [String] {
    zip(keywords, results).filter { !$1.found }.map { $0.0.term }
  }

  /// True for a skill the resume lists (skills, education, certificates) but shows in no
  /// role or project. Degrees, credentials, soft skills and the title belong in lists.
  /// A degree, credential, trait, title or spoken language is rightly only listed: English
  /// is no skill to show in a role's highlights.
  private static func listedOnly(_ keyword: PostingKeyword, in resume: DocumentMatch) -> Bool {
    let listable: Set<KeywordCategory> = [
      .degree, .certification, .softSkill, .title, .spokenLanguage,
    ]
    return !listable.contains(keyword.category) && !resume.occurrences(of: keyword).isEmpty
      && !resume.showsInUse(keyword)
  }

  private static func listName(_ keyword: PostingKeyword, _ resume: DocumentMatch) -> String {
    let sections = Set(
      resume.occurrences(of: keyword).map { resume.document.places[$0.place].section })
    return sections.sorted().map { $0.lowercased() }.joined(separator: " and ")
      + (sections.count == 1 && sections.first == "Skills" ? " list" : "")
  }

  static func describe(_ place: MatchPlace) -> String {
    place.section + (place.line.map { ", line \($0)" } ?? "")
  }
}
