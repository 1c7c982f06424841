import Foundation
import Testing

@testable import CandorKit

/// Where the JSON Resume project's tests are kept in the shared corpus.
enum PeerFolder {
  static let url: URL? = SupportFixtures.corpus?.appendingPathComponent("jsonresume-schema")
}

/// The JSON Resume project's own schema tests, as listed in the shared corpus.
///
/// Runs only when `../shared/corpus/jsonresume-schema` (or `$CANDOR_CORPUS`) exists.
@Suite(.enabled(if: PeerFolder.url != nil, "the shared corpus is not present"))
struct ResumeSchemaPeerTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var fixtureFile: String
    var key: String
    var isValid: Bool
    /// "schema.json", or the date-pattern mock schema of the upstream date tests.
    var validatedAgainst: String
    var testDescription: String { "\(fixtureFile) \(key) (\(isValid ? "valid" : "invalid"))" }
  }

  static var folder: URL? { PeerFolder.url }

  static let cases: [Case] = {
    guard let folder,
      let table = try? String(
        contentsOf: folder.appendingPathComponent("EXPECTATIONS.tsv"), encoding: .utf8)
    else { return [] }
    return table.split(separator: "\n").dropFirst().map { row in
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return Case(
        fixtureFile: fields[0], key: fields[1], isValid: fields[2] == "valid",
        validatedAgainst: fields[5])
    }
  }()

  @Test func listsAllCases() {
    #expect(Self.cases.count == 219)
  }

  @Test(arguments: cases)
  func agreesWithTheUpstreamExpectation(_ sample: Case) throws {
    let folder = try #require(Self.folder)
    let url = folder.appendingPathComponent("fixtures").appendingPathComponent(sample.fixtureFile)
    let fixtures = try JSONSyntax.tree(String(contentsOf: url, encoding: .utf8), name: url.path)
    let document = try #require(fixtures[sample.key], "no key \(sample.key)")
    let schema = try ResumeSchema.standard.get()
    let pointer = sample.validatedAgainst == "schema.json" ? "#" : "#/definitions/iso8601"
    let violations = schema.violations(of: document, against: pointer)
    #expect(violations.isEmpty == sample.isValid, "\(violations)")
  }
}
