/// Decodes HTML character references: named (`&amp;`), decimal (`&#39;`) and hex (`&#x2019;`).
public enum HTMLEntities {
  /// Returns `text` with every recognised character reference replaced by its character.
  /// Unknown names and malformed references are left as they are. With `keepingMarkup`,
  /// references to "<", ">" and "&" stay, so an HTML reader still sees "&lt;Ltd&gt;" as text.
  public static func decode(_ text: String, keepingMarkup: Bool = false) -> String {
    guard text.hasBytes("&") else { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var index = text.startIndex
    // A byte search that keeps to whole characters finds what `firstIndex(of: "&")` finds
    // without building a `Character` for every character of the text.
    while let amp = text.byteRange(of: "&", from: index)?.lowerBound {
      output += text[index..<amp]
      if let (character, end) = reference(in: text, at: amp),
        !keepingMarkup || !markup.contains(character)
      {
        output += character
        index = end
      } else {
        output.append("&")
        index = text.index(after: amp)
      }
    }
    output += text[index...]
    return output
  }

  private static let markup: Set<String> = ["<", ">", "&"]

  /// Reads one reference starting at `amp`; returns its text and the index after it.
  private static func reference(
    in text: String, at amp: String.Index
  ) -> (String, String.Index)? {
    let body = text[text.index(after: amp)...].prefix(12)
    guard let semicolon = body.firstIndex(of: ";") else { return bareLegacy(body) }
    let name = body[body.startIndex..<semicolon]
    let end = text.index(after: semicolon)
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let value =
        digits.lowercased().hasPrefix("x")
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
      return (String(Character(windows1252Fallback(scalar))), end)
    }
    guard let character = named[String(name)] else { return nil }
    return (character, end)
  }

  /// "&amp Logistics": the few old names browsers still decode without a semicolon, when a
  /// letter or digit does not follow them.
  private static func bareLegacy(_ body: Substring) -> (String, String.Index)? {
    let name = body.prefix { $0.isASCII && $0.isLetter }
    guard let character = legacy[String(name)] else { return nil }
    if let next = body[name.endIndex...].first, next.isLetter || next.isNumber { return nil }
    return (character, name.endIndex)
  }

  private static let legacy: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "nbsp": " ", "copy": "©", "reg": "®",
  ]

  /// Browsers read `&#150;`-style references as Windows-1252; so do we.
  private static func windows1252Fallback(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let map: [UInt32: UInt32] = [
      0x85: 0x2026, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D,
      0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x99: 0x2122,
    ]
    return map[scalar.value].flatMap(Unicode.Scalar.init) ?? scalar
  }

  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
    "ndash": "–", "mdash": "—", "hellip": "…", "bull": "•", "middot": "·",
    "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "sbquo": "‚", "bdquo": "„",
    "laquo": "«", "raquo": "»", "copy": "©", "reg": "®", "trade": "™", "deg": "°",
    "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶",
    "times": "×", "divide": "÷", "plusmn": "±", "frac12": "½", "frac14": "¼",
    "frac34": "¾", "sup2": "²", "sup3": "³", "micro": "µ", "shy": "", "zwj": "",
    "zwnj": "", "ensp": " ", "emsp": " ", "thinsp": " ", "rarr": "→", "larr": "←",
    "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú",
    "Aacute": "Á", "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú",
    "ntilde": "ñ", "Ntilde": "Ñ", "uuml": "ü", "Uuml": "Ü", "ouml": "ö", "Ouml": "Ö",
    "auml": "ä", "Auml": "Ä", "szlig": "ß", "ccedil": "ç", "Ccedil": "Ç",
    "egrave": "è", "agrave": "à", "ecirc": "ê", "acirc": "â", "ocirc": "ô",
    "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º",
  ]
}
