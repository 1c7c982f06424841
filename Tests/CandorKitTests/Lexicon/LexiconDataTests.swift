import Foundation
import Testing

@testable import CandorKit

/// The shipped data files: they decode, cover every category, and never let one spelling
/// mean two terms or a generic word count as a skill.
@Suite struct LexiconDataTests {
  static let fileNames = LexiconFiles.termFileURLs().map(\.lastPathComponent)
  static let allowedKeys: Set<String> = [
    "term", "aliases", "category", "caseSensitive", "ambiguous", "contextWords",
  ]

  @Test func shipsOneFilePerField() {
    #expect(Self.fileNames.count >= 15)
    #expect(!Self.fileNames.contains("seed.json"))
  }

  @Test(arguments: fileNames)
  func everyFileDecodesWithKnownKeysOnly(_ name: String) throws {
    let url = try #require(LexiconFiles.folder).appendingPathComponent(name)
    let file = try LexiconFiles.decode(url)
    #expect(!file.field.isEmpty)
    #expect(!file.terms.isEmpty)
    let raw = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
    let terms = try #require(raw?["terms"] as? [[String: Any]])
    let unknown = terms.flatMap { $0.keys }.filter { !Self.allowedKeys.contains($0) }
    #expect(unknown.isEmpty, "unknown keys \(unknown) in \(name)")
  }

  @Test func standardLexiconIsBroadAndUsesEveryCategory() {
    let entries = Lexicon.standard.entries
    #expect(entries.count > 1_000)
    for category in SkillCategory.allCases {
      #expect(entries.filter { $0.category == category }.count >= 20, "few \(category) terms")
    }
  }

  @Test func noSpellingBelongsToTwoTerms() {
    var owners: [String: [(term: String, exact: String?)]] = [:]
    var conflicts: [String] = []
    for entry in Lexicon.standard.entries {
      for spelling in Set(entry.spellings) {
        let key = Lexicon.normalized(spelling)
        let exact = entry.caseSensitive.contains(spelling) ? spelling : nil
        for other in owners[key, default: []] where other.term != entry.term {
          // Two case-sensitive spellings differing in case ("Ada", "ADA") may coexist.
          if let exact, let otherExact = other.exact, exact != otherExact { continue }
          conflicts.append("'\(spelling)': \(entry.term) / \(other.term)")
        }
        owners[key, default: []].append((entry.term, exact))
      }
    }
    #expect(conflicts.isEmpty, "\(conflicts)")
  }

  @Test func spellingFlagsNameTheEntrysOwnSpellings() {
    var strays: [String] = []
    for entry in Lexicon.standard.entries {
      for scope in [entry.caseSensitive, entry.ambiguous] {
        guard case .only(let list) = scope else { continue }
        strays += list.filter { !entry.spellings.contains($0) }.map { "\(entry.term): \($0)" }
      }
    }
    #expect(strays.isEmpty, "\(strays)")
  }

  @Test func noGenericWordIsATermOrAlias() throws {
    let generic = Set(try #require(DiscoveryWords.load()).generic)
    #expect(generic.isSuperset(of: ["team", "strong", "modern", "experience", "work", "data"]))
    var found: [String] = []
    for entry in Lexicon.standard.entries {
      for spelling in entry.spellings {
        let word = entry.caseSensitive.contains(spelling) ? spelling : Lexicon.normalized(spelling)
        if generic.contains(word) { found.append("\(entry.term): \(spelling)") }
      }
    }
    #expect(found.isEmpty, "\(found)")
  }

  @Test func everySpellingFindsItsOwnEntry() {
    let lexicon = Lexicon.standard
    var misses: [String] = []
    for entry in lexicon.entries {
      for spelling in entry.spellings where lexicon.entry(for: spelling)?.term != entry.term {
        misses.append("\(spelling) → \(lexicon.entry(for: spelling)?.term ?? "nothing")")
      }
    }
    #expect(misses.isEmpty, "\(misses)")
  }
}
