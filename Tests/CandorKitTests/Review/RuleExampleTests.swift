import CandorSpelling
import Testing

@testable import CandorKit

/// One rule example run in one variant.
struct RuleExampleCase: CustomTestStringConvertible, Sendable {
  /// Rewrites that catch classic bugs: offsets after multi-byte text, words next to quotation
  /// marks, and the suppression comment.
  enum Variant: String, CaseIterable, Sendable {
    case plain
    /// A header line of multi-byte text first, and no-break spaces before each marker.
    case afterMultibyteText
    /// Every prose line wrapped in curly quotation marks.
    case insideQuotes
    /// A `candor-disable` comment for the rule first: nothing may be reported.
    case suppressed
  }

  let rule: Rule
  let number: Int
  let variant: Variant

  var example: RuleExample { rule.examples[number] }
  var testDescription: String {
    "\(rule.id) \(example.triggers ? "triggers" : "passes") #\(number) \(variant.rawValue)"
  }

  /// The example's marked text in this variant.
  var markedText: String {
    switch variant {
    case .plain:
      return example.text
    case .afterMultibyteText:
      let lines = example.text.split(separator: "\n", omittingEmptySubsequences: false)
      return "Zoë Ångström · Zürich 東京 🚀\n"
        + lines.map(Self.noBreakSpacesBeforeMarker)
        .joined(separator: "\n")
    case .insideQuotes:
      return example.text.split(separator: "\n", omittingEmptySubsequences: false)
        .map(Self.quoted).joined(separator: "\n")
    case .suppressed:
      return "<!-- candor-disable \(rule.id) -->\n" + example.text
    }
  }

  private static func noBreakSpacesBeforeMarker(_ line: Substring) -> String {
    guard let marker = line.firstIndex(of: RuleExample.marker) else { return String(line) }
    let before = line[..<marker].replacingOccurrences(of: " ", with: "\u{00A0}")
    return before + line[marker...]
  }

  private static func quoted(_ line: Substring) -> String {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    let isMarkup = ["-", "*", "+", "#", "<!--"].contains { trimmed.hasPrefix($0) }
    return trimmed.isEmpty || isMarkup ? String(line) : "“" + line + "”"
  }

  static let all: [RuleExampleCase] = RuleCatalog.all.flatMap { rule in
    rule.examples.indices.flatMap { number in
      Variant.allCases.map { RuleExampleCase(rule: rule, number: number, variant: $0) }
    }
  }
}

@Suite struct RuleExampleTests {
  static let reviewer = LetterReviewer(spellChecker: HunspellChecker.englishUS)

  @Test(arguments: RuleExampleCase.all)
  func exampleFindsExactlyTheMarkedPlaces(_ test: RuleExampleCase) {
    let marked = RuleExample(text: test.markedText, triggers: test.example.triggers)
    let review = Self.reviewer.review(
      text: marked.plainText, job: test.example.job, resume: test.example.resume)
    let found = review.findings.filter { $0.rule == test.rule.id }
    let expected =
      test.example.triggers && test.variant != .suppressed ? marked.markedPositions : []
    #expect(
      found.map(\.position).sorted() == expected.sorted(),
      "\(found.map { "\($0.line):\($0.column) \($0.message)" })")
  }

  @Test(arguments: RuleCatalog.all.map(\.id))
  func findingMessagesFollowTheHouseStyle(_ id: String) throws {
    let rule = try #require(RuleCatalog.rule(id))
    for example in rule.examples where example.triggers {
      let review = Self.reviewer.review(
        text: example.plainText, job: example.job, resume: example.resume)
      for finding in review.findings where finding.rule == id {
        #expect(finding.message.first?.isLowercase == true, "\(finding.message)")
        #expect(!finding.message.hasSuffix("."), "\(finding.message)")
        #expect(!finding.suggestion.isEmpty)
        #expect(!finding.excerpt.isEmpty)
        if case .metric = rule.check {
          #expect(finding.message.contains("limit") && finding.message.contains("found"))
        }
        if case .existence(let check) = rule.check, check.mode == .forbid {
          #expect(finding.message.contains("'\(finding.excerpt)'"), "\(finding.message)")
        }
      }
    }
  }

  @Test(arguments: RuleCatalog.all.map(\.id))
  func everyRuleHasExamplesBothWays(_ id: String) throws {
    let rule = try #require(RuleCatalog.rule(id))
    #expect(rule.examples.contains { $0.triggers })
    #expect(rule.examples.contains { !$0.triggers })
    #expect(!rule.summary.isEmpty && !rule.rationale.isEmpty && !rule.fix.isEmpty)
  }

  @Test(arguments: RuleCatalog.all.map(\.id))
  func everyPatternStartsWithAWord(_ id: String) throws {
    let rule = try #require(RuleCatalog.rule(id))
    for pattern in rule.check.patterns {
      #expect(!pattern.firstKeys.isEmpty, "'\(pattern.source)' cannot be indexed")
    }
  }
}
