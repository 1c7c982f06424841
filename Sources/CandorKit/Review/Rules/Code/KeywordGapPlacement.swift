/// Where a missing must-have fits best in a letter, and why: the paragraph about the job
/// where the resume shows it, the paragraph that names another skill from the same posting
/// line, or the paragraph that names the most tools. A gap is something absent, so its
/// finding points at that paragraph and says so, never at words it does not quote.
struct KeywordGapPlacement {
  /// Index into the letter's paragraphs.
  var paragraph: Int
  /// Why the term fits there, to follow "mention 'X' in this paragraph".
  var reason: String

  static func best(for term: String, _ context: ReviewContext) -> KeywordGapPlacement? {
    guard !context.body.isEmpty else { return nil }
    return byEmployer(term, context) ?? byRequirement(term, context)
      ?? byTools(context, kind: kind(of: term, context))
  }

  /// What the reason calls the term and the letter's other terms: "incident response" is a
  /// method, not a tool.
  private static func kind(of term: String, _ context: ReviewContext) -> String {
    switch context.lexicon.entry(for: term)?.category {
    case let category? where ReviewContext.technologyCategories.contains(category):
      return "tools"
    case .certification?, .degree?: return "qualifications"
    default: return "skills"
    }
  }

  /// The paragraph that names an employer where the resume shows the term.
  private static func byEmployer(_ term: String, _ context: ReviewContext)
    -> KeywordGapPlacement?
  {
    let employers = (context.resume?.evidence ?? []).filter { $0.skills.contains(term) }
      .compactMap(\.organization)
    for employer in employers {
      let variants = NameMatching.variants(of: employer)
      if let index = context.body.first(where: {
        NameMatching.mentions(words(in: $0, context), variants)
      }) {
        return KeywordGapPlacement(paragraph: index, reason: "beside your work at \(employer)")
      }
    }
    return nil
  }

  /// The paragraph that names another skill the posting asks for in the same line.
  private static func byRequirement(_ term: String, _ context: ReviewContext)
    -> KeywordGapPlacement?
  {
    let siblings = (context.job?.requirements ?? []).filter { $0.skills.contains(term) }
      .flatMap(\.skills).filter { $0 != term }
    for sibling in siblings {
      if let match = context.bodyTerms.first(where: { $0.term == sibling }),
        let index = paragraph(containing: match.range.lowerBound, context)
      {
        return KeywordGapPlacement(
          paragraph: index,
          reason: "next to '\(match.spelling)', which the posting asks for in the same line")
      }
    }
    return nil
  }

  /// The paragraph that names the most lexicon terms, or the first body paragraph.
  private static func byTools(_ context: ReviewContext, kind: String) -> KeywordGapPlacement {
    var counts: [Int: Int] = [:]
    for match in context.bodyTerms {
      if let index = paragraph(containing: match.range.lowerBound, context) {
        counts[index, default: 0] += 1
      }
    }
    guard let most = context.body.max(by: { counts[$0, default: 0] < counts[$1, default: 0] }),
      counts[most, default: 0] > 0
    else {
      return KeywordGapPlacement(paragraph: context.body[0], reason: "where you open the letter")
    }
    return KeywordGapPlacement(paragraph: most, reason: "with the other \(kind) you name")
  }

  private static func words(in index: Int, _ context: ReviewContext) -> [LetterWord] {
    context.paragraph(index).sentences.flatMap(\.words)
  }

  private static func paragraph(containing position: String.Index, _ context: ReviewContext)
    -> Int?
  {
    context.body.first { context.paragraph($0).range.contains(position) }
  }
}
