/// What ``PostingSentences`` asks of one character of text. `Character` answers for any
/// text; `Unicode.Scalar` answers the same for text where each scalar is a character.
protocol SentenceUnit {
  /// ".", "!" or "?".
  var isStop: Bool { get }
  var isDot: Bool { get }
  /// A closing quote or parenthesis that may follow a sentence's last stop.
  var isCloser: Bool { get }
  var isSpace: Bool { get }
  /// A mark that may open the next sentence: a quote, a bullet, "(", "¡" or "¿".
  var isOpener: Bool { get }
  var isUppercase: Bool { get }
  var isLowercase: Bool { get }
  var isLetter: Bool { get }
  var isNumber: Bool { get }
}

/// Text walked by ``PostingSentences``: a string's characters, or its Unicode scalars.
protocol SentenceText: BidirectionalCollection where Element: SentenceUnit {
  func string(_ range: Range<Index>) -> String
}

extension String: SentenceText {
  func string(_ range: Range<Index>) -> String { String(self[range]) }
}

extension String.UnicodeScalarView: SentenceText {
  func string(_ range: Range<Index>) -> String { String(self[range]) }
}

extension Character: SentenceUnit {
  var isStop: Bool { self == "." || self == "!" || self == "?" }
  var isDot: Bool { self == "." }
  var isCloser: Bool { self == "\"" || self == "”" || self == ")" }
  var isSpace: Bool { self == " " }
  var isOpener: Bool { "\"“•(¡¿".contains(self) }
}

/// Character properties of ASCII scalars are read directly; any other scalar is asked as a
/// `Character`, which it is in the text this is used on.
extension Unicode.Scalar: SentenceUnit {
  var isStop: Bool { self == "." || self == "!" || self == "?" }
  var isDot: Bool { self == "." }
  var isCloser: Bool { self == "\"" || self == "”" || self == ")" }
  var isSpace: Bool { self == " " }
  var isOpener: Bool { "\"“•(¡¿".unicodeScalars.contains(self) }

  var isUppercase: Bool {
    isASCII ? (0x41...0x5A).contains(value) : Character(self).isUppercase
  }

  var isLowercase: Bool {
    isASCII ? (0x61...0x7A).contains(value) : Character(self).isLowercase
  }

  var isLetter: Bool {
    isASCII ? (0x61...0x7A).contains(value | 0x20) : Character(self).isLetter
  }

  var isNumber: Bool {
    isASCII ? (0x30...0x39).contains(value) : Character(self).isNumber
  }
}

enum SentenceUnits {
  /// True when every Unicode scalar of `text` is a character of its own: no carriage
  /// return (which joins a line feed), combining mark, joiner or other scalar that extends
  /// a character. Only scalars from blocks known to hold none of those are accepted.
  static func isOneScalarPerCharacter(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
      switch scalar.value {
      case 0x0D: false
      case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF, 0x2100...0x214F,
        0x25A0...0x25FF:
        true
      default: false
      }
    }
  }
}
