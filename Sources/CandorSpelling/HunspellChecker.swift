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

  private let handle: OpaquePointer
  private let lock = NSLock()
  private var cache: [String: Bool] = [:]

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
    if let known = cache[word] { return known }
    let correct = Hunspell_spell(handle, word) != 0
    cache[word] = correct
    return correct
  }

  public func suggestions(for word: String) -> [String] {
    lock.lock()
    defer { lock.unlock() }
    var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    let count = Hunspell_suggest(handle, &list, word)
    defer { Hunspell_free_list(handle, &list, count) }
    guard count > 0, let list else { return [] }
    return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
  }
}
