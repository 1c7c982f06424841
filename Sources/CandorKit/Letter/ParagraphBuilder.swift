/// Turns a letter's classified lines and layout into paragraphs, sentences and words.
///
/// Blank lines separate paragraphs. Inside a block of lines with no blank line between them,
/// a hard-wrapped block (most lines stop mid-sentence) is one paragraph; otherwise each line
/// ends a sentence, and a long line that ends a sentence ends the paragraph too.
struct ParagraphBuilder {
  let text: String
  let lines: [LetterLine]

  /// A line that ends a sentence and has this many words or more is a paragraph of its own.
  static let paragraphLineWords = 25

  private struct Segment {
    var range: Range<String.Index>
    var isListItem: Bool
  }

  func paragraphs(for layout: LetterLayout) -> [LetterText.Paragraph] {
    var result = blocks(in: layout.header).map { perLine($0, role: .header) }
    if let greeting = layout.greeting {
      result.append(perLine([lines[greeting]], role: .greeting))
    }
    result += blocks(in: layout.body).flatMap(bodyParagraphs)
    if let signOff = layout.signOff {
      result.append(perLine([lines[signOff]], role: .signOff))
    }
    result += blocks(in: layout.signature).map { perLine($0, role: .signature) }
    return result
  }

  /// Runs of non-empty lines between blank lines, comments and separators.
  private func blocks(in range: Range<Int>) -> [[LetterLine]] {
    var blocks: [[LetterLine]] = []
    var current: [LetterLine] = []
    for line in lines[range] {
      if line.isEmpty || line.kind == .separator {
        if !current.isEmpty { blocks.append(current) }
        current = []
      } else {
        current.append(line)
      }
    }
    if !current.isEmpty { blocks.append(current) }
    return blocks
  }

  /// Header, greeting and signature blocks: each line one sentence.
  private func perLine(_ block: [LetterLine], role: LetterText.Paragraph.Role)
    -> LetterText.Paragraph
  {
    paragraph(block.map { Segment(range: $0.content, isListItem: false) }, role, block[0])
  }

  private func bodyParagraphs(_ block: [LetterLine]) -> [LetterText.Paragraph] {
    let wrapped = isWrapped(block)
    var result: [LetterText.Paragraph] = []
    var group: [LetterLine] = []
    func flush() {
      guard let first = group.first else { return }
      result.append(paragraph(segments(group, wrapped: wrapped), .body, first))
      group = []
    }
    for line in block {
      if line.kind == .heading {
        flush()
        result.append(perLine([line], role: .heading))
        continue
      }
      if let previous = group.last, startsParagraph(line, after: previous, wrapped: wrapped) {
        flush()
      }
      group.append(line)
    }
    flush()
    return result
  }

  private func startsParagraph(_ line: LetterLine, after previous: LetterLine, wrapped: Bool)
    -> Bool
  {
    if line.kind == .bullet { return false }
    if previous.kind == .bullet { return line.indent == 0 }
    guard !wrapped, previous.endsSentence else { return false }
    return previous.wordCount >= Self.paragraphLineWords
      || line.wordCount >= Self.paragraphLineWords
  }

  /// Most prose lines of the block stop mid-sentence: the text was wrapped by hand.
  private func isWrapped(_ block: [LetterLine]) -> Bool {
    let prose = block.filter { $0.kind == .text }
    guard prose.count >= 2 else { return false }
    let open = prose.dropLast().filter { !$0.endsSentence && !$0.endsWithColon }.count
    return open * 2 >= prose.count - 1
  }

  /// A prose line that stops mid-sentence has at least this many words: a shorter one may
  /// be a label or a name on a line of its own.
  static let proseLineWords = 6

  private func segments(_ group: [LetterLine], wrapped: Bool) -> [Segment] {
    var result: [Segment] = []
    var previous: LetterLine?
    for line in group {
      defer { previous = line }
      // "… I am a Certified" then "Public Accountant …": one line breaks a sentence off
      // in a block whose other lines end theirs.
      let breaksSentence = previous.map { isBrokenOff($0) && line.kind == .text } ?? false
      let continues =
        line.kind != .bullet && !result.isEmpty
        && (wrapped || breaksSentence || (result[result.count - 1].isListItem && line.indent > 0))
      if continues {
        result[result.count - 1].range =
          result[result.count - 1].range.lowerBound..<line.content.upperBound
      } else {
        result.append(Segment(range: line.content, isListItem: line.kind == .bullet))
      }
    }
    return result
  }

  /// True when `line` is prose that stops mid-sentence: the sentence goes on below it.
  private func isBrokenOff(_ line: LetterLine) -> Bool {
    line.kind == .text && !line.endsSentence && !line.endsWithColon
      && line.wordCount >= Self.proseLineWords
  }

  private func paragraph(
    _ segments: [Segment], _ role: LetterText.Paragraph.Role, _ first: LetterLine
  )
    -> LetterText.Paragraph
  {
    var sentences: [LetterText.Sentence] = []
    for (item, segment) in segments.enumerated() {
      for range in SentenceSplitter.sentences(in: text, range: segment.range) {
        let words = WordTokenizer.words(in: text, range: range)
        sentences.append(
          LetterText.Sentence(
            range: range, words: words, isListItem: segment.isListItem, item: item,
            wordCount: WordCount.words(text[range])))
      }
    }
    let start = segments.first?.range.lowerBound ?? first.content.lowerBound
    let end = segments.last?.range.upperBound ?? first.content.upperBound
    let items = segments.filter(\.isListItem).count
    return LetterText.Paragraph(
      role: role, range: start..<end, sentences: sentences, isList: items >= 2,
      firstLine: first.number)
  }
}
