/// Text saved as UTF-16, as Windows editors and some exports write it: with a byte-order
/// mark, or without one, when every other byte of Latin text is zero. Candor reads UTF-8
/// only, so such a file is refused with its encoding named instead of being called binary.
enum UTF16Text {
  enum ByteOrder { case littleEndian, bigEndian }

  /// The byte order when `bytes` look like UTF-16 text, and whether they start with a
  /// byte-order mark; nil for anything else.
  static func byteOrder(of bytes: [UInt8]) -> (order: ByteOrder, hasMark: Bool)? {
    guard bytes.count >= 2 else { return nil }
    if bytes[0] == 0xFF, bytes[1] == 0xFE { return (.littleEndian, true) }
    if bytes[0] == 0xFE, bytes[1] == 0xFF { return (.bigEndian, true) }
    guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
    // Latin text has a zero high byte in nearly every unit and a zero low byte in none.
    let sample = bytes.prefix(8192)
    let pairs = sample.count / 2
    var zeros = (even: 0, odd: 0)
    for (index, byte) in sample.enumerated() where byte == 0 {
      if index % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
    }
    if zeros.odd * 10 >= pairs * 7, zeros.even * 20 <= pairs { return (.littleEndian, false) }
    if zeros.even * 10 >= pairs * 7, zeros.odd * 20 <= pairs { return (.bigEndian, false) }
    return nil
  }
}
