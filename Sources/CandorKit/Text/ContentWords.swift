/// The meaningful words of a text: lowercased, common function words and generic job-ad
/// words removed, plurals folded. Used to measure how much two statements share.
public enum ContentWords {
  public static func of(_ text: String) -> Set<String> {
    of(folded: Tokenizer.foldedWords(in: text))
  }

  /// `of(_:)` on a text's folded word tokens, already found (``Tokenizer/foldedWords(in:)``).
  static func of(folded: [String]) -> Set<String> {
    // Room for every word at once: growing the set rehashes each word already in it.
    var words = Set<String>(minimumCapacity: folded.count)
    for word in folded {
      if word.utf8.allSatisfy({ $0 < 0x80 }) {
        // ASCII: each byte is a character, and only "0"..."9" are numbers.
        let utf8 = word.utf8
        guard utf8.count > 2, !utf8.allSatisfy({ $0 &- 0x30 < 10 }), !stopWords.contains(word)
        else { continue }
        words.insert(asciiStem(word))
        continue
      }
      guard word.count > 2, !stopWords.contains(word), !word.allSatisfy(\.isNumber) else {
        continue
      }
      words.insert(stem(word))
    }
    return words
  }

  /// `stem(_:)` for an ASCII word, on its bytes in place.
  private static func asciiStem(_ word: String) -> String {
    let stemmed = word.utf8.withContiguousStorageIfAvailable { bytes in
      let cut = stemCut(bytes)
      return cut == 0 ? word : String(decoding: bytes[..<(bytes.count - cut)], as: UTF8.self)
    }
    return stemmed ?? stem(word)
  }

  /// How many bytes `stem(_:)` drops from an ASCII word: the first of "ing", "ed", "es"
  /// and "s" that ends it and leaves more than three letters.
  private static func stemCut(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let count = bytes.count
    guard count > 4 else { return 0 }
    let (third, second, last) = (bytes[count - 3], bytes[count - 2], bytes[count - 1])
    if count > 6, third == 0x69, second == 0x6E, last == 0x67 { return 3 }  // "ing"
    if count > 5, second == 0x65, last == 0x64 || last == 0x73 { return 2 }  // "ed", "es"
    return last == 0x73 ? 1 : 0  // "s"
  }

  /// A light stem: plural and common verb endings folded ("services" → "servic",
  /// "building" → "build"), enough to match "APIs" with "API design".
  static func stem(_ word: String) -> String {
    for suffix in ["ing", "ed", "es", "s"]
    where word.hasSuffix(suffix) && word.count > suffix.count + 3 {
      return String(word.dropLast(suffix.count))
    }
    return word
  }

  static let stopWords: Set<String> = [
    "the", "and", "for", "with", "you", "your", "our", "are", "will", "who", "that", "this",
    "have", "has", "from", "into", "all", "any", "can", "but", "not", "its", "their", "them",
    "they", "what", "when", "where", "which", "while", "about", "also", "more", "most", "other",
    "such", "than", "then", "there", "these", "those", "through", "using", "use", "used", "via",
    "well", "work", "working", "worked", "experience", "experienced", "strong", "ability",
    "able", "skills", "skill", "knowledge", "understanding", "years", "year", "team", "teams",
    "including", "include", "includes", "etc", "must", "should", "would", "could", "plus",
    "preferred", "required", "requirements", "responsibilities", "candidate", "role", "position",
    "job", "new", "good", "great", "excellent", "highly", "very", "least", "minimum", "one",
    "two", "three", "four", "five", "some", "each", "every", "both", "over", "under", "out",
    "per", "across", "within", "between", "being", "been", "was", "were", "his", "her",
    "she", "him", "how", "why", "did", "does", "doing", "done", "get", "make", "help", "like",
    "want", "need", "needs", "looking", "seeking", "ideal", "company", "based", "related",
    "relevant", "demonstrated", "proven", "solid", "deep", "familiarity", "familiar", "comfort",
    "comfortable", "proficiency", "proficient", "background", "equivalent", "similar",
    "various", "day", "days", "environment", "opportunity", "join", "joining", "etc.",
  ]
}
