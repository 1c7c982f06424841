import Foundation
import Testing

@testable import CandorKit

@Suite struct RuleRegistryTests {
  /// The source files that define rules and their code checks.
  static let ruleSources: [String] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../../Sources/CandorKit/Review/Rules").standardized
    let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    return (files?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
      .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
  }()

  static func matches(_ pattern: String) -> [String] {
    let regex = try! NSRegularExpression(pattern: pattern)
    return ruleSources.flatMap { source in
      regex.matches(in: source, range: NSRange(source.startIndex..., in: source)).map {
        String(source[Range($0.range(at: 1), in: source)!])
      }
    }
  }

  @Test func ruleIdsAreUniqueAndKebabCase() {
    let ids = RuleCatalog.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    for id in ids {
      #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)")
    }
  }

  @Test func everyDefinedRuleIsRegistered() {
    let defined = Set(Self.matches(#"Rule\(\s*id: "([a-z-]+)""#))
    #expect(defined.count >= 30)
    #expect(defined == Set(RuleCatalog.all.map(\.id)))
  }

  @Test func everyCodeCheckIsUsedByARule() {
    let declared = Set(Self.matches(#"struct (\w+): CodeCheck"#))
    let used = Set(
      RuleCatalog.all.compactMap { rule -> String? in
        guard case .code(let check) = rule.check else { return nil }
        return String(describing: type(of: check))
      })
    #expect(!declared.isEmpty)
    #expect(declared == used)
  }

  @Test func everyCategoryHasRules() {
    for category in RuleCategory.allCases {
      #expect(RuleCatalog.all.contains { $0.category == category }, "\(category)")
    }
  }

  @Test func ruleListShowsEveryRuleOnce() {
    let list = RuleDocumentation.list()
    for rule in RuleCatalog.all {
      #expect(list.components(separatedBy: "  \(rule.id) ").count == 2, "\(rule.id)")
    }
    #expect(list.split(separator: "\n").allSatisfy { $0.count <= 100 })
  }

  @Test func explanationShowsRationaleAndExamples() throws {
    let rule = try #require(RuleCatalog.rule("generic-greeting"))
    let text = RuleDocumentation.explain(rule)
    #expect(text.hasPrefix("generic-greeting: Generic greeting\ncategory: personalisation"))
    #expect(text.contains("Why: \"Dear Hiring Manager\""))
    #expect(text.contains("Triggers:\n  Dear Hiring Manager, ⏎  ⏎ I rebuilt the billing service."))
    #expect(text.contains("Passes:\n  Dear Ms. Whitfield,"))
    #expect(text.hasSuffix("<!-- candor-disable generic-greeting -->\n"))
  }
}
