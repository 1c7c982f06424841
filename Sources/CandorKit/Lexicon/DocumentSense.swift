/// The fields a whole document's terms belong to, counted once and only when first needed:
/// a homograph whose own line names no field (a lone "RMA" under a clinic's requirements)
/// takes the sense of the document around it (``HomographSense``).
final class DocumentSense {
  private let lines: () -> [String]
  private var counted: HomographSense.Votes?

  /// A document whose lines `lines` gives when the sense is first asked for.
  init(lines: @escaping () -> [String]) {
    self.lines = lines
  }

  /// The votes of every line's terms, counted on the first call.
  func votes(_ lexicon: Lexicon) -> HomographSense.Votes {
    if let counted { return counted }
    let votes = lexicon.fieldVotes(in: lines())
    counted = votes
    return votes
  }
}
