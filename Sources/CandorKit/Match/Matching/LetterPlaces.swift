/// The places of a letter: its paragraphs from the greeting to the sign-off, numbered from 1.
enum LetterPlaces {
  static func document(_ letter: LetterText) -> MatchDocument {
    let kept = letter.paragraphs.filter { [.greeting, .body, .heading].contains($0.role) }
    let places = kept.enumerated().map { number, paragraph in
      var place = MatchPlace(
        String(letter.text[paragraph.range]), part: .paragraph,
        section: "paragraph \(number + 1)", line: paragraph.firstLine, paragraph: number + 1)
      if paragraph.role == .body {
        place.sentences = paragraph.sentences.map { String(letter.text[$0.range]) }
      }
      return place
    }
    return MatchDocument(kind: .letter, places: places)
  }
}
