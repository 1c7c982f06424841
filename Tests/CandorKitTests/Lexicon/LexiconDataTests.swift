import Foundation
import Testing

@testable import CandorKit

/// The shipped data files: they decode, cover every category, and never let one spelling
/// mean two terms or a generic word count as a skill.
@Suite struct LexiconDataTests {
  static let fileNames = LexiconFiles.termFileURLs().map(\.lastPathComponent)
  static let allowedKeys: Set<String> = [
    "term", "aliases", "category", "caseSensitive", "ambiguous", "homographs", "contextWords",
    "kindOf",
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
    var owners: [String: [(term: String, exact: String?, homograph: Bool, field: String)]] = [:]
    var conflicts: [String] = []
    for entry in Lexicon.standard.entries {
      for spelling in Set(entry.spellings) {
        let key = Lexicon.normalized(spelling)
        let exact = entry.caseSensitive.contains(spelling) ? spelling : nil
        let shared = entry.homographs.contains(spelling)
        for other in owners[key, default: []] where other.term != entry.term {
          // A homograph may mean one term per field ("GCP" in devops and healthcare).
          if shared && other.homograph && other.field != entry.field { continue }
          // Two case-sensitive spellings differing in case ("Ada", "ADA") may coexist.
          if let exact, let otherExact = other.exact, exact != otherExact { continue }
          conflicts.append("'\(spelling)': \(entry.term) / \(other.term)")
        }
        owners[key, default: []].append((entry.term, exact, shared, entry.field))
      }
    }
    #expect(conflicts.isEmpty, "\(conflicts)")
  }

  @Test func spellingFlagsNameTheEntrysOwnSpellings() {
    var strays: [String] = []
    for entry in Lexicon.standard.entries {
      for scope in [entry.caseSensitive, entry.ambiguous, entry.homographs] {
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
      for spelling in entry.spellings
      where !entry.homographs.contains(spelling) && lexicon.entry(for: spelling)?.term != entry.term
      {
        misses.append("\(spelling) → \(lexicon.entry(for: spelling)?.term ?? "nothing")")
      }
    }
    #expect(misses.isEmpty, "\(misses)")
  }

  @Test func everyHomographHasAPartnerInAnotherField() {
    let shared = Lexicon.standard.entries.flatMap { entry in
      entry.spellings.filter(entry.homographs.contains).map { (Lexicon.normalized($0), entry) }
    }
    #expect(Set(shared.map(\.0)).isSuperset(of: ["gcp", "emt", "eld"]))
    for (spelling, entry) in shared {
      let partners = shared.filter { $0.0 == spelling && $0.1.field != entry.field }
      #expect(!partners.isEmpty, "'\(spelling)' of \(entry.term) has no other field's entry")
    }
  }

  @Test func everyKindIsAnEntryOfTheProductsOwnCategory() {
    let products = Lexicon.standard.entries.filter { !$0.kindOf.isEmpty }
    #expect(products.count >= 30)
    for product in products {
      for kind in product.kindOf {
        let entry = Lexicon.standard.entry(for: kind)
        #expect(entry != nil, "\(product.term)'s kind '\(kind)' is no entry")
        #expect(entry?.term != product.term, "\(product.term) is a kind of itself")
        #expect(entry?.category == product.category, "\(product.term) and '\(kind)'")
      }
    }
  }

  /// Spellings in capitals that `en_US` lists as everyday lowercase words and that mean only
  /// the skill even in lower case ("45 wpm").
  static let lowercaseSkills: Set<String> = ["WPM"]

  /// An acronym of at most five letters whose lowercase form is an everyday word ("BEd" and
  /// "bed", "STEM" and "stem", "HIM" and "him") is matched only in its own case.
  @Test func acronymsThatSpellEverydayWordsKeepTheirCase() throws {
    let dictionary = try String(contentsOfFile: "/usr/share/hunspell/en_US.dic", encoding: .utf8)
    let everyday = Set(
      dictionary.split(separator: "\n").map { $0.prefix { $0 != "/" } }
        .filter { !$0.isEmpty && $0.allSatisfy(\.isLowercase) }.map(String.init))
    #expect(everyday.isSuperset(of: ["bed", "stem", "him"]))
    var loose: [String] = []
    for entry in Lexicon.standard.entries {
      for spelling in entry.spellings
      where (2...5).contains(spelling.count) && spelling.dropFirst().contains(where: \.isUppercase)
        && everyday.contains(spelling.lowercased()) && !entry.caseSensitive.contains(spelling)
        && !Self.lowercaseSkills.contains(spelling)
      {
        loose.append("\(entry.term): \(spelling)")
      }
    }
    #expect(loose.isEmpty, "\(loose)")
  }
}
