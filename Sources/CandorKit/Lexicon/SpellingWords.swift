/// The words of a lexicon spelling, found cheaply for the common case: every process splits
/// all of the lexicon's spellings into words while building its phrase index.
enum SpellingWords {
  /// The words of `spelling` as written and folded, when it is plain ASCII words (letters
  /// and digits) separated by spaces or by hyphens between two words ("front-end"), none of
  /// them lowercase letters running into a capital ("detailsZendesk"): exactly the tokens
  /// ``Tokenizer/tokens(in:)`` finds, found without its general scan. Otherwise nil.
  static func plain(_ spelling: String) -> (words: [String], folded: [String])? {
    var spelling = spelling
    return spelling.withUTF8 { bytes in
      // Sized once: a word list grown one append at a time is reallocated on the way.
      let most = bytes.reduce(1) { $1 == 0x20 || $1 == 0x2D ? $0 + 1 : $0 }
      var words: [String] = []
      words.reserveCapacity(most)
      // Only spellings with capitals need a second list; the others share `words`.
      var folded: [String]?
      var start = 0
      var count = 0
      var capitals = false
      var startsLowercase = false
      for index in 0...bytes.count {
        let byte = index < bytes.count ? bytes[index] : 0x20
        switch byte {
        case 0x2D:  // The tokenizer drops a hyphen between words, as it does a space.
          guard count > 0, index + 1 < bytes.count, isLetterOrDigit(bytes[index + 1]) else {
            return nil
          }
          fallthrough
        case 0x20:
          guard count > 0 else { continue }
          let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
          words.append(String(decoding: word, as: UTF8.self))
          if capitals, folded == nil {
            folded = []
            folded?.reserveCapacity(most)
            folded?.append(contentsOf: words.dropLast())
          }
          folded?.append(capitals ? lowercased(word) : words[words.count - 1])
          (count, capitals) = (0, false)
        case 0x61...0x7A, 0x30...0x39:
          if count == 0 { (start, startsLowercase) = (index, byte >= 0x61) }
          count += 1
        case 0x41...0x5A:
          if count == 0 {
            (start, startsLowercase) = (index, false)
          } else if startsLowercase {
            return nil
          }
          (count, capitals) = (count + 1, true)
        default: return nil
        }
      }
      return words.isEmpty ? nil : (words, folded ?? words)
    }
  }

  private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    (0x61...0x7A).contains(byte | 0x20) || (0x30...0x39).contains(byte)
  }

  /// ASCII letters and digits lowercased: setting bit 5 lowers a capital and leaves
  /// lowercase letters and digits as they are.
  private static func lowercased(_ word: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: word.count) { buffer in
      for index in word.indices { buffer[index] = word[index] | 0x20 }
      return word.count
    }
  }
}
