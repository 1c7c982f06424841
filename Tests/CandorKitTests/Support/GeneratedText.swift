/// Strings of twelve pieces drawn from `pieces` by a fixed-seed generator: the same strings
/// on every run, for comparing a fast path with the walk it replaces.
enum GeneratedText {
  static func strings(from pieces: [String], seed: UInt64, count: Int = 4000) -> [String] {
    var state = seed
    return (0..<count).map { _ in
      var text = ""
      for _ in 0..<12 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int((state >> 33) % UInt64(pieces.count))]
      }
      return text
    }
  }
}
