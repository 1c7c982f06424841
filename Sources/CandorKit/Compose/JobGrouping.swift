/// Keeps a body paragraph's statements from one workplace together: lengthening adds
/// evidence to the shortest paragraph, which could leave a clinic result between two store
/// results.
enum JobGrouping {
  /// Each run of adjacent body sentences that quote one workplace each, reordered so one
  /// workplace's sentences follow one another, in the order the run first names them; a
  /// sentence quoting none or several (an ask, a degree) stays where it is and ends the run.
  static func grouped(
    _ paragraphs: [LetterParagraph], by place: (LetterSentence) -> String?
  ) -> [LetterParagraph] {
    paragraphs.map { paragraph in
      guard paragraph.role == .body else { return paragraph }
      var grouped = paragraph
      grouped.sentences = []
      var run: [(place: String, sentence: LetterSentence)] = []
      func flush() {
        var order: [String] = []
        for item in run where !order.contains(item.place) { order.append(item.place) }
        grouped.sentences += order.flatMap { place in
          run.filter { $0.place == place }.map(\.sentence)
        }
        run = []
      }
      for sentence in paragraph.sentences {
        if let key = place(sentence) {
          run.append((key, sentence))
        } else {
          flush()
          grouped.sentences.append(sentence)
        }
      }
      flush()
      return grouped
    }
  }
}
