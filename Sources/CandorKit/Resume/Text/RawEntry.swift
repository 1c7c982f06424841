/// One entry of a section before its fields are read: the lines that head it, its dates,
/// and the lines that describe it.
struct RawEntry: Sendable {
  /// Heading lines in order, with the dates taken out of the line that held them.
  var header: [ResumeLine]
  var span: DateSpan?
  var body: [ResumeLine]
  /// The employer named on a line of its own above this entry's heading (``EmployerLine``).
  var employer: EmployerLine?
}
