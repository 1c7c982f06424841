import Foundation

/// Finds the hiring company: a stated field, else the best-supported name among the
/// phrasings postings use ("About Acme", "Acme is seeking", "At Acme,", "We're Acme",
/// "Acme's mission", "… DBA Acme"), weighted by how often the name recurs.
enum CompanyFinder {
  static func find(
    _ source: PostingSource, sections: [SectionedLine], rawTitle: String?, page: PageTitle?,
    sentences: SentenceCache
  ) -> SourcedValue? {
    var pool = CandidatePool(text: sections.map(\.text).joined(separator: "\n"))
    if let stated = source.fields[.company] {
      let name = CompanyName.clean(stated.text)
      // A JSON job's `company` field is the employer's own record of its name; the
      // description may shorten it ("NorthStar runs…") without renaming it.
      if source.format == .json { return SourcedValue(text: name, line: stated.line) }
      return shorterNameInText(name, pool: &pool, sections: sections, sentences: sentences)
        ?? SourcedValue(text: name, line: stated.line)
    }
    if let company = page?.company { pool.add(company, 60, line: source.pageTitle?.line) }
    // "Bank Teller - Harborview Credit Union" on the tab, when the page names it too: a
    // board's own name there ("… | Jobly") seldom stands in the posting.
    if let tab = source.tabTitle, let company = PageTitle(tab.text).company,
      pool.mentions(company)
    {
      pool.add(company, 40, line: tab.line)
    }
    let byline = byline(sections, title: rawTitle)
    let under = nameUnderTitle(sections, rawTitle)
    if let (suffix, separator) = rawTitle.flatMap(titleSuffix) {
      // "Data Analyst, Claims Insights" over a byline naming the employer: after a comma
      // the title names the team, however often the posting repeats it.
      if separator == ", ", let (name, _) = byline, name != suffix {
        pool.exclude(suffix)
      } else if let (name, _) = byline, TitleDepartment.isUnit(suffix, of: name) {
        // "Front Office Manager — The Harbour Inn" over "Harbour Hotels · Halifax": the
        // hotel is the employer's, however often the posting names it.
        pool.exclude(suffix)
        if suffix.hasPrefix("The ") { pool.exclude(String(suffix.dropFirst(4))) }
      } else if let (name, _) = under, isDepartment(suffix, over: name, in: pool.text) {
        pool.exclude(suffix)
      } else {
        pool.add(suffix, 30, line: nil)
      }
    }
    if let (name, line) = byline { pool.add(name, 40, line: line) }
    if let (name, line) = under {
      let unit = Self.unit.groups(in: name)
      pool.add(unit?[1] ?? name, unit == nil ? 35 : 45, line: line)
    }
    if let (name, line) = letterhead(sections) { pool.add(name, 45, line: line) }
    scan(sections, sentences, into: &pool)
    // FIXME: a company named only in passing ("clusters of Acme nodes") is not found.
    return pool.best(minimum: 40)
  }

  /// The name the posting itself uses when a stated name ("Pearson Technology") never
  /// appears in the text but a shorter form of it does ("At Pearson, we…").
  private static func shorterNameInText(
    _ stated: String, pool: inout CandidatePool, sections: [SectionedLine],
    sentences: SentenceCache
  ) -> SourcedValue? {
    guard !pool.text.lowercasedText.containsText(stated.lowercasedText) else { return nil }
    scan(sections, sentences, into: &pool)
    guard let found = pool.best(minimum: 40),
      stated.folded.hasPrefix(found.text.folded + " ")
    else { return nil }
    return found
  }

  /// Weighs every cue; the first sentence of a paragraph about the company counts more,
  /// because postings introduce the company by name there.
  private static func scan(
    _ sections: [SectionedLine], _ sentences: SentenceCache, into pool: inout CandidatePool
  ) {
    var opensParagraph = true
    for item in sections {
      if item.line.isBlank || item.isHeading {
        opensParagraph = true
        if item.isHeading {
          for (pattern, weight) in headingCues { pool.add(pattern, in: item.text, weight, item) }
        }
        continue
      }
      defer { opensParagraph = false }
      guard !listsRequirements.contains(item.section) else { continue }
      let introduces = opensParagraph && [.intro, .about, .role].contains(item.section)
      for (number, sentence) in sentences.sentences(in: item.text).enumerated() {
        let bonus = introduces && number == 0 ? 20 : 0
        let present = sentenceCueWords.distinctCounts(in: sentence)
        for (cue, (pattern, weight)) in sentenceCues.enumerated()
        where present[cue] > 0 || pattern.requiredPhrases.isEmpty {
          pool.add(pattern, in: sentence, weight + bonus, item)
        }
        guard sentence.hasBytes("’s") || sentence.hasBytes("'s") else { continue }
        for (pattern, weight) in possessiveCues { pool.add(pattern, in: sentence, weight, item) }
      }
    }
  }

  /// Sections about the candidate rather than the company.
  private static let listsRequirements: Set<PostingSectionKind> = [
    .requirements, .preferred, .conditions, .legal, .stack,
  ]

  private static let name = #"([A-Z][\w&.+-]*(?:\s+(?:[A-Z][\w&.+-]*|of|&|and|de|del|für)){0,4})"#

  private static let headingCues: [(Pattern, Int)] = [
    (
      Pattern(
        #"^(?i:about|why (?:work at|join)|working at|life at|careers at)\s+"# + name
          + #"\s*[?!:.]?$"#, caseSensitive: true), 50
    )
  ]

  /// The phrases each sentence cue requires, one list a cue, so one pass over a sentence
  /// tells which cues may match instead of one pass a cue.
  private static let sentenceCueWords = PhraseSet(
    lists: sentenceCues.map { ($0.0.requiredPhrases, false) })

  private static let sentenceCues: [(Pattern, Int)] = [
    (
      Pattern(
        #"(?i:\bDBA|d/b/a|doing business as)\s+"# + name, caseSensitive: true,
        requiring: ["dba", "d/b/a", "doing business as"]), 70
    ),
    (
      Pattern(
        #"(?i:why (?:work|join)(?: us)? at|greetings from|welcome to|come work at"#
          + #"|join (?:us at|the team at))\s+"# + name, caseSensitive: true,
        requiring: ["why ", "greetings from", "welcome to", "come work at", "join "]), 45
    ),
    (
      Pattern(
        #"^(?i:at|en|bei|chez)\s+"# + name + #"\s*,"#, caseSensitive: true,
        requiring: ["at", "en", "bei", "chez"], atStart: true), 40
    ),
    (
      Pattern(
        #"^(?:The\s+)?"# + name
          + #"\s+(?:(?i:is|are)\s+(?i:seeking|looking|hiring|searching|recruiting|currently|now)"#
          + #"|busca|sucht|recherche|procura|cerca)\b"#,
        caseSensitive: true,
        requiring: [
          "seeking", "looking", "hiring", "searching", "recruiting", "currently", " now",
          "busca", "sucht", "recherche", "procura", "cerca",
        ], initialCapital: true), 50
    ),
    (
      Pattern(
        #"^"# + name + #"(?:\s+\(\p{Lu}{2,8}\))?"#
          + #"\s+(?i:is|was|has been|operates|builds|makes|provides|offers|helps|runs"#
          + #"|specializes|ist|es|est|é|è)\s+(?!(?i:a plus|a bonus|required|preferred|nice)\b)"#,
        caseSensitive: true,
        requiring: [
          " is ", " was ", " has been ", " operates ", " builds ", " makes ", " provides ",
          " offers ", " helps ", " runs ", " specializes ", " ist ", " es ", " est ", " é ",
          " è ",
        ], initialCapital: true), 25
    ),
    (
      Pattern(
        #"^(?i:we're|we are|we’re)\s+"# + name + #"\s*[,.!]"#, caseSensitive: true,
        requiring: ["we're", "we are", "we’re"]), 45
    ),
    (Pattern(#"(?i:\bjoin(?:ing)?)\s+"# + name, caseSensitive: true, requiring: ["join"]), 20),
  ]

  private static let possessiveCues: [(Pattern, Int)] = [
    (
      Pattern(
        name
          + #"[’']s\s+(?i:mission|vision|team|customers|clients|policies|products?|platform"#
          + #"|values|culture|goals?|office|headquarters|engineering|patients|employees"#
          + #"|business|brand|growth|success|technology|first|largest|leading|core)\b"#,
        caseSensitive: true), 12
    ),
    (Pattern(name + #"[’']s\b"#, caseSensitive: true), 8),
  ]

  /// "Acme Freight · Denver, CO · Full-time" under the title: the name that opens a
  /// line of facts about the job, when the facts include a place or a work arrangement.
  /// (The byline's place itself is read by `PlaceLine`, for the location.)
  private static func byline(_ sections: [SectionedLine], title: String?) -> (String, Int)? {
    let early = sections.prefix { $0.section == .intro }.filter { !$0.line.isBlank }.prefix(4)
    // The title's own line ("Übersetzer/in Englisch–Deutsch — Remote") is no byline.
    for item in early where !item.isHeading && item.text != title {
      let parts = PlaceLine.bylineParts(item.text).flatMap {
        ArrangementLine.splitAside(PlaceLine.withoutLeadIn(String($0).trimmed))
      }
      .map { JobBoardRating.stripped($0) }.filter { !$0.isEmpty }
      guard parts.count >= 2, parts.count <= 6,
        parts.dropFirst().contains(where: { isPlace($0) || arrangement.matches($0) })
      else { continue }
      let name = parts.prefix(2).first {
        !$0.contains(",") && !$0.hasDigit && $0.first?.isUppercase == true
          && $0.wordCount <= 6 && !PostingRoleWords.isTitleLike($0) && !arrangement.matches($0)
      }
      if let name { return (name, item.line.line) }
    }
    return nil
  }

  /// "Pixel Harbor" alone on the line under the title: a short run of capitalised words
  /// that is no title, place, section heading or work arrangement. The title may follow a
  /// few lines of page furniture ("Jobs > Banking", a job board's menu).
  private static func nameUnderTitle(_ sections: [SectionedLine], _ title: String?)
    -> (String, Int)?
  {
    let early = Array(sections.lazy.filter { !$0.line.isBlank }.prefix(TitleFinder.reach + 1))
    guard let title,
      let place = early.prefix(TitleFinder.reach).firstIndex(where: {
        $0.text.trimmed == title || $0.text.hasPrefix(title + " ")
      }),
      place + 1 < early.count
    else { return nil }
    let second = early[place + 1]
    guard
      second.line.kind == .text && !second.isHeading && second.section == .intro
        || isBoldName(second.line, under: early[place].line)
    else { return nil }
    // "Lingua Nova GmbH, Köln": the name before the town.
    var line = second.text.trimmed
    // "Lakeview Unified School District — Lakeview High School": the employer, then its unit.
    if let dash = line.range(of: " — ") ?? line.range(of: " – ") {
      line = String(line[..<dash.lowerBound]).trimmed
    }
    let named =
      CompanyName.companyAndTown(line)?.company ?? CompanyName.companyAndPlace(line)?.company
      ?? line
    // "Klinikum Nordhafen gGmbH": the legal form is no word of the name.
    let text = CompanyName.withoutForm(named).trimming(charactersIn: " ,")
    let words = text.split(separator: " ")
    let limit = unit.matches(text) ? 10 : 5
    guard (1...limit).contains(words.count), !text.hasDigit, !text.hasBytes(":"),
      words.allSatisfy({
        $0.first?.isUppercase == true || ["&", "and", "of", "for"].contains($0)
      }),
      !PostingRoleWords.isTitleLike(text), PlaceLine.place(in: text) == nil,
      !arrangement.matches(text), SectionClassifier.kind(ofHeading: text) == nil
    else { return nil }
    return (text, second.line.line)
  }

  /// "**Lakeview Unified School District**" under a Markdown title: a line wholly in bold,
  /// which reads as a minor heading, under a heading of a higher level.
  private static func isBoldName(_ line: TextLine, under title: TextLine) -> Bool {
    line.kind == .heading && title.kind == .heading && line.level > title.level
      && line.level >= 4 && SectionClassifier.kind(ofHeading: line.text) == nil
  }

  /// "CEDAR FALLS COMMUNITY SCHOOL DISTRICT      Posting #T-2027-031": an institution's
  /// name in capitals on the first line of a printed posting, before a wide gap.
  private static func letterhead(_ sections: [SectionedLine]) -> (String, Int)? {
    guard let first = sections.first(where: { !$0.line.isBlank }), !first.isHeading else {
      return nil
    }
    let text = first.text.trimmed
    let head = text.range(of: "  ").map { String(text[..<$0.lowerBound]) } ?? text
    let words = head.split(separator: " ")
    guard (2...7).contains(words.count), let last = words.last,
      institutions.contains(last.lowercased()),
      head.allSatisfy({ !$0.isLetter || $0.isUppercase })
    else { return nil }
    return (CompanyName.clean(head), first.line.line)
  }

  /// Last words of an institution's name that a letterhead prints.
  private static let institutions: Set<String> = [
    "district", "schools", "university", "college", "hospital", "county", "museum",
    "library", "authority", "academy",
  ]

  /// "Department of Molecular Biology, Halvorsen University": a department of the
  /// institution that hires, named after the comma.
  private static let unit = Pattern(
    #"^(?:Department|Dept\.|School|Faculty|Division|Institute|Center|Centre|Office|Laboratory"#
      + #"|Lab|College|Program|Programme) (?:of|for) [^,]+, "#
      + #"(?=[^,]*\b(?:University|College|Institute|School|Hospital|Academy|Clinic|Museum"#
      + #"|Library|Laboratory|Foundation|Council|Agency|Health|Medicine)\b)"#
      + #"([A-Z][^,]{2,60})$"#,
    caseSensitive: true, requiring: [" of ", " for "])

  /// "Portland, OR", "Waterloo, Iowa": a town and its region.
  private static func isPlace(_ text: String) -> Bool {
    place.matches(text)
  }

  private static let place = Pattern(
    #"^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2},\s?\p{Lu}[\p{L}]+(?:\s\p{Lu}\p{L}+)?$"#,
    caseSensitive: true)

  /// How and where the job is worked ("Full-time", "Hybrid", "Remote", "Direct Hire").
  private static let arrangement = Pattern(
    #"\b(?:full[- ]time|part[- ]time|contract|remote|hybrid|on-?site|temporary|internship"#
      + #"|permanent|direct hire|seasonal|per diem)\b"#)

  /// "CLAIMS ADJUSTER II - Property" over "Northgate Mutual Insurance": the title's suffix
  /// names a line of business or a department when the line under the title names another
  /// organisation, by a word such as "Insurance" or "Bank", or when the posting writes the
  /// suffix in lowercase as a plain word ("property claims").
  private static func isDepartment(_ suffix: String, over name: String, in text: String)
    -> Bool
  {
    let (short, long) = suffix.count < name.count ? (suffix, name) : (name, suffix)
    guard short.folded != long.folded, !long.folded.hasPrefix(short.folded + " ") else {
      return false
    }
    let plainWord = Pattern(
      #"(?<![\w&])"# + NSRegularExpression.escapedPattern(for: suffix.lowercased())
        + #"(?![\w&])"#, caseSensitive: true)
    return RoleWords.isOrganization(name) || plainWord.matches(text)
  }

  /// "Warehouse Associate - Bulk Apothecary" → "Bulk Apothecary".
  /// The suffix and the separator before it.
  private static func titleSuffix(_ title: String) -> (String, String)? {
    for separator in [" - ", " – ", " — ", " | ", " at ", ", "] {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      let suffix = String(title[range.upperBound...]).trimmed
      guard suffix.first?.isUppercase == true, !PostingRoleWords.isTitleLike(suffix) else {
        continue
      }
      return (suffix, separator)
    }
    return nil
  }
}
