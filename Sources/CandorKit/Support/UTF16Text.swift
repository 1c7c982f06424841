/// Text saved as UTF-16, as Windows editors and some exports write it: with a byte-order
/// mark, or without one, when every other byte of Latin text is zero. Candor reads UTF-8
/// only, so such a file is refused with its encoding named instead of being called binary.
enum UTF16Text {
  /// Whether `bytes` look like UTF-32 text: its byte-order mark (whose first two bytes are
  /// UTF-16's), or Latin text with three zero bytes in every four.
  static func isUTF32(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 4 else { return false }
    let head = (bytes[0], bytes[1], bytes[2], bytes[3])
    if head == (0xFF, 0xFE, 0, 0) || head == (0, 0, 0xFE, 0xFF) { return true }
    guard bytes.count % 4 == 0 else { return false }
    let units = bytes.prefix(8192).count / 4
    let zeroHeavy = stride(from: 0, to: units * 4, by: 4).filter { start in
      bytes[start..<start + 4].filter { $0 == 0 }.count == 3
    }
    return zeroHeavy.count * 10 >= units * 9
  }

  /// Whether `bytes` look like UTF-16 text: a UTF-16 byte-order mark, or Latin text whose
  /// every other byte is zero.
  static func matches(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 2 else { return false }
    if (bytes[0], bytes[1]) == (0xFF, 0xFE) || (bytes[0], bytes[1]) == (0xFE, 0xFF) {
      return true
    }
    guard bytes.count >= 4, bytes.count % 2 == 0 else { return false }
    // Latin text has a zero high byte in nearly every unit and a zero low byte in none.
    let sample = bytes.prefix(8192)
    let pairs = sample.count / 2
    var zeros = (even: 0, odd: 0)
    for (index, byte) in sample.enumerated() where byte == 0 {
      if index % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
    }
    let littleEndian = zeros.odd * 10 >= pairs * 7 && zeros.even * 20 <= pairs
    let bigEndian = zeros.even * 10 >= pairs * 7 && zeros.odd * 20 <= pairs
    return littleEndian || bigEndian
  }
}
