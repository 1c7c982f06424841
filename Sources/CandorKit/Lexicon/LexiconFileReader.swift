import Foundation

/// Reads a lexicon data file (`{"field": …, "terms": [{"term": …}, …]}`) straight from its
/// bytes into entries.
///
/// It reads the same files `JSONDecoder` would, with the same defaults (no `aliases` is none,
/// no flag is `false`) and unknown keys skipped, at a small fraction of the cost: every
/// `candor` process loads the whole lexicon before doing anything else.
struct LexiconFileReader {
  private let bytes: [UInt8]
  private var position = 0

  private init(_ data: Data) {
    self.bytes = [UInt8](data)
  }

  /// The field and terms of the file whose bytes are `data`.
  static func read(_ data: Data) throws(LexiconFileError) -> LexiconFiles.File {
    var reader = LexiconFileReader(data)
    let file = try reader.file()
    reader.skipSpace()
    guard reader.position == reader.bytes.count else { throw reader.syntax("end of file") }
    return file
  }

  /// The lists of strings in the file whose bytes are `data`, an object such as
  /// `{"about": "…", "generic": ["…", …]}`, by key; values that are not lists are skipped.
  static func stringLists(_ data: Data) throws(LexiconFileError) -> [String: [String]] {
    var reader = LexiconFileReader(data)
    var lists: [String: [String]] = [:]
    var more = try reader.open("{", "}")
    while more {
      let name = try reader.key()
      reader.skipSpace()
      if reader.position < reader.bytes.count, reader.bytes[reader.position] == UInt8(ascii: "[") {
        lists[name] = try reader.strings()
      } else {
        try reader.skipValue()
      }
      more = try reader.next("}")
    }
    reader.skipSpace()
    guard reader.position == reader.bytes.count else { throw reader.syntax("end of file") }
    return lists
  }

  private mutating func file() throws(LexiconFileError) -> LexiconFiles.File {
    var field: String?
    var terms: [Lexicon.Entry]?
    var more = try open("{", "}")
    while more {
      switch try key() {
      case "field": field = try string()
      case "terms":
        var list: [Lexicon.Entry] = []
        var moreTerms = try open("[", "]")
        while moreTerms {
          list.append(try entry())
          moreTerms = try next("]")
        }
        terms = list
      default: try skipValue()
      }
      more = try next("}")
    }
    guard let field else { throw .missingKey("field") }
    guard let terms else { throw .missingKey("terms") }
    return LexiconFiles.File(field: field, terms: terms)
  }

  private mutating func entry() throws(LexiconFileError) -> Lexicon.Entry {
    var term: String?
    var aliases: [String] = []
    var category: SkillCategory?
    var caseSensitive: Lexicon.SpellingScope = false
    var ambiguous: Lexicon.SpellingScope = false
    var contextWords: [String] = []
    var homographs: Lexicon.SpellingScope = false
    var kindOf: [String] = []
    var more = try open("{", "}")
    while more {
      let name = try key()
      switch name {
      case "term": term = try string()
      case "aliases": aliases = try skipNull() ? [] : try strings()
      case "category":
        let raw = try string()
        guard let known = SkillCategory(rawValue: raw) else { throw .unknownCategory(raw) }
        category = known
      case "caseSensitive": caseSensitive = try skipNull() ? false : try scope()
      case "ambiguous": ambiguous = try skipNull() ? false : try scope()
      case "contextWords": contextWords = try skipNull() ? [] : try strings()
      case "homographs": homographs = try skipNull() ? false : try scope()
      case "kindOf": kindOf = try skipNull() ? [] : try strings()
      default: try skipValue()
      }
      more = try next("}")
    }
    guard let term else { throw .missingKey("term") }
    guard let category else { throw .missingKey("category") }
    return Lexicon.Entry(
      term: term, aliases: aliases, category: category, caseSensitive: caseSensitive,
      ambiguous: ambiguous, homographs: homographs, contextWords: contextWords, kindOf: kindOf)
  }

  /// `true`, `false`, or a list of spellings.
  private mutating func scope() throws(LexiconFileError) -> Lexicon.SpellingScope {
    skipSpace()
    if let flag = literal("true", true) ?? literal("false", false) { return flag ? .all : .none }
    return .only(try strings())
  }

  private mutating func strings() throws(LexiconFileError) -> [String] {
    var result: [String] = []
    var more = try open("[", "]")
    while more {
      result.append(try string())
      more = try next("]")
    }
    return result
  }

  // MARK: JSON syntax

  /// Consumes `open` and returns whether the object or array holds anything.
  private mutating func open(_ open: Unicode.Scalar, _ close: Unicode.Scalar)
    throws(LexiconFileError) -> Bool
  {
    skipSpace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: open) else {
      throw syntax("'\(open)'")
    }
    position += 1
    skipSpace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: close) else { return true }
    position += 1
    return false
  }

  /// After an item: consumes "," and returns true, or consumes `close` and returns false.
  private mutating func next(_ close: Unicode.Scalar) throws(LexiconFileError) -> Bool {
    skipSpace()
    guard position < bytes.count else { throw syntax("',' or '\(close)'") }
    let byte = bytes[position]
    position += 1
    if byte == UInt8(ascii: ",") { return true }
    if byte == UInt8(ascii: close) { return false }
    position -= 1
    throw syntax("',' or '\(close)'")
  }

  /// An object's key and the colon after it.
  private mutating func key() throws(LexiconFileError) -> String {
    let name = try string()
    skipSpace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
      throw syntax("':'")
    }
    position += 1
    return name
  }

  private mutating func string() throws(LexiconFileError) -> String {
    skipSpace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
      throw syntax("a string")
    }
    let start = position + 1
    var end = start
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: "\"") {
        position = end + 1
        return String(decoding: bytes[start..<end], as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
      end += 1
    }
    position = start
    return try escapedString()
  }

  /// The rest of a string holding escapes, from just after its opening quote.
  private mutating func escapedString() throws(LexiconFileError) -> String {
    var text: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      switch byte {
      case UInt8(ascii: "\""): return String(decoding: text, as: UTF8.self)
      case UInt8(ascii: "\\"): text += try escape()
      case ..<0x20:
        position -= 1
        throw syntax("no control character in a string")
      default: text.append(byte)
      }
    }
    throw syntax("'\"'")
  }

  /// The UTF-8 bytes of one escape, from just after its backslash.
  private mutating func escape() throws(LexiconFileError) -> [UInt8] {
    guard position < bytes.count else { throw syntax("an escape") }
    let byte = bytes[position]
    position += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return [byte]
    case UInt8(ascii: "b"): return [0x08]
    case UInt8(ascii: "f"): return [0x0C]
    case UInt8(ascii: "n"): return [0x0A]
    case UInt8(ascii: "r"): return [0x0D]
    case UInt8(ascii: "t"): return [0x09]
    case UInt8(ascii: "u"):
      var value = try hexQuad()
      if (0xD800..<0xDC00).contains(value), literal("\\u", true) != nil {
        let low = try hexQuad()
        guard (0xDC00..<0xE000).contains(low) else { throw syntax("a low surrogate") }
        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
      }
      guard let scalar = Unicode.Scalar(value) else { throw syntax("a Unicode scalar") }
      return Array(String(Character(scalar)).utf8)
    default:
      position -= 1
      throw syntax("an escape")
    }
  }

  private mutating func hexQuad() throws(LexiconFileError) -> UInt32 {
    guard position + 4 <= bytes.count,
      let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
    else { throw syntax("four hex digits") }
    position += 4
    return value
  }

  /// Consumes `null` when it comes next.
  private mutating func skipNull() throws(LexiconFileError) -> Bool {
    skipSpace()
    return literal("null", true) != nil
  }

  /// Consumes `word` and returns `value` when `word` comes next.
  private mutating func literal(_ word: StaticString, _ value: Bool) -> Bool? {
    let count = word.utf8CodeUnitCount
    guard position + count <= bytes.count else { return nil }
    for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] {
      return nil
    }
    position += count
    return value
  }

  /// Skips a value of a key the lexicon does not use.
  private mutating func skipValue() throws(LexiconFileError) {
    skipSpace()
    guard position < bytes.count else { throw syntax("a value") }
    switch bytes[position] {
    case UInt8(ascii: "\""): _ = try string()
    case UInt8(ascii: "{"):
      var more = try open("{", "}")
      while more {
        _ = try key()
        try skipValue()
        more = try next("}")
      }
    case UInt8(ascii: "["):
      var more = try open("[", "]")
      while more {
        try skipValue()
        more = try next("]")
      }
    default:
      if literal("true", true) ?? literal("false", true) ?? literal("null", true) != nil { return }
      let start = position
      while position < bytes.count, Self.numberBytes.contains(bytes[position]) { position += 1 }
      if position == start { throw syntax("a value") }
    }
  }

  private static let numberBytes = Set("+-0123456789.eE".utf8)

  private mutating func skipSpace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  /// A syntax error at the current position, saying what was expected there.
  private func syntax(_ expected: String) -> LexiconFileError {
    let before = bytes[..<min(position, bytes.count)]
    let line = before.count { $0 == 0x0A } + 1
    let column = before.count - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
    return .syntax(line: line, column: column, expected: expected)
  }
}

/// Why a lexicon data file could not be read.
enum LexiconFileError: Error, Equatable, CustomStringConvertible {
  case syntax(line: Int, column: Int, expected: String)
  case missingKey(String)
  case unknownCategory(String)
  case unreadable(reason: String)

  var description: String {
    switch self {
    case .syntax(let line, let column, let expected):
      "\(line):\(column): invalid JSON, expected \(expected)"
    case .missingKey(let key): "a term or the file has no '\(key)'"
    case .unknownCategory(let name): "unknown category '\(name)'"
    case .unreadable(let reason): "cannot be read (\(reason))"
    }
  }
}
