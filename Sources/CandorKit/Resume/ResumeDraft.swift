/// What a reader made of a resume, before evidence and totals are derived from it.
struct ResumeDraft: Sendable {
  var resume = Resume()
  var notes: [String] = []
  /// Source lines of statements by JSON Resume path ("work[0].highlights[2]").
  var lines: [String: Int] = [:]
  /// The resume's words, for detecting its language.
  var text = ""
  /// The text's lines with their numbers (text formats only), for finding skills.
  var sourceLines: [(text: String, line: Int)] = []
  /// The stretches of roles whose dates list several, by index in `resume.work`.
  var periods: [Int: [DatePeriod]] = [:]
  /// The months of roles dated only by their length ("(2 years)"), by index in `resume.work`.
  var lengths: [Int: Int] = [:]
  /// Sections left unread that hold dates, so may hold roles: "'Field Work' (line 12)".
  var unreadDated: [String] = []
  /// Two columns were pasted run together on each line, so the reading is unsure.
  var columnsRunTogether = false
}
