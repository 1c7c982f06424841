import CHunspell
import CandorKit
import Foundation

/// A ``SpellChecker`` backed by Hunspell and a dictionary such as Debian's en_US.
///
/// Hunspell handles are not thread-safe, so calls go through a lock; answers are cached,
/// because letters repeat most of their words.
public final class HunspellChecker: SpellChecker, @unchecked Sendable {
  /// Debian's US English dictionary (package hunspell-en-us), without the extension.
  public static let defaultDictionary = "/usr/share/hunspell/en_US"

  /// The checker with the default dictionary, or nil when it is not installed.
  public static let englishUS: HunspellChecker? = HunspellChecker()

  /// Cached words are dropped all at once past this many, to bound memory in a server.
  private static let cacheLimit = 100_000

  private let handle: OpaquePointer
  private let lock = NSLock()
  private var cache: [String: Bool] = [:]
  private var suggestionCache: [String: [String]] = [:]

  /// Loads `dictionary`.aff and `dictionary`.dic; nil when either file is missing.
  public init?(dictionary: String = defaultDictionary) {
    let affix = dictionary + ".aff"
    let words = dictionary + ".dic"
    guard FileManager.default.isReadableFile(atPath: affix),
      FileManager.default.isReadableFile(atPath: words),
      let handle = Hunspell_create(affix, words)
    else { return nil }
    self.handle = handle
  }

  deinit {
    Hunspell_destroy(handle)
  }

  public func isCorrect(_ word: String) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    return spell(word)
  }

  /// Close spellings: words one edit away (fast), then Hunspell's own suggestions
  /// (thorough but slow), which find what a writer meant by sound ("definitely" for
  /// "definatly", "detail" for "detale"); the reviewer ranks them. Answers are cached.
  public func suggestions(for word: String) -> [String] {
    lock.lock()
    defer { lock.unlock() }
    if let known = suggestionCache[word] { return known }
    var found = oneEditAway(word)
    for suggestion in hunspellSuggestions(word) + soundAlike(word)
    where !found.contains(suggestion) {
      found.append(suggestion)
    }
    if suggestionCache.count >= Self.cacheLimit { suggestionCache.removeAll() }
    suggestionCache[word] = found
    return found
  }

  /// Call with the lock held.
  private func spell(_ word: String) -> Bool {
    if let known = cache[word] { return known }
    let correct = Hunspell_spell(handle, word) != 0
    if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
    cache[word] = correct
    return correct
  }

  /// Dictionary words one deletion, swap, replacement or insertion away, in that order.
  private func oneEditAway(_ word: String) -> [String] {
    let letters = Array(word.lowercased())
    guard letters.count >= 3, letters.count <= 24, letters.allSatisfy(\.isLetter) else { return [] }
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
    var candidates: [String] = []
    for index in letters.indices {
      var copy = letters
      copy.remove(at: index)
      candidates.append(String(copy))
    }
    for index in letters.indices.dropLast() {
      var copy = letters
      copy.swapAt(index, index + 1)
      candidates.append(String(copy))
    }
    for index in letters.indices {
      for letter in alphabet where letter != letters[index] {
        var copy = letters
        copy[index] = letter
        candidates.append(String(copy))
      }
    }
    for index in 0...letters.count {
      for letter in alphabet {
        var copy = letters
        copy.insert(letter, at: index)
        candidates.append(String(copy))
      }
    }
    var seen: Set<String> = []
    return Array(candidates.filter { seen.insert($0).inserted && spell($0) }.prefix(5))
  }

  /// Vowel spellings a writer swaps by sound ("ai" for "a_e").
  private static let vowelSpellings = [
    "a", "e", "i", "o", "u", "ai", "ay", "ea", "ee", "ie", "ei", "ou", "oo", "oa",
  ]

  /// Words that sound like `word`: one run of vowels spelt another way, with or without a
  /// silent final "e" ("detale" → "detail"), that the dictionary knows. Call with the lock
  /// held.
  private func soundAlike(_ word: String) -> [String] {
    let letters = Array(word.lowercased())
    guard letters.count >= 4, letters.count <= 24, letters.allSatisfy(\.isLetter) else {
      return []
    }
    let isVowel = { (letter: Character) in "aeiou".contains(letter) }
    var runs: [Range<Int>] = []
    var index = 0
    while index < letters.count {
      guard isVowel(letters[index]) else {
        index += 1
        continue
      }
      let start = index
      while index < letters.count, isVowel(letters[index]) { index += 1 }
      runs.append(start..<index)
    }
    var found: [String] = []
    for run in runs where !(run.lowerBound == letters.count - 1 && letters.last == "e") {
      for spelling in Self.vowelSpellings where String(letters[run]) != spelling {
        var copy = letters
        copy.replaceSubrange(run, with: Array(spelling))
        var forms = [String(copy)]
        if copy.last == "e", copy.count > 3 { forms.append(String(copy.dropLast())) }
        for form in forms where !found.contains(form) && spell(form) { found.append(form) }
      }
    }
    return Array(found.prefix(5))
  }

  private func hunspellSuggestions(_ word: String) -> [String] {
    var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    let count = Hunspell_suggest(handle, &list, word)
    defer { Hunspell_free_list(handle, &list, count) }
    guard count > 0, let list else { return [] }
    return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
  }
}
